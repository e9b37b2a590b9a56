package io.github.bankcrm.core.group;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import io.github.bankcrm.core.customer.CustomerId;
import io.github.bankcrm.core.shared.Actor;
import io.github.bankcrm.core.shared.DomainEvent;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A customer entered or left a dynamic segment when it was re-evaluated. In JSON the event names its
 * type in {@code "type"} (the record's simple name); other type names are refused.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "type")
@JsonSubTypes({
  @JsonSubTypes.Type(value = SegmentEvent.CustomerEnteredSegment.class, name = "CustomerEnteredSegment"),
  @JsonSubTypes.Type(value = SegmentEvent.CustomerLeftSegment.class, name = "CustomerLeftSegment")
})
public sealed interface SegmentEvent extends DomainEvent {

  /**
   * The segment.
   *
   * @return the segment number
   */
  SegmentId segmentId();

  /**
   * The version of the segment definition that was evaluated.
   *
   * @return the definition version
   */
  long segmentVersion();

  /**
   * The customer who entered or left.
   *
   * @return the customer number
   */
  CustomerId customerId();

  /**
   * The day the segment was evaluated for.
   *
   * @return the evaluation date
   */
  LocalDate evaluatedOn();

  /**
   * The customer satisfies the segment's rule and was not a member before.
   *
   * @param segmentId the segment
   * @param segmentVersion the definition version evaluated
   * @param customerId the customer
   * @param evaluatedOn the evaluation date
   * @param actor who ran the evaluation, usually a system job
   * @param occurredAt when it ran
   */
  record CustomerEnteredSegment(
      SegmentId segmentId,
      long segmentVersion,
      CustomerId customerId,
      LocalDate evaluatedOn,
      Actor actor,
      Instant occurredAt)
      implements SegmentEvent {}

  /**
   * The customer was a member before and no longer satisfies the rule (or is no longer among the
   * subjects evaluated).
   *
   * @param segmentId the segment
   * @param segmentVersion the definition version evaluated
   * @param customerId the customer
   * @param evaluatedOn the evaluation date
   * @param actor who ran the evaluation, usually a system job
   * @param occurredAt when it ran
   */
  record CustomerLeftSegment(
      SegmentId segmentId,
      long segmentVersion,
      CustomerId customerId,
      LocalDate evaluatedOn,
      Actor actor,
      Instant occurredAt)
      implements SegmentEvent {}
}
