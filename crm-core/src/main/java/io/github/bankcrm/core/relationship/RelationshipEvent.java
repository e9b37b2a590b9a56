package io.github.bankcrm.core.relationship;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import io.github.bankcrm.core.customer.CustomerId;
import io.github.bankcrm.core.shared.Actor;
import io.github.bankcrm.core.shared.DomainEvent;
import io.github.bankcrm.core.shared.Nullable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * What happened to a relationship. Events carry numbers, types and periods, never personal data. In
 * JSON an event names its type in {@code "type"} (the record's simple name); other type names are
 * refused.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "type")
@JsonSubTypes({
  @JsonSubTypes.Type(value = RelationshipEvent.RelationshipEstablished.class, name = "RelationshipEstablished"),
  @JsonSubTypes.Type(value = RelationshipEvent.RelationshipChanged.class, name = "RelationshipChanged"),
  @JsonSubTypes.Type(value = RelationshipEvent.RelationshipEnded.class, name = "RelationshipEnded"),
  @JsonSubTypes.Type(value = RelationshipEvent.RelationshipRepointed.class, name = "RelationshipRepointed"),
  @JsonSubTypes.Type(value = RelationshipEvent.RelationshipRestored.class, name = "RelationshipRestored")
})
public sealed interface RelationshipEvent extends DomainEvent {

  /**
   * The relationship it happened to.
   *
   * @return the relationship number
   */
  RelationshipId relationshipId();

  /**
   * The version of the relationship the event produced.
   *
   * @return the version
   */
  long version();

  /**
   * A relationship was recorded.
   *
   * @param relationshipId the relationship
   * @param version always 1
   * @param from the customer it runs from
   * @param to the customer it runs to
   * @param relationshipType its type
   * @param ownershipPercentage the percentage, for a shareholding
   * @param validity when it holds
   * @param sourceSystem where it was recorded
   * @param actor who recorded it
   * @param occurredAt when
   */
  record RelationshipEstablished(
      RelationshipId relationshipId,
      long version,
      CustomerId from,
      CustomerId to,
      RelationshipType relationshipType,
      @Nullable BigDecimal ownershipPercentage,
      Validity validity,
      SourceSystem sourceSystem,
      Actor actor,
      Instant occurredAt)
      implements RelationshipEvent {}

  /**
   * The percentage or the validity period of a relationship changed.
   *
   * @param relationshipId the relationship
   * @param version the new version
   * @param changedFields the names of the changed fields ({@code ownershipPercentage}, {@code
   *     validity})
   * @param actor who changed it
   * @param occurredAt when
   */
  record RelationshipChanged(
      RelationshipId relationshipId,
      long version,
      List<String> changedFields,
      Actor actor,
      Instant occurredAt)
      implements RelationshipEvent {
    public RelationshipChanged {
      changedFields = List.copyOf(changedFields);
    }
  }

  /**
   * A relationship was ended.
   *
   * @param relationshipId the relationship
   * @param version the new version
   * @param lastDay the last day it held
   * @param actor who ended it
   * @param occurredAt when
   */
  record RelationshipEnded(
      RelationshipId relationshipId, long version, LocalDate lastDay, Actor actor, Instant occurredAt)
      implements RelationshipEvent {}

  /**
   * A relationship was re-pointed from one record of a customer to another record of the same
   * customer, by a merge of two customer records or its undo.
   *
   * @param relationshipId the relationship
   * @param version the new version
   * @param replaced the customer record that left the relationship
   * @param by the customer record that took its side
   * @param actor who merged
   * @param occurredAt when
   */
  record RelationshipRepointed(
      RelationshipId relationshipId,
      long version,
      CustomerId replaced,
      CustomerId by,
      Actor actor,
      Instant occurredAt)
      implements RelationshipEvent {}

  /**
   * A relationship a merge had ended is active again, with its period before, because the merge was
   * undone.
   *
   * @param relationshipId the relationship
   * @param version the new version
   * @param validity the period restored
   * @param actor who undid the merge
   * @param occurredAt when
   */
  record RelationshipRestored(
      RelationshipId relationshipId, long version, Validity validity, Actor actor, Instant occurredAt)
      implements RelationshipEvent {}
}
