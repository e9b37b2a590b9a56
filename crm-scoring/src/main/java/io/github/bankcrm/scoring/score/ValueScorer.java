package io.github.bankcrm.scoring.score;

import static java.util.Objects.requireNonNull;

import io.github.bankcrm.scoring.ModelFingerprint;
import io.github.bankcrm.scoring.internal.CompiledModel;
import io.github.bankcrm.scoring.model.ScoringModel;
import io.github.bankcrm.scoring.snapshot.CustomerSnapshot;
import io.vavr.control.Either;

/**
 * Scores customers with one model: the real-time entry point (a teller screen, call-centre routing)
 * and what every batch worker calls.
 *
 * <p>The model is compiled once, at construction, into primitive tables; a score then reads no JSON
 * and uses no reflection. Two ways to score, computed by the same code and so always equal:
 *
 * <ul>
 *   <li>{@link #score} returns an immutable {@link ValueScore} (a few small objects: the result and a
 *       compact explanation whose factor and reason lists are built only when read);
 *   <li>{@link #scoreInto} overwrites a caller's reusable {@link ScoreSlot} and allocates nothing for
 *       a valid snapshot: for callers that score many customers per thread.
 * </ul>
 *
 * <p>Immutable and thread-safe: share one instance.
 *
 * <pre>{@code
 * ValueScorer scorer = ValueScorer.of(ScoringModels.load(json).getOrElseThrow(...));
 * Either<ScoringError, ValueScore> result = scorer.score(snapshot);
 *
 * ScoreSlot slot = new ScoreSlot();                 // one per thread, reused
 * if (scorer.scoreInto(snapshot, slot)) { ... slot.score(), slot.tier(), slot.reason(0) ... }
 * }</pre>
 */
public final class ValueScorer {

  /** {@link #score}'s working slot per thread: the result is copied out of it before it is reused. */
  private static final ThreadLocal<ScoreSlot> SLOTS = ThreadLocal.withInitial(ScoreSlot::new);

  private final CompiledModel compiled;

  private ValueScorer(CompiledModel compiled) {
    this.compiled = compiled;
  }

  /**
   * A scorer for a valid model.
   *
   * @param model a model that passed validation (as {@code ScoringModels.load} returns it)
   * @return the scorer
   * @throws IllegalArgumentException if the model is not valid
   */
  public static ValueScorer of(ScoringModel model) {
    return new ValueScorer(new CompiledModel(requireNonNull(model, "model")));
  }

  /**
   * Scores one customer.
   *
   * @param snapshot the customer's snapshot
   * @return the value score, or the snapshot's refused fields
   */
  public Either<ScoringError, ValueScore> score(CustomerSnapshot snapshot) {
    ScoreSlot slot = SLOTS.get();
    scoreInto(snapshot, slot);
    return slot.toValueScore();
  }

  /**
   * Scores one customer into a reusable slot, overwriting what it held: the score and its
   * explanation, or the snapshot's refused fields. The same checks and arithmetic as {@link #score},
   * so {@code slot.toValueScore()} equals {@code score(snapshot)}; no allocation when the snapshot is
   * valid (a refusal allocates its {@link ScoringError}).
   *
   * @param snapshot the customer's snapshot
   * @param slot the slot to fill; used by one thread at a time
   * @return {@code true} if the customer was scored, {@code false} if the snapshot was refused
   *     ({@link ScoreSlot#error()} says why)
   */
  public boolean scoreInto(CustomerSnapshot snapshot, ScoreSlot slot) {
    return compiled.scoreInto(requireNonNull(snapshot, "snapshot"), requireNonNull(slot, "slot").state());
  }

  /**
   * Scores a block of customers into results, overwriting them: every row scored with its
   * explanation, or refused with its error, exactly as {@link #score} does for the row's snapshot
   * alone (same checks, same arithmetic, same errors), but stage by stage over the whole block, which
   * is several times faster per customer. No allocation when every row is valid (a refused row
   * allocates its error).
   *
   * @param block the customers
   * @param into the results; at least as many rows as the block
   * @return how many rows were scored; the others were refused ({@link ScoreBlock#error(int)})
   * @throws IllegalArgumentException if {@code into} holds fewer rows than the block
   */
  public int scoreBlock(SnapshotBlock block, ScoreBlock into) {
    return requireNonNull(into, "into").columns().score(compiled, requireNonNull(block, "block").columns());
  }

  /**
   * The tier the model gives a score: a function of the score, whether the customer is loss-making,
   * and the model's cut-offs only.
   *
   * @param score a score, 0 to the model's maximum
   * @param lossMaking whether the customer's contribution is negative
   * @return the tier's name
   */
  public String tierOf(int score, boolean lossMaking) {
    return compiled.tierOf(score, lossMaking);
  }

  /**
   * The fingerprint of the model, which every score carries.
   *
   * @return the fingerprint
   */
  public ModelFingerprint model() {
    return compiled.fingerprint();
  }
}
