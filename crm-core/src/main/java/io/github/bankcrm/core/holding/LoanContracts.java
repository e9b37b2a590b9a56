package io.github.bankcrm.core.holding;

import io.github.bankcrm.core.customer.CustomerId;
import io.github.bankcrm.core.organization.AccessScope;
import io.vavr.control.Either;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The port to the store of loan contracts. Every adapter passes the same contract tests ({@code
 * LoanContractsContract} in the crm-core test-jar).
 *
 * <p><b>Access scope.</b> A contract is visible to a scope that can see its borrower or one of its
 * guarantors (asked of the customer store at the time of the call); to other callers it does not
 * exist. Queries by customer answer only for a customer in the scope.
 *
 * <p><b>Atomicity and locking.</b> {@link #save} stores the new state only over the version the update
 * was based on; otherwise {@link HoldingError.VersionConflict}, and nothing is stored.
 *
 * <p>Infrastructure failures are thrown as {@link io.github.bankcrm.core.shared.CrmStorageException}.
 */
public interface LoanContracts {

  /**
   * Saves an update: a signing (version 1) or a change (version n + 1 over stored version n).
   *
   * @param scope the caller's scope
   * @param update the update
   * @return the saved contract, or {@code VersionConflict}, {@code LoanContractNotFound} (a change of a
   *     contract not in scope) or {@code CustomerNotFound} (the borrower of a new contract, or a new
   *     guarantor, is not a customer in scope)
   * @throws IllegalArgumentException if the update changes the borrower, amount or term of the stored
   *     contract
   */
  Either<HoldingError, LoanContract> save(AccessScope scope, LoanContractUpdate update);

  /**
   * The contract with this number.
   *
   * @param scope the caller's scope
   * @param id the number
   * @return the contract, if it exists and its borrower or a guarantor is in the scope
   */
  Optional<LoanContract> findById(AccessScope scope, LoanContractId id);

  /**
   * The contracts a customer borrows under, active and settled, in contract-number order: the guard
   * "no relationship is closed while a loan is outstanding" reads {@link LoanContract#hasOutstanding}
   * on them.
   *
   * @param scope the caller's scope
   * @param customerId the borrower
   * @return the contracts; empty if the customer is not in the scope
   */
  List<LoanContract> ofBorrower(AccessScope scope, CustomerId customerId);

  /**
   * The contracts a customer guarantees, in contract-number order.
   *
   * @param scope the caller's scope
   * @param customerId the guarantor
   * @return the contracts; empty if the customer is not in the scope
   */
  List<LoanContract> ofGuarantor(AccessScope scope, CustomerId customerId);

  /**
   * The customer's credit exposure, computed with {@link CreditExposure#of} from {@link #ofBorrower}
   * and {@link #ofGuarantor}.
   *
   * @param scope the caller's scope
   * @param customerId the customer
   * @param asOf the day
   * @return the exposure; no items if the customer owes and guarantees nothing or is not in the scope
   */
  CreditExposure creditExposure(AccessScope scope, CustomerId customerId, LocalDate asOf);
}
