package io.github.bankcrm.core.customer;

import io.github.bankcrm.core.identity.IdentityDocumentKey;
import io.github.bankcrm.core.identity.UnifiedSocialCreditCode;
import io.github.bankcrm.core.organization.AccessScope;
import io.github.bankcrm.core.shared.Page;
import io.github.bankcrm.core.shared.PageRequest;
import io.vavr.control.Either;
import java.util.List;
import java.util.Optional;

/**
 * The port to the customer store. Every adapter (in-memory, H2, PostgreSQL) passes the same contract
 * tests ({@code CustomersContract} in the crm-core test-jar).
 *
 * <p><b>Access scope.</b> Every method takes the caller's {@link AccessScope}; a customer owned by a
 * unit outside it is never returned and cannot be saved: to such a caller it does not exist.
 *
 * <p><b>Atomicity and locking.</b> {@link #save} stores the new state and its change record together
 * or not at all, and only if the stored version is the one the update was based on; otherwise it
 * returns a {@link CustomerError.VersionConflict} and stores nothing. It never overwrites.
 *
 * <p><b>Uniqueness.</b> No two customers hold the same identity document ({@link IdentityDocumentKey})
 * or the same Unified Social Credit Code, across all units.
 *
 * <p>Infrastructure failures are thrown as {@link io.github.bankcrm.core.shared.CrmStorageException}.
 */
public interface Customers {

  /**
   * Saves an update: a registration (version 1) or a change (version n + 1 over stored version n).
   *
   * @return the saved customer, or {@code VersionConflict}, {@code DuplicateIdentity},
   *     {@code CustomerNotFound} (a change of a customer not in scope) or {@code OutsideAccessScope}
   *     (the new owning unit is not in scope)
   */
  Either<CustomerError, Customer> save(AccessScope scope, CustomerUpdate update);

  /** The customer with this number, if it exists in the scope. */
  Optional<Customer> findById(AccessScope scope, CustomerId id);

  /** The customer holding this identity document, if in the scope. */
  Optional<Customer> findByIdentityDocument(AccessScope scope, IdentityDocumentKey document);

  /** The company with this Unified Social Credit Code, if in the scope. */
  Optional<Customer> findByCreditCode(AccessScope scope, UnifiedSocialCreditCode creditCode);

  /** One page of the customers in the scope that match, in customer-number order. */
  Page<Customer> search(AccessScope scope, CustomerSearch search, PageRequest page);

  /** The change history of a customer in the scope, oldest first; empty if not in the scope. */
  List<CustomerChangeRecord> changes(AccessScope scope, CustomerId id);
}
