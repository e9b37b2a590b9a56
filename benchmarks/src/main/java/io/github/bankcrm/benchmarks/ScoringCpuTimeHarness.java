package io.github.bankcrm.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.List;
import java.util.Locale;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Per-customer <em>CPU</em> time of {@link ValueScoringBenchmark}'s methods, for a machine shared with
 * other work: JMH measures wall time, which counts the time the thread waits for a core; the thread's
 * CPU time does not, so two versions of the scorer can be compared while a neighbour runs (caches and
 * memory bandwidth are still shared). A diagnostic next to JMH, not a replacement: JMH gives the
 * published numbers.
 *
 * <p>Each named method runs in this JVM: a 3 s warm-up, then 7 runs of 0.5 s; per run it prints the
 * CPU nanoseconds per customer, and the best run. Run one method per JVM to keep the JIT's profile of
 * the shared code to that method.
 *
 * <pre>{@code
 * java -cp benchmarks/target/benchmarks.jar io.github.bankcrm.benchmarks.ScoringCpuTimeHarness sdkColumns
 * }</pre>
 */
public final class ScoringCpuTimeHarness {

  private static final int RUNS = 7;
  private static final long WARM_UP_NANOS = 3_000_000_000L;
  private static final long RUN_NANOS = 500_000_000L;

  private ScoringCpuTimeHarness() {}

  /**
   * Measures.
   *
   * @param args the methods: any of {@code primitiveLimit}, {@code sdkInto}, {@code sdkColumns}, {@code
   *     sdk}; all four when none is given
   * @throws Exception if the benchmark's set-up fails (the scorers disagree)
   */
  public static void main(String[] args) throws Exception {
    List<String> methods = args.length > 0 ? List.of(args) : List.of("primitiveLimit", "sdkInto", "sdkColumns", "sdk");
    ValueScoringBenchmark benchmark = new ValueScoringBenchmark();
    benchmark.setUp();
    ValueScoringBenchmark.ThreadSlot slot = new ValueScoringBenchmark.ThreadSlot();
    Blackhole blackhole =
        new Blackhole("Today's password is swordfish. I understand instantiating Blackholes directly is dangerous.");
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    for (String method : methods) {
      Runnable pass =
          switch (method) {
            case "primitiveLimit" -> () -> benchmark.primitiveLimit(blackhole);
            case "sdkInto" -> () -> benchmark.sdkInto(slot, blackhole);
            case "sdkColumns" -> () -> benchmark.sdkColumns(slot, blackhole);
            case "sdk" -> () -> benchmark.sdk(blackhole);
            default -> throw new IllegalArgumentException("unknown method: " + method);
          };
      long warm = System.nanoTime() + WARM_UP_NANOS;
      while (System.nanoTime() < warm) {
        pass.run();
      }
      double best = Double.MAX_VALUE;
      StringBuilder runs = new StringBuilder();
      for (int run = 0; run < RUNS; run++) {
        long cpu = threads.getCurrentThreadCpuTime();
        long passes = 0;
        long until = System.nanoTime() + RUN_NANOS;
        while (System.nanoTime() < until) {
          pass.run();
          passes++;
        }
        double perCustomer =
            (threads.getCurrentThreadCpuTime() - cpu) / (double) (passes * ValueScoringBenchmark.CUSTOMERS);
        best = Math.min(best, perCustomer);
        runs.append(String.format(Locale.ROOT, " %.1f", perCustomer));
      }
      System.out.printf(Locale.ROOT, "%-15s best %.1f ns CPU per customer (runs:%s)%n", method, best, runs);
    }
  }
}
