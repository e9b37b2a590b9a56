package io.github.bankcrm.core.relationship;

import io.github.bankcrm.core.customer.CustomerId;
import io.github.bankcrm.core.organization.AccessScope;
import io.vavr.control.Either;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The port to the store of customer-to-customer relationships. Every adapter (in-memory, H2,
 * PostgreSQL) passes the same contract tests ({@code RelationshipsContract} in the crm-core test-jar).
 *
 * <p><b>Access scope.</b> Every method takes the caller's {@link AccessScope} first. A relationship is
 * visible when <em>at least one</em> of its two customers is in the scope: a Beijing relationship
 * manager must see that a Beijing customer is guaranteed by, or owned by, a customer of another branch
 * — that is what credit risk needs. Such a relationship names the other customer by its customer number
 * only; numbers are not personal data, and the other customer's data stays behind the {@code Customers}
 * port, which refuses it to this caller. A relationship neither of whose customers is in the scope does
 * not exist for the caller. Recording a new relationship needs <em>both</em> customers in the scope (the
 * kinds must be checked, and a branch must not link customers it cannot see); changing or ending one
 * needs one.
 *
 * <p><b>Atomicity and locking.</b> {@link #save} stores the new state only if the stored version is the
 * one the update was based on; otherwise it returns a {@link RelationshipError.VersionConflict} and
 * stores nothing. It never overwrites.
 *
 * <p><b>Rules across relationships.</b> In the same atomic step, {@link #save} applies {@link
 * RelationshipRules#fitsAmong} against the stored relationships of both customers: no active duplicate,
 * and no company owned more than 100 % on any day. Of two concurrent saves that together would break a
 * rule, exactly one succeeds. The check counts relationships outside the caller's scope too; its error
 * names only numbers and totals.
 *
 * <p>Infrastructure failures are thrown as {@link io.github.bankcrm.core.shared.CrmStorageException}.
 */
public interface Relationships {

  /**
   * Saves an update: a new relationship (version 1) or a change (version n + 1 over stored version n).
   * The customers, type and kinds of a stored relationship never change.
   *
   * @param scope the caller's scope
   * @param update the update to store
   * @return the saved relationship, or {@code VersionConflict}, {@code RelationshipNotFound} (a change
   *     of a relationship not visible), {@code CustomerNotFound} (a new relationship with a customer not
   *     in scope), {@code DuplicateRelationship} or {@code OwnershipExceeded}
   * @throws IllegalArgumentException if the update changes the customers, type or kinds of the stored
   *     relationship
   */
  Either<RelationshipError, Relationship> save(AccessScope scope, RelationshipUpdate update);

  /**
   * The relationship with this number.
   *
   * @param scope the caller's scope
   * @param id the relationship number
   * @return the relationship, if it exists and one of its customers is in the scope
   */
  Optional<Relationship> findById(AccessScope scope, RelationshipId id);

  /**
   * The relationships of a customer, in both directions, in relationship-number order.
   *
   * @param scope the caller's scope
   * @param customerId the customer
   * @param activeOnly {@code true} for active relationships only (whatever their period), {@code false}
   *     for ended ones too
   * @return the relationships; empty if the customer is not in the scope
   */
  List<Relationship> of(AccessScope scope, CustomerId customerId, boolean activeOnly);

  /**
   * Every relationship that counts on a day ({@link Relationship#isEffectiveOn}) and is visible, in
   * relationship-number order: the input of a {@link RelationshipGraph}. System jobs pass {@link
   * AccessScope#unrestricted()} for the bank-wide graph; a branch-scoped graph holds only the
   * relationships that touch the branch's customers, so chains that run entirely through other
   * branches are missing from its views.
   *
   * @param scope the caller's scope
   * @param day the day
   * @return the relationships
   */
  List<Relationship> effectiveOn(AccessScope scope, LocalDate day);
}
