package io.github.bankcrm.core.interaction;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import io.github.bankcrm.core.customer.CustomerId;
import io.github.bankcrm.core.shared.Actor;
import io.github.bankcrm.core.shared.DomainEvent;
import io.github.bankcrm.core.shared.Nullable;
import java.time.Instant;

/**
 * What happened to a contact record; never the notes. In JSON an event names its type in {@code
 * "type"} (the record's simple name); other type names are refused.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "type")
@JsonSubTypes({
  @JsonSubTypes.Type(value = InteractionEvent.InteractionRecorded.class, name = "InteractionRecorded"),
  @JsonSubTypes.Type(value = InteractionEvent.ComplaintStateChanged.class, name = "ComplaintStateChanged"),
  @JsonSubTypes.Type(value = InteractionEvent.InteractionReassigned.class, name = "InteractionReassigned")
})
public sealed interface InteractionEvent extends DomainEvent {

  /**
   * The interaction it happened to.
   *
   * @return the number
   */
  InteractionId interactionId();

  /**
   * The version the event produced.
   *
   * @return the version
   */
  long version();

  /**
   * A contact was recorded.
   *
   * @param interactionId the interaction
   * @param version always 1
   * @param customerId the customer
   * @param channel the channel
   * @param interactionType what it was about
   * @param severity the complaint's severity, or {@code null} if not a complaint
   * @param actor who recorded it
   * @param occurredAt when it was recorded
   */
  record InteractionRecorded(
      InteractionId interactionId,
      long version,
      CustomerId customerId,
      InteractionChannel channel,
      InteractionType interactionType,
      @Nullable ComplaintSeverity severity,
      Actor actor,
      Instant occurredAt)
      implements InteractionEvent {}

  /**
   * A complaint moved to another state.
   *
   * @param interactionId the interaction
   * @param version the new version
   * @param customerId the customer
   * @param from the state before
   * @param to the state after
   * @param actor who moved it
   * @param occurredAt when
   */
  record ComplaintStateChanged(
      InteractionId interactionId,
      long version,
      CustomerId customerId,
      ComplaintState from,
      ComplaintState to,
      Actor actor,
      Instant occurredAt)
      implements InteractionEvent {}

  /**
   * A contact was re-pointed to another record of the same customer, by a merge of two customer
   * records or its undo.
   *
   * @param interactionId the interaction
   * @param version the new version
   * @param from the former customer record
   * @param to the customer record now
   * @param actor who merged
   * @param occurredAt when
   */
  record InteractionReassigned(
      InteractionId interactionId, long version, CustomerId from, CustomerId to, Actor actor, Instant occurredAt)
      implements InteractionEvent {}
}
