package io.github.bankcrm.core.inmemory;

import static java.util.Objects.requireNonNull;

import io.github.bankcrm.core.customer.CustomerId;
import io.github.bankcrm.core.customer.Customers;
import io.github.bankcrm.core.group.Group;
import io.github.bankcrm.core.group.GroupError;
import io.github.bankcrm.core.group.GroupId;
import io.github.bankcrm.core.group.GroupMember;
import io.github.bankcrm.core.group.GroupType;
import io.github.bankcrm.core.group.GroupUpdate;
import io.github.bankcrm.core.group.Groups;
import io.github.bankcrm.core.organization.AccessScope;
import io.github.bankcrm.core.shared.Nullable;
import io.github.bankcrm.core.shared.Page;
import io.github.bankcrm.core.shared.PageRequest;
import io.vavr.control.Either;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * {@link Groups} in memory: the embedded default for tests and demos. Thread-safe; a save checks
 * version, scope, new members and the one-primary-group rule and applies under one write lock, so it is
 * atomic like a database transaction. Nothing survives the JVM.
 *
 * <p>Which customers a caller can see is asked of the {@link Customers} store the groups belong to, at
 * the time of the call, so a customer moved to another branch disappears from the old branch's member
 * lists at once.
 */
public final class InMemoryGroups implements Groups {

  private final GuardedStore store;
  private final TreeMap<GroupId, Group> groups = new TreeMap<>();
  private final Map<CustomerId, GroupId> primaryGroups = new HashMap<>();

  /**
   * An empty store.
   *
   * @param customers the customers the members are, to decide which members a caller can see
   */
  public InMemoryGroups(Customers customers) {
    this.store = new GuardedStore(customers);
  }

  @Override
  public Either<GroupError, Group> save(AccessScope scope, GroupUpdate update) {
    requireNonNull(scope, "scope");
    Group next = requireNonNull(update, "update").group();
    return store.write(
        () -> {
          Group stored = groups.get(next.id());
          Optional<GroupError> refusal = refusal(scope, update, stored);
          if (refusal.isPresent()) {
            return Either.left(refusal.get());
          }
          if (stored != null) {
            stored.primaryMembers().forEach(primaryGroups::remove);
          }
          next.primaryMembers().forEach(customer -> primaryGroups.put(customer, next.id()));
          groups.put(next.id(), next);
          return Either.right(next);
        });
  }

  private Optional<GroupError> refusal(AccessScope scope, GroupUpdate update, @Nullable Group stored) {
    Group next = update.group();
    if (stored == null && !update.isCreation()) {
      return Optional.of(new GroupError.GroupNotFound(next.id()));
    }
    if (stored != null && !update.isCreation() && !scope.canSee(stored.owningUnit())) {
      return Optional.of(new GroupError.GroupNotFound(next.id()));
    }
    long storedVersion = stored == null ? 0 : stored.version();
    if (storedVersion != update.expectedStoredVersion()) {
      return Optional.of(
          new GroupError.VersionConflict(next.id(), update.expectedStoredVersion(), storedVersion));
    }
    if (stored != null && stored.type() != next.type()) {
      throw new IllegalArgumentException("an update cannot change the type of a group");
    }
    if (!scope.canSee(next.owningUnit())) {
      return Optional.of(new GroupError.OutsideAccessScope(next.owningUnit()));
    }
    Set<CustomerId> before = new HashSet<>();
    if (stored != null) {
      stored.members().forEach(member -> before.add(member.customerId()));
    }
    for (GroupMember member : next.members()) {
      if (!before.contains(member.customerId())
          && !store.canSeeCustomer(scope, member.customerId())) {
        return Optional.of(new GroupError.MemberNotFound(member.customerId()));
      }
      GroupId primaryElsewhere = primaryGroups.get(member.customerId());
      if (member.primary() && primaryElsewhere != null && !primaryElsewhere.equals(next.id())) {
        return Optional.of(new GroupError.PrimaryGroupTaken(member.customerId()));
      }
    }
    return Optional.empty();
  }

  @Override
  public Optional<Group> findById(AccessScope scope, GroupId id) {
    requireNonNull(scope, "scope");
    requireNonNull(id, "id");
    return store.read(() -> visible(scope, groups.get(id)));
  }

  @Override
  public Page<GroupMember> members(AccessScope scope, GroupId id, PageRequest page) {
    requireNonNull(page, "page");
    List<GroupMember> all = findById(scope, id).map(Group::members).orElse(List.of());
    List<GroupMember> shown =
        all.stream().filter(member -> store.canSeeCustomer(scope, member.customerId())).toList();
    return new Page<>(
        shown.stream().skip(page.offset()).limit(page.limit()).toList(), shown.size(), page);
  }

  @Override
  public Page<Group> list(AccessScope scope, @Nullable GroupType type, PageRequest page) {
    requireNonNull(scope, "scope");
    requireNonNull(page, "page");
    return store.read(
        () -> {
            List<Group> matches =
                groups.values().stream()
                    .filter(group -> scope.canSee(group.owningUnit()))
                    .filter(group -> type == null || group.type() == type)
                    .toList();
            return new Page<>(
                matches.stream().skip(page.offset()).limit(page.limit()).toList(),
                matches.size(),
                page);
        });
  }

  @Override
  public List<Group> groupsOf(AccessScope scope, CustomerId customerId) {
    requireNonNull(scope, "scope");
    requireNonNull(customerId, "customerId");
    if (!store.canSeeCustomer(scope, customerId)) {
      return List.of();
    }
    return store.read(
        () ->
            groups.values().stream()
                .filter(group -> scope.canSee(group.owningUnit()))
                .filter(group -> group.member(customerId).isPresent())
                .toList());
  }

  @Override
  public Optional<Group> primaryGroupOf(AccessScope scope, CustomerId customerId) {
    requireNonNull(scope, "scope");
    requireNonNull(customerId, "customerId");
    if (!store.canSeeCustomer(scope, customerId)) {
      return Optional.empty();
    }
    return store.read(
        () -> {
            GroupId primary = primaryGroups.get(customerId);
            return primary == null ? Optional.empty() : visible(scope, groups.get(primary));
        });
  }

  private static Optional<Group> visible(AccessScope scope, @Nullable Group group) {
    return Optional.ofNullable(group).filter(g -> scope.canSee(g.owningUnit()));
  }

}
