package io.github.bankcrm.core.group;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import io.github.bankcrm.core.customer.CustomerId;
import io.github.bankcrm.core.organization.OrganizationUnitId;
import io.github.bankcrm.core.shared.Actor;
import io.github.bankcrm.core.shared.DomainEvent;
import java.time.Instant;

/**
 * What happened to a static group. Events carry numbers, types and roles, never a group's name (a
 * household is often named after a person). In JSON an event names its type in {@code "type"} (the
 * record's simple name); other type names are refused.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "type")
@JsonSubTypes({
  @JsonSubTypes.Type(value = GroupEvent.GroupCreated.class, name = "GroupCreated"),
  @JsonSubTypes.Type(value = GroupEvent.GroupRenamed.class, name = "GroupRenamed"),
  @JsonSubTypes.Type(value = GroupEvent.MemberAdded.class, name = "MemberAdded"),
  @JsonSubTypes.Type(value = GroupEvent.MemberRemoved.class, name = "MemberRemoved"),
  @JsonSubTypes.Type(value = GroupEvent.MemberRoleChanged.class, name = "MemberRoleChanged"),
  @JsonSubTypes.Type(value = GroupEvent.PrimaryGroupChanged.class, name = "PrimaryGroupChanged")
})
public sealed interface GroupEvent extends DomainEvent {

  /**
   * The group it happened to.
   *
   * @return the group number
   */
  GroupId groupId();

  /**
   * The version of the group the event produced.
   *
   * @return the version
   */
  long version();

  /**
   * A group was created, empty.
   *
   * @param groupId the group
   * @param version always 1
   * @param groupType its type
   * @param owningUnit the unit that owns it
   * @param actor who created it
   * @param occurredAt when
   */
  record GroupCreated(
      GroupId groupId,
      long version,
      GroupType groupType,
      OrganizationUnitId owningUnit,
      Actor actor,
      Instant occurredAt)
      implements GroupEvent {}

  /**
   * A group was renamed; the names are not carried.
   *
   * @param groupId the group
   * @param version the new version
   * @param actor who renamed it
   * @param occurredAt when
   */
  record GroupRenamed(GroupId groupId, long version, Actor actor, Instant occurredAt)
      implements GroupEvent {}

  /**
   * A customer joined a group.
   *
   * @param groupId the group
   * @param version the new version
   * @param customerId the customer
   * @param role the customer's role
   * @param primary whether the group is the customer's primary group
   * @param actor who added the customer
   * @param occurredAt when
   */
  record MemberAdded(
      GroupId groupId,
      long version,
      CustomerId customerId,
      MemberRole role,
      boolean primary,
      Actor actor,
      Instant occurredAt)
      implements GroupEvent {}

  /**
   * A customer left a group (and, if it was primary there, now has no primary group).
   *
   * @param groupId the group
   * @param version the new version
   * @param customerId the customer
   * @param actor who removed the customer
   * @param occurredAt when
   */
  record MemberRemoved(
      GroupId groupId, long version, CustomerId customerId, Actor actor, Instant occurredAt)
      implements GroupEvent {}

  /**
   * A member's role changed.
   *
   * @param groupId the group
   * @param version the new version
   * @param customerId the member
   * @param from the previous role
   * @param to the new role
   * @param actor who changed it
   * @param occurredAt when
   */
  record MemberRoleChanged(
      GroupId groupId,
      long version,
      CustomerId customerId,
      MemberRole from,
      MemberRole to,
      Actor actor,
      Instant occurredAt)
      implements GroupEvent {}

  /**
   * The group became, or stopped being, a member's primary group.
   *
   * @param groupId the group
   * @param version the new version
   * @param customerId the member
   * @param primary whether the group is now the member's primary group
   * @param actor who changed it
   * @param occurredAt when
   */
  record PrimaryGroupChanged(
      GroupId groupId,
      long version,
      CustomerId customerId,
      boolean primary,
      Actor actor,
      Instant occurredAt)
      implements GroupEvent {}
}
