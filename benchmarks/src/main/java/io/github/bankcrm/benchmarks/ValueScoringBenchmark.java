package io.github.bankcrm.benchmarks;

import io.github.bankcrm.core.lifecycle.LifecycleStage;
import io.github.bankcrm.scoring.model.ScoringModel;
import io.github.bankcrm.scoring.model.ScoringModels;
import io.github.bankcrm.scoring.score.ScoreBlock;
import io.github.bankcrm.scoring.score.ScoreSlot;
import io.github.bankcrm.scoring.score.SnapshotBlock;
import io.github.bankcrm.scoring.score.ValueScorer;
import io.github.bankcrm.scoring.snapshot.CustomerSnapshot;
import java.io.InputStream;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.jpmml.evaluator.Evaluator;
import org.jpmml.evaluator.FieldValue;
import org.jpmml.evaluator.InputField;
import org.jpmml.evaluator.LoadingModelEvaluatorBuilder;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Per-customer throughput of the composite value score, three ways over the same {@value #CUSTOMERS}
 * generated customers and the default model:
 *
 * <ul>
 *   <li>{@code sdk}: {@code ValueScorer.score} — input checks, contribution breakdown, RFM, lifetime
 *       value, whole factor points, tier, VIP flags and reasons, as an immutable {@code ValueScore};
 *   <li>{@code sdkInto}: {@code ValueScorer.scoreInto} — the same work and the same explanation written
 *       into one reused {@code ScoreSlot}, which allocates nothing;
 *   <li>{@code primitiveLimit}: a hand-written loop over primitive columns computing the same score and
 *       nothing else (no checks, no explanation, no objects) — the limit;
 *   <li>{@code jpmmlPeer}: the same score as a PMML Scorecard ({@code composite-value-score.pmml})
 *       evaluated by JPMML-Evaluator, argument preparation included.
 * </ul>
 *
 * <p>The set-up checks that the three agree on every customer (the limit exactly, the PMML peer within
 * one point: it does not round the contribution's parts to fen).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(1)
public class ValueScoringBenchmark {

  static final int CUSTOMERS = 1024;

  private ValueScorer scorer;
  private CustomerSnapshot[] snapshots;
  private SnapshotBlock block;
  private Evaluator evaluator;
  private List<Map<String, Object>> pmmlArguments;

  // the limit's columns and constants
  private final long[] depositBalance = new long[CUSTOMERS];
  private final double[] depositRate = new double[CUSTOMERS];
  private final long[] loanBalance = new long[CUSTOMERS];
  private final double[] loanRate = new double[CUSTOMERS];
  private final long[] fees = new long[CUSTOMERS];
  private final int[] branchUses = new int[CUSTOMERS];
  private final int[] mobileUses = new int[CUSTOMERS];
  private final double[] pd = new double[CUSTOMERS];
  private final double[] lgd = new double[CUSTOMERS];
  private final int[] recencyDays = new int[CUSTOMERS];
  private final int[] transactionCount = new int[CUSTOMERS];
  private final long[] transactionAmount = new long[CUSTOMERS];
  private final int[] stage = new int[CUSTOMERS];
  private final double[] lifetimeMultiplier = new double[LifecycleStage.values().length];

  /** Builds the three forms of the customers and checks that the three scorers agree. */
  @Setup
  public void setUp() throws Exception {
    ScoringModel model = ScoringModels.defaultModel();
    scorer = ValueScorer.of(model);
    for (LifecycleStage s : LifecycleStage.values()) {
      lifetimeMultiplier[s.ordinal()] = model.lifetimeValue().multiplier(s).doubleValue();
    }
    try (InputStream pmml = ValueScoringBenchmark.class.getResourceAsStream("composite-value-score.pmml")) {
      evaluator = new LoadingModelEvaluatorBuilder().load(pmml).build();
    }
    evaluator.verify();
    snapshots = new CustomerSnapshot[CUSTOMERS];
    pmmlArguments = new java.util.ArrayList<>();
    for (int i = 0; i < CUSTOMERS; i++) {
      GeneratedCustomers.Figures f = new GeneratedCustomers.Figures(i);
      snapshots[i] = GeneratedCustomers.snapshot(i, f);
      depositBalance[i] = f.depositBalance;
      depositRate[i] = f.depositRate;
      loanBalance[i] = f.loanBalance;
      loanRate[i] = f.loanRate;
      fees[i] = f.cardFee + f.wealthFee;
      branchUses[i] = f.branchUses;
      mobileUses[i] = f.mobileUses;
      pd[i] = f.pd;
      lgd[i] = f.lgd;
      recencyDays[i] = f.recencyDays;
      transactionCount[i] = f.transactionCount;
      transactionAmount[i] = f.transactionAmount;
      stage[i] = f.stage;
      Map<String, Object> raw = new LinkedHashMap<>();
      raw.put("depositBalance", (double) f.depositBalance);
      raw.put("depositRate", f.depositRate);
      raw.put("loanBalance", (double) f.loanBalance);
      raw.put("loanRate", f.loanRate);
      raw.put("cardFee", (double) f.cardFee);
      raw.put("wealthFee", (double) f.wealthFee);
      raw.put("branchUses", (double) f.branchUses);
      raw.put("mobileUses", (double) f.mobileUses);
      raw.put("pd", f.pd);
      raw.put("lgd", f.lgd);
      raw.put("ead", (double) f.loanBalance);
      raw.put("recencyDays", (double) f.recencyDays);
      raw.put("transactionCount", (double) f.transactionCount);
      raw.put("transactionAmount", (double) f.transactionAmount);
      raw.put("stage", LifecycleStage.values()[f.stage].name());
      pmmlArguments.add(raw);
    }
    block = new SnapshotBlock(CUSTOMERS);
    for (CustomerSnapshot snapshot : snapshots) {
      block.add(snapshot);
    }
    ScoreBlock scored = new ScoreBlock(CUSTOMERS);
    if (scorer.scoreBlock(block, scored) != CUSTOMERS) {
      throw new IllegalStateException("the block refused customers");
    }
    ScoreSlot slot = new ScoreSlot();
    for (int i = 0; i < CUSTOMERS; i++) {
      if (!scored.toValueScore(i).equals(scorer.score(snapshots[i]))) {
        throw new IllegalStateException("customer " + i + ": scoreBlock and score disagree");
      }
      int sdk = scorer.score(snapshots[i]).get().score();
      if (!scorer.scoreInto(snapshots[i], slot) || !slot.toValueScore().equals(scorer.score(snapshots[i]))) {
        throw new IllegalStateException("customer " + i + ": scoreInto and score disagree");
      }
      int limit = limitScore(i);
      double peer = pmmlScore(pmmlArguments.get(i));
      if (sdk != limit || Math.abs(peer - sdk) > 1) {
        throw new IllegalStateException(
            "customer " + i + ": sdk " + sdk + ", limit " + limit + ", PMML " + peer + " disagree");
      }
    }
  }

  /**
   * The SDK: one score with its explanation per customer.
   *
   * @param blackhole sink for the results
   */
  @Benchmark
  @OperationsPerInvocation(CUSTOMERS)
  public void sdk(Blackhole blackhole) {
    for (CustomerSnapshot snapshot : snapshots) {
      blackhole.consume(scorer.score(snapshot));
    }
  }

  /**
   * The SDK without allocation: one score with its explanation per customer, into a reused slot (the
   * slot escapes to the blackhole, so every field of it is written).
   *
   * @param threadSlot the calling thread's slot (a slot is single-threaded, so {@code -t 2} gives each
   *     benchmark thread its own)
   * @param blackhole sink for the results
   */
  @Benchmark
  @OperationsPerInvocation(CUSTOMERS)
  public void sdkInto(ThreadSlot threadSlot, Blackhole blackhole) {
    ScoreSlot into = threadSlot.slot;
    for (CustomerSnapshot snapshot : snapshots) {
      blackhole.consume(scorer.scoreInto(snapshot, into));
    }
    blackhole.consume(into);
  }

  /**
   * The SDK by blocks: the same score and explanation per customer, {@value #CUSTOMERS} customers held
   * as columns and scored stage by stage into reused result columns.
   *
   * @param threadBlock the calling thread's results
   * @param blackhole sink for the results
   */
  @Benchmark
  @OperationsPerInvocation(CUSTOMERS)
  public void sdkBlock(ThreadBlock threadBlock, Blackhole blackhole) {
    blackhole.consume(scorer.scoreBlock(block, threadBlock.scores));
    blackhole.consume(threadBlock.scores);
  }

  /**
   * The limit: the same composite score from primitive columns.
   *
   * @param blackhole sink for the results
   */
  @Benchmark
  @OperationsPerInvocation(CUSTOMERS)
  public void primitiveLimit(Blackhole blackhole) {
    for (int i = 0; i < CUSTOMERS; i++) {
      blackhole.consume(limitScore(i));
    }
  }

  /**
   * The peer: the same composite score as a PMML Scorecard in JPMML-Evaluator.
   *
   * @param blackhole sink for the results
   */
  @Benchmark
  @OperationsPerInvocation(CUSTOMERS)
  public void jpmmlPeer(Blackhole blackhole) {
    for (int i = 0; i < CUSTOMERS; i++) {
      blackhole.consume(pmmlScore(pmmlArguments.get(i)));
    }
  }

  private int limitScore(int i) {
    // the default model's constants, in fen: FTP 2 % / 3 %, servicing 2,000 / 15,000, branch 1,200,
    // mobile 10; RFM thresholds; points 400 / 300 / 100 / 100 / 100 at full
    double depositInterest = depositBalance[i] * (0.02 - depositRate[i]);
    double lendingInterest = loanBalance[i] * (loanRate[i] - 0.03);
    double cost = 2_000.0 + (loanBalance[i] > 0 ? 15_000.0 : 0) + branchUses[i] * 1_200.0 + mobileUses[i] * 10.0;
    double expectedLoss = pd[i] * lgd[i] * loanBalance[i];
    long contribution =
        Math.round(depositInterest) + Math.round(lendingInterest) + fees[i] - Math.round(cost) - Math.round(expectedLoss);
    long lifetime = Math.round(contribution * lifetimeMultiplier[stage[i]]);
    int r = recencyDays[i] <= 7 ? 5 : recencyDays[i] <= 30 ? 4 : recencyDays[i] <= 90 ? 3 : recencyDays[i] <= 180 ? 2 : 1;
    int n = transactionCount[i];
    int f = n >= 60 ? 5 : n >= 24 ? 4 : n >= 12 ? 3 : n >= 4 ? 2 : 1;
    long a = transactionAmount[i];
    int m = a >= 50_000_000 ? 5 : a >= 10_000_000 ? 4 : a >= 2_000_000 ? 3 : a >= 500_000 ? 2 : 1;
    double points =
        400.0 * Math.max(0, Math.min(1, contribution / 2_000_000.0))
            + 300.0 * Math.max(0, Math.min(1, lifetime / 6_000_000.0))
            + 100.0 * ((r - 1) / 4.0)
            + 100.0 * ((f - 1) / 4.0)
            + 100.0 * ((m - 1) / 4.0);
    return (int) Math.round(points);
  }

  private double pmmlScore(Map<String, Object> raw) {
    Map<String, FieldValue> arguments = new HashMap<>();
    for (InputField field : evaluator.getInputFields()) {
      arguments.put(field.getName(), field.prepare(raw.get(field.getName())));
    }
    Map<String, ?> results = evaluator.evaluate(arguments);
    return ((Number) results.get("valueScore")).doubleValue();
  }

  /** Reused results per benchmark thread. */
  @State(Scope.Thread)
  public static class ThreadBlock {
    final ScoreBlock scores = new ScoreBlock(CUSTOMERS);
  }

  /** One reused slot per benchmark thread. */
  @State(Scope.Thread)
  public static class ThreadSlot {
    final ScoreSlot slot = new ScoreSlot();
  }
}
