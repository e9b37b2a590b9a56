package io.github.bankcrm.core.group;

import io.github.bankcrm.core.customer.CustomerId;
import io.github.bankcrm.core.organization.AccessScope;
import io.github.bankcrm.core.shared.Nullable;
import io.github.bankcrm.core.shared.Page;
import io.github.bankcrm.core.shared.PageRequest;
import io.vavr.control.Either;
import java.util.List;
import java.util.Optional;

/**
 * The port to the store of static groups. Every adapter (in-memory, H2, PostgreSQL) passes the same
 * contract tests ({@code GroupsContract} in the crm-core test-jar).
 *
 * <p><b>Access scope.</b> Every method takes the caller's {@link AccessScope} first. A group is visible
 * if the unit that owns it is in the scope; to other callers it does not exist. Members are customers,
 * and customers have their own owning units, so the port also filters members:
 *
 * <ul>
 *   <li>{@link #members} lists only the members the caller can see (customers owned by a unit in the
 *       scope); {@link #groupsOf} and {@link #primaryGroupOf} answer only for a customer the caller can
 *       see;
 *   <li>{@link #findById} returns the <em>whole</em> aggregate, every member's customer number included
 *       (numbers are not personal data): commands need every member to keep the group's invariants (one
 *       head per household) and a save replaces the whole member list, so a partial aggregate would drop
 *       the hidden members. Screens list members through {@link #members}.
 * </ul>
 *
 * <p><b>Atomicity and locking.</b> {@link #save} stores the new state only if the stored version is the
 * one the update was based on; otherwise it returns a {@link GroupError.VersionConflict} and stores
 * nothing. It never overwrites.
 *
 * <p><b>One primary group per customer.</b> A customer is flagged primary in one group at most, across
 * all groups and all units. {@link #save} refuses an update that would flag a customer primary while
 * another stored group has that flag ({@link GroupError.PrimaryGroupTaken}), atomically: of two
 * concurrent saves that flag the same customer in two groups, exactly one succeeds.
 *
 * <p>Infrastructure failures are thrown as {@link io.github.bankcrm.core.shared.CrmStorageException}.
 */
public interface Groups {

  /**
   * Saves an update: a creation (version 1) or a change (version n + 1 over stored version n).
   *
   * @param scope the caller's scope
   * @param update the update to store
   * @return the saved group, or {@code VersionConflict}, {@code GroupNotFound} (a change of a group not
   *     in scope), {@code OutsideAccessScope} (the owning unit is not in scope), {@code MemberNotFound}
   *     (an added member is not a customer in scope) or {@code PrimaryGroupTaken}
   */
  Either<GroupError, Group> save(AccessScope scope, GroupUpdate update);

  /**
   * The whole group, for commands; see the class comment on member visibility.
   *
   * @param scope the caller's scope
   * @param id the group number
   * @return the group, if it exists and its owning unit is in the scope
   */
  Optional<Group> findById(AccessScope scope, GroupId id);

  /**
   * One page of the members of a group that the caller can see, in customer-number order. The total
   * counts visible members only.
   *
   * @param scope the caller's scope
   * @param id the group number
   * @param page the page
   * @return the page; empty if the group is not in the scope
   */
  Page<GroupMember> members(AccessScope scope, GroupId id, PageRequest page);

  /**
   * One page of the groups in the scope, in group-number order.
   *
   * @param scope the caller's scope
   * @param type only groups of this type, or {@code null} for every type
   * @param page the page
   * @return the page
   */
  Page<Group> list(AccessScope scope, @Nullable GroupType type, PageRequest page);

  /**
   * The groups in the scope that a customer belongs to, in group-number order.
   *
   * @param scope the caller's scope
   * @param customerId the customer
   * @return the groups; empty if the customer is not in the scope
   */
  List<Group> groupsOf(AccessScope scope, CustomerId customerId);

  /**
   * The group a customer is primary in, the one roll-ups count the customer in.
   *
   * @param scope the caller's scope
   * @param customerId the customer
   * @return the group; empty if there is none, or the customer or the group is not in the scope
   */
  Optional<Group> primaryGroupOf(AccessScope scope, CustomerId customerId);
}
