package io.github.bankcrm.core.warning;

import io.github.bankcrm.core.customer.CustomerId;
import io.github.bankcrm.core.organization.AccessScope;
import io.github.bankcrm.core.shared.Page;
import io.github.bankcrm.core.shared.PageRequest;
import io.vavr.control.Either;
import java.util.List;
import java.util.Optional;

/**
 * The port to the store of early warnings. Every adapter passes the same contract tests ({@code
 * WarningsContract} in the crm-core test-jar).
 *
 * <p><b>Access scope.</b> A warning is visible if its customer is visible in the caller's {@link
 * AccessScope}; to other callers it does not exist.
 *
 * <p><b>One open warning per customer.</b> A warning gathers every factor of its customer, so "no
 * duplicate open warning for the same customer and factor" means one open warning per customer: {@link
 * #save} refuses to store a new warning while the customer has an open one ({@link
 * WarningError.OpenWarningExists}), atomically — of two concurrent evaluations raising one, exactly one
 * succeeds. The other re-assesses the open warning, found with {@link #findOpen}.
 *
 * <p><b>Atomicity and locking.</b> {@link #save} stores the new state with its whole log only if the
 * stored version is the one the update was based on; otherwise {@link WarningError.VersionConflict}, and
 * nothing is stored.
 *
 * <p>Infrastructure failures are thrown as {@link io.github.bankcrm.core.shared.CrmStorageException}.
 */
public interface Warnings {

  /**
   * Saves an update: a raise (version 1) or a step (version n + 1 over stored version n).
   *
   * @param scope the caller's scope
   * @param update the update
   * @return the saved warning, or {@code VersionConflict}, {@code OpenWarningExists}, {@code
   *     WarningNotFound} (a step on a warning not in scope) or {@code CustomerNotFound} (a raise for a
   *     customer not in scope)
   */
  Either<WarningError, EarlyWarning> save(AccessScope scope, WarningUpdate update);

  /**
   * The warning with this number.
   *
   * @param scope the caller's scope
   * @param id the number
   * @return the warning, if it exists and its customer is in the scope
   */
  Optional<EarlyWarning> findById(AccessScope scope, WarningId id);

  /**
   * The customer's open warning: the one a re-evaluation updates.
   *
   * @param scope the caller's scope
   * @param customerId the customer
   * @return the warning that is neither resolved nor lost, if any and the customer is in the scope
   */
  Optional<EarlyWarning> findOpen(AccessScope scope, CustomerId customerId);

  /**
   * Every warning of a customer, open and closed, oldest first.
   *
   * @param scope the caller's scope
   * @param customerId the customer
   * @return the warnings; empty if the customer is not in the scope
   */
  List<EarlyWarning> ofCustomer(AccessScope scope, CustomerId customerId);

  /**
   * One page of the open warnings in the scope, in warning-number order: the escalation job's work list.
   *
   * @param scope the caller's scope
   * @param page the page
   * @return the page
   */
  Page<EarlyWarning> open(AccessScope scope, PageRequest page);
}
