package io.github.bankcrm.core.lifecycle;

import io.github.bankcrm.core.customer.CustomerId;
import io.github.bankcrm.core.organization.AccessScope;
import io.github.bankcrm.core.shared.Nullable;
import io.github.bankcrm.core.shared.Page;
import io.github.bankcrm.core.shared.PageRequest;
import io.vavr.control.Either;
import java.util.Optional;

/**
 * The port to the store of customer lifecycles. Every adapter passes the same contract tests ({@code
 * LifecyclesContract} in the crm-core test-jar).
 *
 * <p><b>Access scope.</b> A lifecycle is visible if its customer is visible in the caller's {@link
 * AccessScope}; to other callers it does not exist.
 *
 * <p><b>Atomicity and locking.</b> {@link #save} stores the lifecycle with its whole log only if the
 * stored version is the one the update was based on; otherwise it returns a {@link
 * LifecycleError.VersionConflict} and stores nothing. A start over an existing lifecycle is a conflict
 * too: one lifecycle per customer.
 *
 * <p>Infrastructure failures are thrown as {@link io.github.bankcrm.core.shared.CrmStorageException}.
 */
public interface Lifecycles {

  /**
   * Saves an update: a start (version 1) or a move (version n + 1 over stored version n).
   *
   * @param scope the caller's scope
   * @param update the update
   * @return the saved lifecycle, or {@code VersionConflict} or {@code LifecycleNotFound} (the customer
   *     is not in the scope)
   */
  Either<LifecycleError, CustomerLifecycle> save(AccessScope scope, LifecycleUpdate update);

  /**
   * The lifecycle of a customer.
   *
   * @param scope the caller's scope
   * @param customerId the customer
   * @return the lifecycle with its log, if it exists and the customer is in the scope
   */
  Optional<CustomerLifecycle> find(AccessScope scope, CustomerId customerId);

  /**
   * One page of the lifecycles in the scope, in customer-number order.
   *
   * @param scope the caller's scope
   * @param stage only customers in this stage, or {@code null} for every stage
   * @param page the page
   * @return the page
   */
  Page<CustomerLifecycle> list(AccessScope scope, @Nullable LifecycleStage stage, PageRequest page);
}
