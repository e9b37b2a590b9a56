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
 * <p>The model is compiled once, at construction, into primitive tables; a score then reads no JSON,
 * uses no reflection and allocates a few small objects (the result and a compact explanation of two
 * small primitive arrays, whose factor and reason lists are built only when read). Immutable and
 * thread-safe: share one instance.
 *
 * <pre>{@code
 * ValueScorer scorer = ValueScorer.of(ScoringModels.load(json).getOrElseThrow(...));
 * Either<ScoringError, ValueScore> result = scorer.score(snapshot);
 * }</pre>
 */
public final class ValueScorer {

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
    return new ValueScorer(new CompiledModel(requireNonNull(model, "model"), Explanation::ofOwned));
  }

  /**
   * Scores one customer.
   *
   * @param snapshot the customer's snapshot
   * @return the value score, or the snapshot's refused fields
   */
  public Either<ScoringError, ValueScore> score(CustomerSnapshot snapshot) {
    return compiled.score(requireNonNull(snapshot, "snapshot"));
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
