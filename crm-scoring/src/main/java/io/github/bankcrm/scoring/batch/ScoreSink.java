package io.github.bankcrm.scoring.batch;

import io.github.bankcrm.scoring.score.ScoringError;
import io.github.bankcrm.scoring.score.ValueScore;

/**
 * Where a batch delivers its results. The batch calls a sink from one thread at a time (never
 * concurrently), so it need not be thread-safe; it should be quick, since workers wait for it. An
 * exception from the sink stops the batch.
 */
public interface ScoreSink {

  /**
   * Receives one customer's score.
   *
   * @param score the score
   */
  void accept(ValueScore score);

  /**
   * Receives one customer that could not be scored.
   *
   * @param error why
   */
  void reject(ScoringError error);
}
