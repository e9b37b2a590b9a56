package io.github.bankcrm.core.lifecycle;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A customer's total balance on one day, in the bank's reporting currency: one point of the balance
 * history that trends are computed from.
 *
 * @param day the day
 * @param total the total of deposit, wealth and other asset balances; never negative
 */
public record BalancePoint(LocalDate day, BigDecimal total) {

  public BalancePoint {
    requireNonNull(day, "day");
    requireNonNull(total, "total");
    if (total.signum() < 0) {
      throw new IllegalArgumentException("a total balance is never negative");
    }
  }
}
