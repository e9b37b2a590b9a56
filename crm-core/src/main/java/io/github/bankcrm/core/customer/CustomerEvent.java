package io.github.bankcrm.core.customer;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import io.github.bankcrm.core.organization.OrganizationUnitId;
import io.github.bankcrm.core.organization.RelationshipManagerId;
import io.github.bankcrm.core.shared.Actor;
import io.github.bankcrm.core.shared.DomainEvent;
import io.github.bankcrm.core.shared.Nullable;
import java.time.Instant;
import java.util.List;

/**
 * What happened to a customer. Events carry IDs and field paths, never personal data. In JSON an event
 * names its type in {@code "type"} (the record's simple name), so an outbox or event store can read it
 * back as {@code CustomerEvent}; other type names are refused.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "type")
@JsonSubTypes({
  @JsonSubTypes.Type(value = CustomerEvent.CustomerRegistered.class, name = "CustomerRegistered"),
  @JsonSubTypes.Type(value = CustomerEvent.CustomerProfileChanged.class, name = "CustomerProfileChanged"),
  @JsonSubTypes.Type(value = CustomerEvent.CustomerReassigned.class, name = "CustomerReassigned"),
  @JsonSubTypes.Type(value = CustomerEvent.KycRiskRatingChanged.class, name = "KycRiskRatingChanged"),
  @JsonSubTypes.Type(value = CustomerEvent.CustomerMergedInto.class, name = "CustomerMergedInto"),
  @JsonSubTypes.Type(value = CustomerEvent.CustomerUnmerged.class, name = "CustomerUnmerged")
})
public sealed interface CustomerEvent extends DomainEvent {

  /** The customer it happened to. */
  CustomerId customerId();

  /**
   * A new customer was registered.
   *
   * @param customerId the new customer
   * @param kind individual or corporate
   * @param owningUnit the unit that owns the customer
   * @param actor who registered it
   * @param occurredAt when
   */
  record CustomerRegistered(
      CustomerId customerId,
      CustomerKind kind,
      OrganizationUnitId owningUnit,
      Actor actor,
      Instant occurredAt)
      implements CustomerEvent {}

  /**
   * Profile fields were changed.
   *
   * @param customerId the customer
   * @param version the version the change produced
   * @param changedFields the paths of the changed fields
   * @param actor who changed them
   * @param occurredAt when
   */
  record CustomerProfileChanged(
      CustomerId customerId,
      long version,
      List<String> changedFields,
      Actor actor,
      Instant occurredAt)
      implements CustomerEvent {
    public CustomerProfileChanged {
      changedFields = List.copyOf(changedFields);
    }
  }

  /**
   * The customer moved to another unit or relationship manager.
   *
   * @param customerId the customer
   * @param version the version the change produced
   * @param fromUnit the previous owning unit
   * @param toUnit the new owning unit
   * @param fromManager the previous relationship manager, or {@code null}
   * @param toManager the new relationship manager, or {@code null}
   * @param actor who moved it
   * @param occurredAt when
   */
  record CustomerReassigned(
      CustomerId customerId,
      long version,
      OrganizationUnitId fromUnit,
      OrganizationUnitId toUnit,
      @Nullable RelationshipManagerId fromManager,
      @Nullable RelationshipManagerId toManager,
      Actor actor,
      Instant occurredAt)
      implements CustomerEvent {}

  /**
   * The KYC risk rating changed.
   *
   * @param customerId the customer
   * @param version the version the change produced
   * @param from the previous rating
   * @param to the new rating
   * @param actor who rated
   * @param occurredAt when
   */
  record KycRiskRatingChanged(
      CustomerId customerId,
      long version,
      KycRiskRating from,
      KycRiskRating to,
      Actor actor,
      Instant occurredAt)
      implements CustomerEvent {}

  /**
   * The customer record was merged into a survivor [归户].
   *
   * @param customerId the merged record
   * @param version the version the change produced
   * @param survivor the customer it was merged into
   * @param actor who merged
   * @param occurredAt when
   */
  record CustomerMergedInto(
      CustomerId customerId, long version, CustomerId survivor, Actor actor, Instant occurredAt)
      implements CustomerEvent {}

  /**
   * The merge of the customer record was undone: it is a customer of its own again.
   *
   * @param customerId the record
   * @param version the version the change produced
   * @param survivor the customer it had been merged into
   * @param actor who undid the merge
   * @param occurredAt when
   */
  record CustomerUnmerged(
      CustomerId customerId, long version, CustomerId survivor, Actor actor, Instant occurredAt)
      implements CustomerEvent {}
}
