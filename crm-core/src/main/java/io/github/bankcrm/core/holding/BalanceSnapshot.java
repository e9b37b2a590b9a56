package io.github.bankcrm.core.holding;

import static java.util.Objects.requireNonNull;

import io.github.bankcrm.core.shared.Money;
import java.time.LocalDate;

/**
 * The balance of an account at the end of one business day [日终余额], as the core banking system
 * reports it.
 *
 * @param date the business day
 * @param balance the balance; never negative (see {@link Account} for what it means per product)
 */
public record BalanceSnapshot(LocalDate date, Money balance) {

  public BalanceSnapshot {
    requireNonNull(date, "date");
    requireNonNull(balance, "balance");
    if (balance.isNegative()) {
      throw new IllegalArgumentException("a balance is never negative");
    }
  }
}
