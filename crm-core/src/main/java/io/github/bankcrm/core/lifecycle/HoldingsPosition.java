package io.github.bankcrm.core.lifecycle;

import static java.util.Objects.requireNonNull;

import io.github.bankcrm.core.customer.CustomerId;
import io.github.bankcrm.core.holding.AccountId;
import io.github.bankcrm.core.holding.LoanContractId;
import java.util.List;

/**
 * What a customer holds now, as far as lifecycle guards care: the IDs of the open accounts and of the
 * loans with principal outstanding. IDs only, never account numbers: they end up in error messages.
 *
 * @param customerId the customer
 * @param openAccountIds the open accounts, by account ID, in ID order
 * @param outstandingLoanIds the loan contracts with an outstanding balance, by contract ID, in ID order
 */
public record HoldingsPosition(
    CustomerId customerId, List<AccountId> openAccountIds, List<LoanContractId> outstandingLoanIds) {

  public HoldingsPosition {
    requireNonNull(customerId, "customerId");
    openAccountIds = openAccountIds.stream().sorted().toList();
    outstandingLoanIds = outstandingLoanIds.stream().sorted().toList();
  }

  /**
   * A customer who holds nothing.
   *
   * @param customerId the customer
   * @return the empty position
   */
  public static HoldingsPosition nothing(CustomerId customerId) {
    return new HoldingsPosition(customerId, List.of(), List.of());
  }

  /**
   * Whether any account is open or any loan outstanding.
   *
   * @return whether the customer holds anything
   */
  public boolean holdsAnything() {
    return !openAccountIds.isEmpty() || !outstandingLoanIds.isEmpty();
  }
}
