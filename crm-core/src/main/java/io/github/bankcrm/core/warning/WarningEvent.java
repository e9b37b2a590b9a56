package io.github.bankcrm.core.warning;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import io.github.bankcrm.core.customer.CustomerId;
import io.github.bankcrm.core.organization.RelationshipManagerId;
import io.github.bankcrm.core.shared.Actor;
import io.github.bankcrm.core.shared.DomainEvent;
import io.github.bankcrm.core.shared.Nullable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

/**
 * What happened to an early warning; never the comments. In JSON an event names its type in {@code
 * "type"} (the record's simple name); other type names are refused.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "type")
@JsonSubTypes({
  @JsonSubTypes.Type(value = WarningEvent.WarningRaised.class, name = "WarningRaised"),
  @JsonSubTypes.Type(value = WarningEvent.WarningStepTaken.class, name = "WarningStepTaken")
})
public sealed interface WarningEvent extends DomainEvent {

  /**
   * The warning it happened to.
   *
   * @return the number
   */
  WarningId warningId();

  /**
   * The version the event produced.
   *
   * @return the version
   */
  long version();

  /**
   * A warning was raised.
   *
   * @param warningId the warning
   * @param version always 1
   * @param customerId the customer
   * @param level its level
   * @param factors the factors that raised it
   * @param actor who raised it, usually the evaluation job
   * @param occurredAt when
   */
  record WarningRaised(
      WarningId warningId,
      long version,
      CustomerId customerId,
      WarningLevel level,
      Set<WarningFactor> factors,
      Actor actor,
      Instant occurredAt)
      implements WarningEvent {
    public WarningRaised {
      factors = Set.copyOf(factors);
    }
  }

  /**
   * A follow-up step was taken.
   *
   * @param warningId the warning
   * @param version the new version
   * @param customerId the customer
   * @param step the step
   * @param state the state after it
   * @param level the level after it
   * @param assignee the manager handling it after it, or {@code null}
   * @param due the due date after it, or {@code null}
   * @param escalation the escalation level after it
   * @param actor who took it
   * @param occurredAt when
   */
  record WarningStepTaken(
      WarningId warningId,
      long version,
      CustomerId customerId,
      WarningStep step,
      WarningState state,
      WarningLevel level,
      @Nullable RelationshipManagerId assignee,
      @Nullable LocalDate due,
      int escalation,
      Actor actor,
      Instant occurredAt)
      implements WarningEvent {}
}
