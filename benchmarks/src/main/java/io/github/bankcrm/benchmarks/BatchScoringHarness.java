package io.github.bankcrm.benchmarks;

import io.github.bankcrm.scoring.batch.BatchOptions;
import io.github.bankcrm.scoring.batch.BatchScorer;
import io.github.bankcrm.scoring.batch.BatchSummary;
import io.github.bankcrm.scoring.batch.ProgressListener;
import io.github.bankcrm.scoring.batch.ScoreSink;
import io.github.bankcrm.scoring.model.ScoringModels;
import io.github.bankcrm.scoring.score.ScoringError;
import io.github.bankcrm.scoring.score.ValueScore;
import io.github.bankcrm.scoring.score.ValueScorer;
import io.github.bankcrm.scoring.snapshot.CustomerSnapshot;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.LongStream;
import java.util.stream.Stream;

/**
 * The nightly batch: N generated customers streamed through {@link BatchScorer} once per thread count,
 * with a sink that keeps nothing but a count and a checksum (so the heap holds only what is in flight).
 * Run it with a small heap to show memory stays bounded:
 *
 * <pre>
 * java -Xmx512m -cp benchmarks/target/benchmarks.jar io.github.bankcrm.benchmarks.BatchScoringHarness \
 *     10000000 generate 1,2
 * </pre>
 *
 * <p>Arguments: the number of customers; {@code generate} (each snapshot built on the reading thread
 * as it is read, the way rows come from a database) or {@code pool} (65,536 snapshots generated
 * beforehand and read in turn, which leaves the reading thread almost idle, to measure scoring alone);
 * the thread counts to run, comma-separated. Prints one line per run and the speed-up over the first.
 */
public final class BatchScoringHarness {

  private static final int POOL = 1 << 16;

  private BatchScoringHarness() {}

  /**
   * Runs the batch.
   *
   * @param args count, input mode, thread counts
   */
  public static void main(String[] args) {
    long count = args.length > 0 ? Long.parseLong(args[0]) : 10_000_000L;
    boolean pool = args.length > 1 && args[1].equals("pool");
    int[] threadCounts =
        Arrays.stream((args.length > 2 ? args[2] : "1,2").split(",")).mapToInt(Integer::parseInt).toArray();
    ValueScorer scorer = ValueScorer.of(ScoringModels.defaultModel());
    CustomerSnapshot[] snapshots = pool ? pool() : null;

    // warm-up runs so that no measured run is the one that compiles everything
    for (int threads : threadCounts) {
      run(scorer, Math.min(count, 2_000_000), snapshots, threads, false);
    }
    double firstRate = 0;
    for (int threads : threadCounts) {
      double rate = run(scorer, count, snapshots, threads, true);
      if (firstRate == 0) {
        firstRate = rate;
      }
      System.out.printf(Locale.ROOT, "  speed-up over %d thread(s): %.2fx%n", threadCounts[0], rate / firstRate);
    }
  }

  private static CustomerSnapshot[] pool() {
    CustomerSnapshot[] snapshots = new CustomerSnapshot[POOL];
    for (int i = 0; i < POOL; i++) {
      snapshots[i] = GeneratedCustomers.snapshot(i);
    }
    return snapshots;
  }

  private static double run(ValueScorer scorer, long count, CustomerSnapshot[] pool, int threads, boolean print) {
    Stream<CustomerSnapshot> input =
        LongStream.range(0, count)
            .mapToObj(i -> pool == null ? GeneratedCustomers.snapshot(i) : pool[(int) (i & (POOL - 1))]);
    Checksum sink = new Checksum();
    long cpuBefore = processCpuNanos();
    long[] reports = new long[1];
    ProgressListener listener = progress -> reports[0]++;
    BatchSummary summary =
        new BatchScorer(scorer, BatchOptions.defaults().withThreads(threads).withProgressEvery(1_000_000))
            .score(input, sink, listener);
    double seconds = summary.elapsed().toNanos() / 1e9;
    // CPU time over wall time: how many cores the run actually got (workers, reader and GC together)
    double cores = (processCpuNanos() - cpuBefore) / 1e9 / seconds;
    double rate = summary.processed() / seconds;
    Runtime runtime = Runtime.getRuntime();
    if (print) {
      System.out.printf(
          Locale.ROOT,
          "%s input, %d thread(s): %,d scored, %,d rejected in %.2f s = %,.0f customers/s; %.2f cores busy; "
              + "checksum %d; %d progress reports; heap max %d MiB, used now %d MiB%n",
          pool == null ? "generated" : "pooled",
          threads,
          summary.scored(),
          summary.rejected(),
          seconds,
          rate,
          cores,
          sink.checksum,
          reports[0],
          runtime.maxMemory() >> 20,
          (runtime.totalMemory() - runtime.freeMemory()) >> 20);
    }
    return rate;
  }

  private static long processCpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean)
            java.lang.management.ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime();
  }

  /** Keeps a count and an order-sensitive checksum of the scores, nothing else. */
  private static final class Checksum implements ScoreSink {
    long checksum;

    @Override
    public void accept(ValueScore score) {
      checksum = checksum * 31 + score.score() + score.lifetimeValue();
    }

    @Override
    public void reject(ScoringError error) {
      checksum = checksum * 31 - 1;
    }
  }
}
