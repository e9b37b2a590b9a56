package io.github.bankcrm.scoring.batch;

import static java.util.Objects.requireNonNull;

import java.time.Duration;

/**
 * The outcome of a batch.
 *
 * @param scored the customers scored
 * @param rejected the customers reported as errors
 * @param elapsed the wall-clock time of the batch
 */
public record BatchSummary(long scored, long rejected, Duration elapsed) {

  public BatchSummary {
    requireNonNull(elapsed, "elapsed");
  }

  /**
   * The customers seen.
   *
   * @return {@code scored + rejected}
   */
  public long processed() {
    return scored + rejected;
  }
}
