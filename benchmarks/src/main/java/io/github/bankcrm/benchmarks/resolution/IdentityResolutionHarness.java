package io.github.bankcrm.benchmarks.resolution;

import io.github.bankcrm.core.customer.Customer;
import io.github.bankcrm.core.customer.CustomerId;
import io.github.bankcrm.core.resolution.CandidateSearch;
import io.github.bankcrm.core.resolution.DuplicatePopulation;
import io.github.bankcrm.core.resolution.DuplicatePopulation.DuplicateKind;
import io.github.bankcrm.core.resolution.DuplicatePopulation.Population;
import io.github.bankcrm.core.resolution.DuplicateScan;
import io.github.bankcrm.core.resolution.IdentityNormalization;
import io.github.bankcrm.core.resolution.MatchDecision;
import io.github.bankcrm.core.resolution.MatchModel;
import io.github.bankcrm.core.resolution.MatchResult;
import io.github.bankcrm.core.resolution.NormalizedIdentity;
import io.github.bankcrm.core.resolution.ScanProgress;
import io.github.bankcrm.core.resolution.ScanReport;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.stream.IntStream;

/**
 * End-to-end identity resolution on a generated population with planted duplicates: normalisation,
 * blocking and comparison of {@code size} customers, timed, with precision and recall against the
 * planted truth; then, on the first {@code subset} customers, the recall of blocking against an
 * exhaustive comparison of all pairs. Not JMH: one run of a batch job is the measurement.
 *
 * <pre>{@code
 * ./mvnw -q -B -pl benchmarks -am package -DskipTests
 * java -Xmx8g -cp benchmarks/target/benchmarks.jar \
 *     io.github.bankcrm.benchmarks.resolution.IdentityResolutionHarness 1000000 20000 20261201
 * }</pre>
 */
public final class IdentityResolutionHarness {

  private static final double DUPLICATE_SHARE = 0.10;

  private IdentityResolutionHarness() {}

  /**
   * Runs the harness.
   *
   * @param args population size (default 1 000 000), exhaustive subset size (default 20 000), seed
   */
  public static void main(String[] args) {
    int size = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
    int subset = args.length > 1 ? Integer.parseInt(args[1]) : 20_000;
    long seed = args.length > 2 ? Long.parseLong(args[2]) : 20261201L;
    System.out.printf(Locale.ROOT, "java %s, %d processors, max heap %d MiB, load average %.1f%n",
        Runtime.version(), Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20,
        java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());

    long start = System.nanoTime();
    Population population = DuplicatePopulation.generate(size, DUPLICATE_SHARE, seed);
    System.out.printf(Locale.ROOT, "generated %d customers, %d planted duplicates %s in %.1f s (not timed below)%n",
        population.customers().size(), population.truePairs(), population.plantedPerKind(), seconds(start));

    DuplicateScan scan = DuplicateScan.standard();
    long scanStart = System.nanoTime();
    double cpuStart = cpuSeconds();
    ScanReport report = scan.run(population.customers(), progress(scanStart));
    double scanSeconds = seconds(scanStart);
    double scanCpu = cpuSeconds() - cpuStart;
    Quality quality = quality(report.matches(), population);
    System.out.printf(Locale.ROOT,
        "SCAN %d customers in %.1f s wall, %.1f s CPU (all threads): %d blocks, %d candidate pairs, decisions %s, %d oversized blocks skipped%n",
        report.customers(), scanSeconds, scanCpu, report.blocks(), report.candidatePairs(), report.decisions(),
        report.oversizedBlocks().size());
    System.out.printf(Locale.ROOT, "SCAN precision %.5f recall %.5f (true pairs %d, flagged %d, true positives %d)%n",
        quality.precision(), quality.recall(), population.truePairs(), quality.flagged(), quality.truePositives());
    System.out.printf(Locale.ROOT, "SCAN auto-merged true pairs %d, false auto-merges %d%n",
        quality.autoMergedTrue(), quality.autoMergedFalse());
    System.out.println("SCAN recall per planted kind " + quality.recallPerKind());

    exhaustiveComparison(population.customers().subList(0, Math.min(subset, population.customers().size())), population);
  }

  private static void exhaustiveComparison(List<Customer> customers, Population population) {
    IdentityNormalization normalization = IdentityNormalization.standard();
    MatchModel model = MatchModel.standard();
    List<NormalizedIdentity> identities = customers.stream().map(normalization::of).toList();
    Set<CustomerId> inSubset = new HashSet<>();
    customers.forEach(customer -> inSubset.add(customer.id()));
    long truePairs = population.planted().keySet().stream()
        .filter(inSubset::contains)
        .filter(copy -> inSubset.contains(CustomerId.of(copy.value().replace("-1", "-0"))))
        .count();

    long start = System.nanoTime();
    ScanReport blocked = new DuplicateScan(normalization, CandidateSearch.standard(), model)
        .runNormalized(identities, ScanProgress.SILENT);
    double blockedSeconds = seconds(start);
    long blockedTrue = blocked.matches().stream().filter(r -> DuplicatePopulation.sameEntity(r.first(), r.second())).count();

    int n = identities.size();
    LongAdder flagged = new LongAdder();
    LongAdder truePositives = new LongAdder();
    AtomicLong rows = new AtomicLong();
    long exhaustiveStart = System.nanoTime();
    double exhaustiveCpuStart = cpuSeconds();
    IntStream.range(0, n).parallel().forEach(i -> {
      for (int j = i + 1; j < n; j++) {
        if (model.decide(identities.get(i), identities.get(j)) != MatchDecision.NO_MATCH) {
          flagged.increment();
          if (DuplicatePopulation.sameEntity(identities.get(i).customerId(), identities.get(j).customerId())) {
            truePositives.increment();
          }
        }
      }
      long done = rows.incrementAndGet();
      if (done % 2_000 == 0) {
        System.out.printf(Locale.ROOT, "  exhaustive: %d of %d rows, %.0f s%n", done, n, seconds(exhaustiveStart));
      }
    });
    double exhaustiveSeconds = seconds(exhaustiveStart);
    double exhaustiveCpu = cpuSeconds() - exhaustiveCpuStart;
    long allPairs = (long) n * (n - 1) / 2;
    System.out.printf(Locale.ROOT,
        "SUBSET %d customers, %d true pairs%n"
            + "SUBSET blocking:   %d candidate pairs, flagged %d, true positives %d, recall %.5f, %.2f s%n"
            + "SUBSET exhaustive: %d pairs, flagged %d, true positives %d, recall %.5f, %.1f s wall, %.1f s CPU%n",
        n, truePairs,
        blocked.candidatePairs(), blocked.matches().size(), blockedTrue, (double) blockedTrue / truePairs, blockedSeconds,
        allPairs, flagged.sum(), truePositives.sum(), (double) truePositives.sum() / truePairs, exhaustiveSeconds, exhaustiveCpu);
  }

  private record Quality(
      long flagged, long truePositives, long truePairs, long autoMergedTrue, long autoMergedFalse,
      Map<DuplicateKind, String> recallPerKind) {
    double precision() {
      return flagged == 0 ? 1.0 : (double) truePositives / flagged;
    }

    double recall() {
      return truePairs == 0 ? 1.0 : (double) truePositives / truePairs;
    }
  }

  private static Quality quality(List<MatchResult> matches, Population population) {
    long truePositives = 0;
    long autoTrue = 0;
    long autoFalse = 0;
    Map<DuplicateKind, Long> found = new EnumMap<>(DuplicateKind.class);
    for (MatchResult result : matches) {
      boolean same = DuplicatePopulation.sameEntity(result.first(), result.second());
      if (same) {
        truePositives++;
        DuplicateKind kind = population.planted().get(result.second());
        if (kind != null) {
          found.merge(kind, 1L, Long::sum);
        }
      }
      if (result.decision() == MatchDecision.AUTO_MERGE) {
        if (same) {
          autoTrue++;
        } else {
          autoFalse++;
        }
      }
    }
    Map<DuplicateKind, String> perKind = new EnumMap<>(DuplicateKind.class);
    population.plantedPerKind().forEach((kind, planted) ->
        perKind.put(kind, String.format(Locale.ROOT, "%d/%d", found.getOrDefault(kind, 0L), planted)));
    return new Quality(matches.size(), truePositives, population.truePairs(), autoTrue, autoFalse, perKind);
  }

  private static ScanProgress progress(long start) {
    return (stage, done, total) -> System.out.printf(Locale.ROOT, "  %-11s %,10d / %,d  %.1f s%n", stage, done, total, seconds(start));
  }

  /** CPU time of the whole process: on a shared machine, wall time alone says more about the neighbours. */
  private static double cpuSeconds() {
    return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime() / 1e9;
  }

  private static double seconds(long startNanos) {
    return (System.nanoTime() - startNanos) / 1e9;
  }
}
