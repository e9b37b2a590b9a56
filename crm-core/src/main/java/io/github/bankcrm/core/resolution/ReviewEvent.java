package io.github.bankcrm.core.resolution;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import io.github.bankcrm.core.customer.CustomerId;
import io.github.bankcrm.core.shared.Actor;
import io.github.bankcrm.core.shared.DomainEvent;
import java.time.Instant;

/**
 * What happened to a review. In JSON an event names its type in {@code "type"} (the record's simple
 * name); other type names are refused.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "type")
@JsonSubTypes({
  @JsonSubTypes.Type(value = ReviewEvent.ReviewQueued.class, name = "ReviewQueued"),
  @JsonSubTypes.Type(value = ReviewEvent.ReviewDecided.class, name = "ReviewDecided")
})
public sealed interface ReviewEvent extends DomainEvent {

  /**
   * The review it happened to.
   *
   * @return the review number
   */
  MatchReviewId reviewId();

  /**
   * The version of the review the event produced.
   *
   * @return the version
   */
  long version();

  /**
   * A candidate pair was queued for review.
   *
   * @param reviewId the review
   * @param version always 1
   * @param first the customer with the smaller number
   * @param second the other customer
   * @param recommended what the model recommended
   * @param actor who queued it
   * @param occurredAt when
   */
  record ReviewQueued(
      MatchReviewId reviewId,
      long version,
      CustomerId first,
      CustomerId second,
      MatchDecision recommended,
      Actor actor,
      Instant occurredAt)
      implements ReviewEvent {}

  /**
   * A person decided; a {@link ReviewDecision#DEFER} leaves the review pending.
   *
   * @param reviewId the review
   * @param version the new version
   * @param first the customer with the smaller number
   * @param second the other customer
   * @param decision what was decided
   * @param status the review's status afterwards
   * @param actor who decided
   * @param occurredAt when
   */
  record ReviewDecided(
      MatchReviewId reviewId,
      long version,
      CustomerId first,
      CustomerId second,
      ReviewDecision decision,
      ReviewStatus status,
      Actor actor,
      Instant occurredAt)
      implements ReviewEvent {}
}
