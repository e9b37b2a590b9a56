package io.github.bankcrm.core.holding;

import io.github.bankcrm.core.customer.CustomerId;
import io.github.bankcrm.core.organization.AccessScope;
import io.vavr.control.Either;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The port to the store of accounts. Every adapter (in-memory, H2, PostgreSQL) passes the same contract
 * tests ({@code AccountsContract} in the crm-core test-jar).
 *
 * <p><b>Access scope.</b> Every method takes the caller's {@link AccessScope} first. Accounts belong to
 * customers, so visibility follows the customers (asked of the customer store at the time of the call):
 * an account is visible to a scope that can see at least one of its holders; to other callers it does
 * not exist. Queries by customer answer only for a customer in the scope.
 *
 * <p><b>Atomicity and locking.</b> {@link #save} stores the new state only if the stored version is
 * the one the update was based on; otherwise it returns a {@link HoldingError.VersionConflict} and
 * stores nothing. An account number is held by one account at most, across all units.
 *
 * <p>Infrastructure failures are thrown as {@link io.github.bankcrm.core.shared.CrmStorageException}.
 */
public interface Accounts {

  /**
   * Saves an update: an opening (version 1) or a change (version n + 1 over stored version n).
   *
   * @param scope the caller's scope
   * @param update the update
   * @return the saved account, or {@code VersionConflict}, {@code AccountNotFound} (a change of an
   *     account not in scope), {@code CustomerNotFound} (a new holder is not a customer in scope) or
   *     {@code DuplicateAccountNumber}
   * @throws IllegalArgumentException if the update changes the number, product type or currency of
   *     the stored account
   */
  Either<HoldingError, Account> save(AccessScope scope, AccountUpdate update);

  /**
   * The account with this library number.
   *
   * @param scope the caller's scope
   * @param id the number
   * @return the account, if it exists and a holder is in the scope
   */
  Optional<Account> findById(AccessScope scope, AccountId id);

  /**
   * The account with this bank account or card number.
   *
   * @param scope the caller's scope
   * @param number the account number
   * @return the account, if it exists and a holder is in the scope
   */
  Optional<Account> findByNumber(AccessScope scope, AccountNumber number);

  /**
   * Every account a customer holds, in any role, open or closed, in account-number order.
   *
   * @param scope the caller's scope
   * @param customerId the customer
   * @return the accounts; empty if the customer is not in the scope
   */
  List<Account> heldBy(AccessScope scope, CustomerId customerId);

  /**
   * The customer's balance summary on a day, computed from {@link #heldBy} with {@link
   * BalanceSummary#of}: owned and jointly owned accounts, each in full.
   *
   * @param scope the caller's scope
   * @param customerId the customer
   * @param asOf the day
   * @return the summary; empty (no lines) if the customer holds nothing or is not in the scope
   */
  BalanceSummary balanceSummary(AccessScope scope, CustomerId customerId, LocalDate asOf);
}
