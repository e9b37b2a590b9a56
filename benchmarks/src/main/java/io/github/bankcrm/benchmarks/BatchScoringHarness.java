package io.github.bankcrm.benchmarks;

import io.github.bankcrm.scoring.batch.BatchOptions;
import io.github.bankcrm.scoring.batch.BatchScorer;
import io.github.bankcrm.scoring.batch.BatchSummary;
import io.github.bankcrm.scoring.batch.ProgressListener;
import io.github.bankcrm.scoring.batch.ScoreSink;
import io.github.bankcrm.scoring.batch.ScoreSlotSink;
import io.github.bankcrm.scoring.model.ScoringModels;
import io.github.bankcrm.scoring.score.ScoreSlot;
import io.github.bankcrm.scoring.score.ScoringError;
import io.github.bankcrm.scoring.score.ValueScore;
import io.github.bankcrm.scoring.score.ValueScorer;
import io.github.bankcrm.scoring.snapshot.CustomerSnapshot;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
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
 * <p>Arguments: the number of customers; {@code generate} (a sequential stream: each snapshot built
 * by the worker that reads it, under the input lock, the way rows come from one database cursor),
 * {@code split} (the same snapshots from a parallel stream over the range of customer numbers: each
 * worker splits off a piece of at most a chunk under the lock and builds its snapshots outside it, the
 * way a bank reads partitioned extract files or key ranges) or {@code pool} (65,536 snapshots
 * generated beforehand and read in turn, to measure scoring alone); the thread counts to
 * run, comma-separated; the sink: {@code slots} (a {@link ScoreSlotSink} that reads each score from
 * its slot: no object per customer) or {@code scores} (a {@link ScoreSink} that receives a {@code
 * ValueScore} per customer). Default {@code 10000000 pool 1,2 slots}.
 *
 * <p>Before measuring, one full run per distinct thread count is made and discarded (JIT warm-up, heap
 * sizing). Prints one line per measured run, then per thread count the median rate and its speed-up
 * over the median of the first thread count.
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
    String mode = args.length > 1 ? args[1] : "pool";
    if (!List.of("generate", "split", "pool").contains(mode)) {
      throw new IllegalArgumentException("input mode: generate, split or pool, not " + mode);
    }
    boolean pool = mode.equals("pool");
    boolean split = mode.equals("split");
    int[] threadCounts =
        Arrays.stream((args.length > 2 ? args[2] : "1,2").split(",")).mapToInt(Integer::parseInt).toArray();
    boolean slots = args.length <= 3 || args[3].equals("slots");
    ValueScorer scorer = ValueScorer.of(ScoringModels.defaultModel());
    CustomerSnapshot[] snapshots = pool ? pool() : null;

    // discarded warm-up: no measured run is the one that compiles everything or sizes the heap
    int[] distinct = Arrays.stream(threadCounts).distinct().toArray();
    for (int threads : distinct) {
      System.out.print("warm-up (discarded): ");
      run(scorer, count, snapshots, split, threads, slots);
    }
    Map<Integer, List<Double>> rates = new TreeMap<>();
    for (int threads : threadCounts) {
      rates.computeIfAbsent(threads, t -> new ArrayList<>()).add(run(scorer, count, snapshots, split, threads, slots));
    }
    double base = median(rates.get(threadCounts[0]));
    rates.forEach(
        (threads, measured) ->
            System.out.printf(
                Locale.ROOT,
                "%d thread(s): median %,.0f customers/s over %d run(s); speed-up over %d thread(s): %.2fx%n",
                threads,
                median(measured),
                measured.size(),
                threadCounts[0],
                median(measured) / base));
  }

  private static double median(List<Double> values) {
    List<Double> sorted = values.stream().sorted().toList();
    int n = sorted.size();
    return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
  }

  private static CustomerSnapshot[] pool() {
    CustomerSnapshot[] snapshots = new CustomerSnapshot[POOL];
    for (int i = 0; i < POOL; i++) {
      snapshots[i] = GeneratedCustomers.snapshot(i);
    }
    return snapshots;
  }

  private static double run(
      ValueScorer scorer, long count, CustomerSnapshot[] pool, boolean split, int threads, boolean slots) {
    LongStream numbers = LongStream.range(0, count);
    Stream<CustomerSnapshot> input =
        (split ? numbers.parallel() : numbers)
            .mapToObj(i -> pool == null ? GeneratedCustomers.snapshot(i) : pool[(int) (i & (POOL - 1))]);
    Checksum sink = new Checksum();
    long cpuBefore = processCpuNanos();
    long[] reports = new long[1];
    ProgressListener listener = progress -> reports[0]++;
    BatchScorer batch =
        new BatchScorer(scorer, BatchOptions.defaults().withThreads(threads).withProgressEvery(1_000_000));
    BatchSummary summary =
        slots ? batch.score(input, sink.slots(), listener) : batch.score(input, sink, listener);
    double seconds = summary.elapsed().toNanos() / 1e9;
    // CPU time over wall time: how many cores the run actually got (workers, JIT and GC together)
    double cores = (processCpuNanos() - cpuBefore) / 1e9 / seconds;
    double rate = summary.processed() / seconds;
    Runtime runtime = Runtime.getRuntime();
    System.out.printf(
        Locale.ROOT,
        "%s input, %s sink, %d thread(s): %,d scored, %,d rejected in %.2f s = %,.0f customers/s; %.2f cores busy; "
            + "checksum %d; %d progress reports; heap max %d MiB, used now %d MiB%n",
        pool != null ? "pooled" : split ? "split generated" : "generated",
        slots ? "slot" : "ValueScore",
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

    /** The same checksum, read from slots. */
    ScoreSlotSink slots() {
      return new ScoreSlotSink() {
        @Override
        public void accept(ScoreSlot scored) {
          checksum = checksum * 31 + scored.score() + scored.lifetimeValue();
        }

        @Override
        public void reject(ScoringError error) {
          Checksum.this.reject(error);
        }
      };
    }
  }
}
