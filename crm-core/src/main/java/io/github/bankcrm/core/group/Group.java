package io.github.bankcrm.core.group;

import static java.util.Comparator.comparing;
import static java.util.Objects.requireNonNull;

import io.github.bankcrm.core.customer.CustomerId;
import io.github.bankcrm.core.organization.OrganizationUnitId;
import io.github.bankcrm.core.shared.Actor;
import io.github.bankcrm.core.shared.FieldError;
import io.github.bankcrm.core.shared.TextInput;
import io.vavr.control.Either;
import io.vavr.control.Validation;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * A static group of customers [客户群组]: a household, a corporate group, a campaign list or a service
 * list, with its members and their roles. Other aggregates are referenced by number only.
 *
 * <p>A group is an immutable snapshot at one {@link #version()}. Commands never modify it: they return
 * a {@link GroupUpdate} with the next version and its events, or a {@link GroupError}. The {@link
 * Groups} port stores an update only if nobody saved another one in between, and enforces the rule
 * that a single group cannot see: a customer is <em>primary</em> in one group at most.
 *
 * <p>Invariants (broken ones throw, commands refuse with a typed error first): no customer twice; every
 * role allowed by the {@link GroupType}; one head per household and one parent per corporate group;
 * primary flags only in households and corporate groups. Members are kept in customer-number order.
 * {@link #toString()} leaves out the name, which may name a person.
 *
 * @param id the group number
 * @param version the version of this snapshot: 1 when created, one more with every saved change
 * @param type what the group is
 * @param name the group's name, 1 to {@value #MAX_NAME} characters
 * @param owningUnit the organisation unit that owns the group; it decides who may see it
 * @param members the members, in customer-number order
 * @param createdAt when the group was created
 * @param updatedAt when the last change was made
 */
public record Group(
    GroupId id,
    long version,
    GroupType type,
    String name,
    OrganizationUnitId owningUnit,
    List<GroupMember> members,
    Instant createdAt,
    Instant updatedAt) {

  /** The longest group name. */
  public static final int MAX_NAME = 100;

  public Group {
    requireNonNull(id, "id");
    requireNonNull(type, "type");
    requireNonNull(name, "name");
    requireNonNull(owningUnit, "owningUnit");
    requireNonNull(createdAt, "createdAt");
    requireNonNull(updatedAt, "updatedAt");
    if (version < 1) {
      throw new IllegalArgumentException("version starts at 1");
    }
    if (validName(name).isInvalid()) {
      throw new IllegalArgumentException("group name must be 1-" + MAX_NAME + " characters of text");
    }
    List<GroupMember> sorted = new ArrayList<>(requireNonNull(members, "members"));
    sorted.sort(comparing(GroupMember::customerId));
    members = List.copyOf(sorted);
    Set<CustomerId> seen = new HashSet<>();
    Set<MemberRole> singles = new HashSet<>();
    for (GroupMember member : members) {
      if (!seen.add(member.customerId())) {
        throw new IllegalArgumentException("customer " + member.customerId() + " appears twice");
      }
      if (!type.allows(member.role())) {
        throw new IllegalArgumentException(type + " does not allow role " + member.role());
      }
      if (type.isSingle(member.role()) && !singles.add(member.role())) {
        throw new IllegalArgumentException("only one " + member.role() + " per " + type);
      }
      if (member.primary() && !type.canBePrimary()) {
        throw new IllegalArgumentException(type + " cannot be a primary group");
      }
    }
  }

  /**
   * Creates an empty group at version 1.
   *
   * @param id the new group's number
   * @param type what the group is
   * @param name the name; stripped and NFC-normalised, 1 to {@value #MAX_NAME} characters
   * @param owningUnit the unit that owns it
   * @param actor who creates it
   * @param now when
   * @return the creation with its {@code GroupCreated} event, or {@code InvalidGroupData}
   */
  public static Either<GroupError, GroupUpdate> create(
      GroupId id, GroupType type, String name, OrganizationUnitId owningUnit, Actor actor, Instant now) {
    requireNonNull(id, "id");
    requireNonNull(type, "type");
    requireNonNull(owningUnit, "owningUnit");
    requireNonNull(actor, "actor");
    requireNonNull(now, "now");
    Validation<FieldError, String> checked = validName(name);
    if (checked.isInvalid()) {
      return Either.left(new GroupError.InvalidGroupData(List.of(checked.getError().under("name"))));
    }
    Group group = new Group(id, 1, type, checked.get(), owningUnit, List.of(), now, now);
    return Either.right(
        new GroupUpdate(
            group, List.of(new GroupEvent.GroupCreated(id, 1, type, owningUnit, actor, now))));
  }

  /**
   * Adds a customer to the group.
   *
   * @param expectedVersion the version the caller saw
   * @param customerId the customer
   * @param role the customer's role; must be allowed by the group's type
   * @param primary whether the group becomes the customer's primary group (households and corporate
   *     groups only; the port refuses it if the customer is primary elsewhere)
   * @param actor who adds the customer
   * @param now when
   * @return the update with a {@code MemberAdded} event, or {@code VersionConflict}, {@code
   *     AlreadyMember}, {@code RoleNotAllowed}, {@code RoleTaken} or {@code PrimaryNotAllowed}
   */
  public Either<GroupError, GroupUpdate> addMember(
      long expectedVersion,
      CustomerId customerId,
      MemberRole role,
      boolean primary,
      Actor actor,
      Instant now) {
    requireNonNull(customerId, "customerId");
    requireNonNull(role, "role");
    Optional<GroupError> refusal =
        staleOr(expectedVersion)
            .or(() -> member(customerId).map(found -> new GroupError.AlreadyMember(id, customerId)))
            .or(() -> roleRefusal(customerId, role))
            .or(() -> primaryRefusal(primary));
    if (refusal.isPresent()) {
      return Either.left(refusal.get());
    }
    List<GroupMember> next = new ArrayList<>(members);
    next.add(new GroupMember(customerId, role, primary));
    return Either.right(
        changed(
            next,
            name,
            now,
            new GroupEvent.MemberAdded(id, version + 1, customerId, role, primary, actor, now)));
  }

  /**
   * Removes a customer from the group; if the group was the customer's primary group, the customer
   * then has none.
   *
   * @param expectedVersion the version the caller saw
   * @param customerId the member
   * @param actor who removes the member
   * @param now when
   * @return the update with a {@code MemberRemoved} event, or {@code VersionConflict} or {@code
   *     NotAMember}
   */
  public Either<GroupError, GroupUpdate> removeMember(
      long expectedVersion, CustomerId customerId, Actor actor, Instant now) {
    requireNonNull(customerId, "customerId");
    Optional<GroupError> refusal = staleOr(expectedVersion).or(() -> absent(customerId));
    if (refusal.isPresent()) {
      return Either.left(refusal.get());
    }
    List<GroupMember> next = new ArrayList<>(members);
    next.removeIf(member -> member.customerId().equals(customerId));
    return Either.right(
        changed(
            next, name, now, new GroupEvent.MemberRemoved(id, version + 1, customerId, actor, now)));
  }

  /**
   * Gives a member another role.
   *
   * @param expectedVersion the version the caller saw
   * @param customerId the member
   * @param role the new role
   * @param actor who changes it
   * @param now when
   * @return the update with a {@code MemberRoleChanged} event, or {@code VersionConflict}, {@code
   *     NotAMember}, {@code Unchanged}, {@code RoleNotAllowed} or {@code RoleTaken}
   */
  public Either<GroupError, GroupUpdate> changeRole(
      long expectedVersion, CustomerId customerId, MemberRole role, Actor actor, Instant now) {
    requireNonNull(customerId, "customerId");
    requireNonNull(role, "role");
    Optional<GroupError> refusal = staleOr(expectedVersion).or(() -> absent(customerId));
    if (refusal.isPresent()) {
      return Either.left(refusal.get());
    }
    GroupMember current = member(customerId).orElseThrow();
    if (current.role() == role) {
      return Either.left(new GroupError.Unchanged(id));
    }
    Optional<GroupError> roleRefusal = roleRefusal(customerId, role);
    if (roleRefusal.isPresent()) {
      return Either.left(roleRefusal.get());
    }
    return Either.right(
        changed(
            replaced(customerId, member -> member.withRole(role)),
            name,
            now,
            new GroupEvent.MemberRoleChanged(
                id, version + 1, customerId, current.role(), role, actor, now)));
  }

  /**
   * Makes this group a member's primary group for roll-ups, or stops it being one. The port refuses to
   * make it primary if the customer is primary in another group.
   *
   * @param expectedVersion the version the caller saw
   * @param customerId the member
   * @param primary the new flag
   * @param actor who changes it
   * @param now when
   * @return the update with a {@code PrimaryGroupChanged} event, or {@code VersionConflict}, {@code
   *     NotAMember}, {@code PrimaryNotAllowed} or {@code Unchanged}
   */
  public Either<GroupError, GroupUpdate> changePrimary(
      long expectedVersion, CustomerId customerId, boolean primary, Actor actor, Instant now) {
    requireNonNull(customerId, "customerId");
    Optional<GroupError> refusal =
        staleOr(expectedVersion).or(() -> absent(customerId)).or(() -> primaryRefusal(primary));
    if (refusal.isPresent()) {
      return Either.left(refusal.get());
    }
    if (member(customerId).orElseThrow().primary() == primary) {
      return Either.left(new GroupError.Unchanged(id));
    }
    return Either.right(
        changed(
            replaced(customerId, member -> member.withPrimary(primary)),
            name,
            now,
            new GroupEvent.PrimaryGroupChanged(id, version + 1, customerId, primary, actor, now)));
  }

  /**
   * Renames the group.
   *
   * @param expectedVersion the version the caller saw
   * @param newName the new name, 1 to {@value #MAX_NAME} characters
   * @param actor who renames it
   * @param now when
   * @return the update with a {@code GroupRenamed} event, or {@code VersionConflict}, {@code
   *     InvalidGroupData} or {@code Unchanged}
   */
  public Either<GroupError, GroupUpdate> rename(
      long expectedVersion, String newName, Actor actor, Instant now) {
    Optional<GroupError> stale = staleOr(expectedVersion);
    if (stale.isPresent()) {
      return Either.left(stale.get());
    }
    Validation<FieldError, String> checked = validName(newName);
    if (checked.isInvalid()) {
      return Either.left(new GroupError.InvalidGroupData(List.of(checked.getError().under("name"))));
    }
    if (checked.get().equals(name)) {
      return Either.left(new GroupError.Unchanged(id));
    }
    return Either.right(
        changed(members, checked.get(), now, new GroupEvent.GroupRenamed(id, version + 1, actor, now)));
  }

  /**
   * The member entry of a customer.
   *
   * @param customerId the customer
   * @return the entry, or empty if the customer is not a member
   */
  public Optional<GroupMember> member(CustomerId customerId) {
    for (GroupMember member : members) {
      if (member.customerId().equals(customerId)) {
        return Optional.of(member);
      }
    }
    return Optional.empty();
  }

  /**
   * The customers for whom this group is the primary group.
   *
   * @return the customer numbers, in order
   */
  public List<CustomerId> primaryMembers() {
    return members.stream().filter(GroupMember::primary).map(GroupMember::customerId).toList();
  }

  /**
   * Numbers, type, unit, version and member count; never the name.
   *
   * @return the description
   */
  @Override
  public String toString() {
    return "Group[id=" + id + ", type=" + type + ", version=" + version + ", owningUnit=" + owningUnit
        + ", members=" + members.size() + "]";
  }

  private static Validation<FieldError, String> validName(String name) {
    return TextInput.required(name, MAX_NAME);
  }

  private Optional<GroupError> staleOr(long expectedVersion) {
    return expectedVersion == version
        ? Optional.empty()
        : Optional.of(new GroupError.VersionConflict(id, expectedVersion, version));
  }

  private Optional<GroupError> absent(CustomerId customerId) {
    return member(customerId).isPresent()
        ? Optional.empty()
        : Optional.of(new GroupError.NotAMember(id, customerId));
  }

  private Optional<GroupError> roleRefusal(CustomerId customerId, MemberRole role) {
    if (!type.allows(role)) {
      return Optional.of(new GroupError.RoleNotAllowed(type, role));
    }
    if (type.isSingle(role)) {
      for (GroupMember member : members) {
        if (member.role() == role && !member.customerId().equals(customerId)) {
          return Optional.of(new GroupError.RoleTaken(id, role, member.customerId()));
        }
      }
    }
    return Optional.empty();
  }

  private Optional<GroupError> primaryRefusal(boolean primary) {
    return primary && !type.canBePrimary()
        ? Optional.of(new GroupError.PrimaryNotAllowed(type))
        : Optional.empty();
  }

  private List<GroupMember> replaced(CustomerId customerId, UnaryOperator<GroupMember> change) {
    return members.stream()
        .map(member -> member.customerId().equals(customerId) ? change.apply(member) : member)
        .toList();
  }

  private GroupUpdate changed(List<GroupMember> next, String nextName, Instant now, GroupEvent event) {
    return new GroupUpdate(
        new Group(id, version + 1, type, nextName, owningUnit, next, createdAt, now), List.of(event));
  }
}
