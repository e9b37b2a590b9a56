package io.github.bankcrm.examples.bank;

import static java.util.Objects.requireNonNull;

import io.github.bankcrm.core.holding.LoanContractId;
import io.github.bankcrm.core.shared.Money;
import io.github.bankcrm.core.shared.Nullable;
import java.time.LocalDate;

/**
 * A loan of a synthetic customer: signed, drawn in full on its start day as one due bill, and what the
 * credit system reports of that bill on the business date.
 *
 * @param id the contract number; its due bill is numbered {@code id + "-1"}
 * @param amount the contract amount, drawn in full
 * @param startDate the day signed and drawn
 * @param dueDate the day the due bill is due
 * @param maturityDate the end of the contract
 * @param outstanding what is still owed
 * @param overdueSince the first overdue day, or {@code null} if the loan is performing
 */
public record SyntheticLoan(
    LoanContractId id,
    Money amount,
    LocalDate startDate,
    LocalDate dueDate,
    LocalDate maturityDate,
    Money outstanding,
    @Nullable LocalDate overdueSince) {

  /**
   * @throws NullPointerException if a required part is missing
   */
  public SyntheticLoan {
    requireNonNull(id, "id");
    requireNonNull(amount, "amount");
    requireNonNull(startDate, "startDate");
    requireNonNull(dueDate, "dueDate");
    requireNonNull(maturityDate, "maturityDate");
    requireNonNull(outstanding, "outstanding");
  }

  /**
   * Whether a payment is overdue on the business date.
   *
   * @return true if the loan is in arrears
   */
  public boolean isOverdue() {
    return overdueSince != null;
  }
}
