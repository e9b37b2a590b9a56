package io.github.bankcrm.scoring.batch;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.util.Optional;

/**
 * How far a batch has come.
 *
 * @param processed the snapshots delivered to the sink so far, scored or rejected
 * @param rejected how many of them were rejected
 * @param expectedTotal how many snapshots the batch will see, {@code -1} when unknown
 * @param elapsed the time since the batch started
 */
public record Progress(long processed, long rejected, long expectedTotal, Duration elapsed) {

  public Progress {
    requireNonNull(elapsed, "elapsed");
  }

  /**
   * The average rate so far.
   *
   * @return snapshots per second, 0 before the first millisecond
   */
  public double ratePerSecond() {
    long nanos = elapsed.toNanos();
    return nanos <= 0 ? 0 : processed * 1e9 / nanos;
  }

  /**
   * The estimated time to completion at the average rate so far.
   *
   * @return the estimate; empty when the total is unknown or nothing was processed yet
   */
  public Optional<Duration> eta() {
    double rate = ratePerSecond();
    if (expectedTotal < 0 || rate <= 0) {
      return Optional.empty();
    }
    long remaining = Math.max(0, expectedTotal - processed);
    return Optional.of(Duration.ofNanos((long) (remaining / rate * 1e9)));
  }
}
