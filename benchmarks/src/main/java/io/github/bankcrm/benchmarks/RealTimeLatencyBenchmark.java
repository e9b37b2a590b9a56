package io.github.bankcrm.benchmarks;

import io.github.bankcrm.scoring.model.ScoringModels;
import io.github.bankcrm.scoring.score.ValueScore;
import io.github.bankcrm.scoring.score.ValueScorer;
import io.github.bankcrm.scoring.snapshot.CustomerSnapshot;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Real-time latency: one customer scored with its explanation per call, as a teller screen or
 * call-centre routing would call it; JMH samples every call's time (read p99 from the percentiles).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(1)
public class RealTimeLatencyBenchmark {

  private ValueScorer scorer;
  private CustomerSnapshot[] snapshots;
  private int next;

  /** Scores the default model's generated customers in turn. */
  @Setup
  public void setUp() {
    scorer = ValueScorer.of(ScoringModels.defaultModel());
    snapshots = new CustomerSnapshot[ValueScoringBenchmark.CUSTOMERS];
    for (int i = 0; i < snapshots.length; i++) {
      snapshots[i] = GeneratedCustomers.snapshot(i);
    }
  }

  /**
   * One score with its explanation.
   *
   * @return the score
   */
  @Benchmark
  public ValueScore scoreOneCustomer() {
    CustomerSnapshot snapshot = snapshots[next];
    next = (next + 1) & (snapshots.length - 1);
    return scorer.score(snapshot).get();
  }
}
