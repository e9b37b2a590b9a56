package io.github.bankcrm.core.lifecycle;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import io.github.bankcrm.core.customer.CustomerId;
import io.github.bankcrm.core.shared.Actor;
import io.github.bankcrm.core.shared.DomainEvent;
import io.github.bankcrm.core.shared.Nullable;
import java.time.Instant;

/**
 * What happened to a customer's lifecycle. Events carry numbers, stages and codes, never the free
 * comment. In JSON an event names its type in {@code "type"} (the record's simple name); other type
 * names are refused.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "type")
@JsonSubTypes({
  @JsonSubTypes.Type(value = LifecycleEvent.LifecycleStarted.class, name = "LifecycleStarted"),
  @JsonSubTypes.Type(value = LifecycleEvent.StageChanged.class, name = "StageChanged")
})
public sealed interface LifecycleEvent extends DomainEvent {

  /**
   * The customer it happened to.
   *
   * @return the customer number
   */
  CustomerId customerId();

  /**
   * The lifecycle version the event produced.
   *
   * @return the version
   */
  long version();

  /**
   * A customer's lifecycle was started.
   *
   * @param customerId the customer
   * @param version always 1
   * @param stage the first stage
   * @param actor who started it
   * @param occurredAt when
   */
  record LifecycleStarted(
      CustomerId customerId, long version, LifecycleStage stage, Actor actor, Instant occurredAt)
      implements LifecycleEvent {}

  /**
   * A customer moved from one stage to another.
   *
   * @param customerId the customer
   * @param version the new version
   * @param from the stage before
   * @param to the stage after
   * @param command the command, or {@code null} for a policy move
   * @param policy the policy version, or {@code null} for a commanded move
   * @param reasonCode the reason code
   * @param actor who made the move
   * @param occurredAt when
   */
  record StageChanged(
      CustomerId customerId,
      long version,
      LifecycleStage from,
      LifecycleStage to,
      @Nullable LifecycleCommand command,
      @Nullable PolicyVersion policy,
      String reasonCode,
      Actor actor,
      Instant occurredAt)
      implements LifecycleEvent {}
}
