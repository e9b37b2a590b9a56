package io.github.bankcrm.core.holding;

import io.github.bankcrm.core.customer.CustomerId;
import io.github.bankcrm.core.organization.AccessScope;
import io.github.bankcrm.core.organization.RelationshipManagerId;
import io.vavr.control.Either;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The port to the store of customers' service assignment histories: who served which customer when.
 * Every adapter passes the same contract tests ({@code ServiceAssignmentsContract} in the crm-core
 * test-jar).
 *
 * <p><b>Access scope.</b> A history is visible to a scope that can see its customer (asked of the
 * customer store at the time of the call). A save may only assign a customer to a unit in the scope.
 *
 * <p><b>Atomicity and locking.</b> {@link #save} stores the new history only over the version the
 * update was based on; otherwise {@link HoldingError.VersionConflict}, and nothing is stored.
 *
 * <p>Infrastructure failures are thrown as {@link io.github.bankcrm.core.shared.CrmStorageException}.
 */
public interface ServiceAssignments {

  /**
   * Saves an update: a start (version 1) or a change (version n + 1 over stored version n).
   *
   * @param scope the caller's scope
   * @param update the update
   * @return the saved history, or {@code VersionConflict}, {@code CustomerNotFound} (the customer is
   *     not in scope) or {@code OutsideAccessScope} (a new assignment names a unit outside the scope)
   */
  Either<HoldingError, AssignmentHistory> save(AccessScope scope, AssignmentUpdate update);

  /**
   * The whole assignment history of a customer.
   *
   * @param scope the caller's scope
   * @param customerId the customer
   * @return the history, or empty if there is none or the customer is not in the scope
   */
  Optional<AssignmentHistory> historyOf(AccessScope scope, CustomerId customerId);

  /**
   * The customer's current assignment: the serving unit and manager now.
   *
   * @param scope the caller's scope
   * @param customerId the customer
   * @return the assignment, or empty if nobody serves the customer or it is not in the scope
   */
  Optional<ServiceAssignment> currentAssignment(AccessScope scope, CustomerId customerId);

  /**
   * The customers a relationship manager served on a day, for performance attribution.
   *
   * @param scope the caller's scope
   * @param manager the manager
   * @param day the day
   * @return the customers in the scope whose assignment that day names the manager, in number order
   */
  List<CustomerId> customersServedBy(AccessScope scope, RelationshipManagerId manager, LocalDate day);
}
