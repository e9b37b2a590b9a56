package io.github.bankcrm.scoring.internal;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The one-pass largest remainder allocation gives what its definition, applied step by step, gives. */
class PointAllocationProperties {

  private static final int FACTORS = 5;

  @Provide
  Arbitrary<double[]> exactPoints() {
    // quarters and tenths make equal fractional parts (ties) common
    return Arbitraries.oneOf(
            Arbitraries.integers().between(0, 4_000).map(q -> q / 4.0),
            Arbitraries.integers().between(0, 10_000).map(t -> t / 10.0),
            Arbitraries.doubles().between(0, 1_000))
        .array(double[].class)
        .ofSize(FACTORS);
  }

  @Property(tries = 2_000)
  void equals_the_step_by_step_definition(
      @ForAll("exactPoints") double[] exact, @ForAll("masks") int included) {
    double sum = 0;
    for (int i = 0; i < FACTORS; i++) {
      if ((included & (1 << i)) != 0) {
        sum += exact[i];
      }
    }
    long total = Math.round(sum);
    int[] onePass = new int[FACTORS];
    int[] stepByStep = new int[FACTORS];

    int allocated = PointAllocation.largestRemainder(exact.clone(), included, total, onePass);

    assertThat(allocated).isEqualTo(stepByStep(exact, included, total, stepByStep)).isEqualTo((int) total);
    for (int i = 0; i < FACTORS; i++) {
      if ((included & (1 << i)) != 0) {
        assertThat(onePass[i]).as("points of factor %d", i).isEqualTo(stepByStep[i]);
      }
    }
  }

  @Provide
  Arbitrary<Integer> masks() {
    return Arbitraries.integers().between(0, (1 << FACTORS) - 1);
  }

  /** The definition: whole parts, then one point at a time to the largest remaining fraction, ties to the lower index. */
  private static int stepByStep(double[] exact, int included, long total, int[] points) {
    long allocated = 0;
    for (int i = 0; i < FACTORS; i++) {
      if ((included & (1 << i)) != 0) {
        points[i] = (int) Math.floor(exact[i]);
        allocated += points[i];
      }
    }
    int raised = 0;
    for (long missing = total - allocated; missing > 0; missing--) {
      int best = -1;
      double bestFraction = -1;
      for (int i = 0; i < FACTORS; i++) {
        double fraction = exact[i] - points[i];
        if ((included & (1 << i)) != 0 && (raised & (1 << i)) == 0 && fraction > bestFraction) {
          best = i;
          bestFraction = fraction;
        }
      }
      raised |= 1 << best;
      points[best]++;
      allocated++;
    }
    return (int) allocated;
  }
}
