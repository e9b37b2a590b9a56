package io.github.bankcrm.scoring.batch;

import io.github.bankcrm.scoring.score.ScoreSlot;
import io.github.bankcrm.scoring.score.ScoringError;

/**
 * Where a batch delivers its results without making a {@code ValueScore} per customer: the sink reads
 * each score from the worker's reusable {@link ScoreSlot} (for example the columns it writes to a
 * table). With it, a batch of valid snapshots allocates nothing per customer.
 *
 * <p>The same rules as {@link ScoreSink}: called from one thread at a time, in input order unless the
 * batch is unordered, and an exception stops the batch. The slot is reused as soon as {@code accept}
 * returns: read it there, or keep {@link ScoreSlot#toValueScore()}; never keep the slot.
 */
public interface ScoreSlotSink {

  /**
   * Receives one customer's score.
   *
   * @param scored a slot that holds the score; valid only during this call
   */
  void accept(ScoreSlot scored);

  /**
   * Receives one customer that could not be scored.
   *
   * @param error why
   */
  void reject(ScoringError error);
}
