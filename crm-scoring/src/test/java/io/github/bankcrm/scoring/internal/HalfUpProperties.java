package io.github.bankcrm.scoring.internal;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** {@link HalfUp#round} is {@link Math#round(double)} for every double. */
class HalfUpProperties {

  @Provide
  Arbitrary<Double> anyDouble() {
    // every bit pattern: NaNs, infinities, zeros, subnormals, huge and tiny values alike
    Arbitrary<Double> bits = Arbitraries.longs().map(Double::longBitsToDouble);
    Arbitrary<Double> amounts = Arbitraries.doubles().between(-1e15, 1e15).ofScale(3);
    Arbitrary<Double> halves = Arbitraries.longs().between(-1L << 53, 1L << 53).map(n -> n + 0.5);
    return Arbitraries.oneOf(bits, amounts, halves);
  }

  @Property(tries = 20_000)
  void rounds_as_math_round(@ForAll("anyDouble") double value) {
    assertThat(HalfUp.round(value)).isEqualTo(Math.round(value));
  }

  @Example
  void rounds_the_hard_cases_as_math_round() {
    double[] cases = {
      0.0, -0.0, 0.5, -0.5, 1.5, -1.5, 2.5, -2.5, 0.49999999999999994, -0.49999999999999994,
      Math.nextDown(0.5), Math.nextUp(-0.5), Double.MIN_VALUE, -Double.MIN_VALUE, Double.MIN_NORMAL,
      0x1p51 + 0.5, -0x1p51 - 0.5, 0x1p52 - 0.5, 0x1p52, -0x1p52, 0x1p53 + 2, 0x1p63, -0x1p63, 0x1p64,
      Double.MAX_VALUE, -Double.MAX_VALUE, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.NaN,
      4503599627370495.5, -4503599627370495.5, 1e-300, -1e-300
    };
    for (double value : cases) {
      assertThat(HalfUp.round(value)).as("%s", value).isEqualTo(Math.round(value));
    }
  }
}
