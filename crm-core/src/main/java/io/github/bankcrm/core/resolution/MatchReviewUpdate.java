package io.github.bankcrm.core.resolution;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.List;

/**
 * What an accepted review command produces: the review's next state and the events. The {@link
 * MatchReviews} port saves the state only over the version it was computed from.
 *
 * @param review the new state; version 1 when queued
 * @param events what happened, for the caller to publish
 */
public record MatchReviewUpdate(MatchReview review, List<ReviewEvent> events) {

  public MatchReviewUpdate {
    requireNonNull(review, "review");
    events = List.copyOf(requireNonNull(events, "events"));
    for (ReviewEvent event : events) {
      if (!event.reviewId().equals(review.id()) || event.version() != review.version()) {
        throw new IllegalArgumentException("the events must describe this very version");
      }
    }
  }

  /**
   * Whether this update queues a new review.
   *
   * @return whether the review is at version 1
   */
  @JsonIgnore
  public boolean isCreation() {
    return review.version() == 1;
  }

  /**
   * The version the stored review must have for this update to apply.
   *
   * @return 0 for a new review, otherwise the version before this one
   */
  public long expectedStoredVersion() {
    return review.version() - 1;
  }
}
