package io.github.bankcrm.core.interaction;

import io.github.bankcrm.core.customer.CustomerId;
import io.github.bankcrm.core.organization.AccessScope;
import io.vavr.control.Either;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The port to the store of contact records. Every adapter passes the same contract tests ({@code
 * InteractionsContract} in the crm-core test-jar).
 *
 * <p><b>Access scope.</b> An interaction is visible if its customer is visible in the caller's {@link
 * AccessScope}; to other callers it does not exist.
 *
 * <p><b>Atomicity and locking.</b> {@link #save} stores the new state only if the stored version is the
 * one the update was based on; otherwise it returns a {@link InteractionError.VersionConflict} and
 * stores nothing.
 *
 * <p>Infrastructure failures are thrown as {@link io.github.bankcrm.core.shared.CrmStorageException}.
 */
public interface Interactions {

  /**
   * Saves an update: a new record (version 1) or a change (version n + 1 over stored version n).
   *
   * @param scope the caller's scope
   * @param update the update
   * @return the saved interaction, or {@code VersionConflict}, {@code InteractionNotFound} (a change of
   *     an interaction not in scope) or {@code CustomerNotFound} (a new record for a customer not in
   *     scope)
   */
  Either<InteractionError, Interaction> save(AccessScope scope, InteractionUpdate update);

  /**
   * The interaction with this number.
   *
   * @param scope the caller's scope
   * @param id the number
   * @return the interaction, if it exists and its customer is in the scope
   */
  Optional<Interaction> findById(AccessScope scope, InteractionId id);

  /**
   * A customer's contacts that took place in a period, oldest first (ties by number).
   *
   * @param scope the caller's scope
   * @param customerId the customer
   * @param from the first instant of the period, included
   * @param until the end of the period, excluded
   * @return the interactions; empty if the customer is not in the scope
   * @throws IllegalArgumentException if {@code until} is before {@code from}
   */
  List<Interaction> ofCustomer(AccessScope scope, CustomerId customerId, Instant from, Instant until);

  /**
   * A customer's complaints that are received or in progress, oldest first.
   *
   * @param scope the caller's scope
   * @param customerId the customer
   * @return the open complaints; empty if the customer is not in the scope
   */
  List<Interaction> openComplaints(AccessScope scope, CustomerId customerId);
}
