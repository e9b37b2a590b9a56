package io.github.bankcrm.core.holding;

import static java.util.Objects.requireNonNull;

import io.github.bankcrm.core.shared.Money;

/**
 * One line of a balance summary: the total balance of one product type in one currency.
 *
 * @param productType the product family
 * @param balance the summed balance, in one currency; never negative
 */
public record BalanceLine(ProductType productType, Money balance) {

  public BalanceLine {
    requireNonNull(productType, "productType");
    requireNonNull(balance, "balance");
    if (balance.isNegative()) {
      throw new IllegalArgumentException("a balance line is never negative");
    }
  }
}
