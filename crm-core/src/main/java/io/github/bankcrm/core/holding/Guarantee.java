package io.github.bankcrm.core.holding;

import static java.util.Objects.requireNonNull;

import io.github.bankcrm.core.customer.CustomerId;
import io.github.bankcrm.core.shared.Money;

/**
 * A guarantee [保证] of a loan contract by another customer, up to an amount.
 *
 * @param guarantor the guarantor, a customer other than the borrower
 * @param type joint and several, or general
 * @param amount the most the guarantor answers for, greater than zero, in the contract's currency and
 *     not above the contract amount
 */
public record Guarantee(CustomerId guarantor, GuaranteeType type, Money amount) {

  public Guarantee {
    requireNonNull(guarantor, "guarantor");
    requireNonNull(type, "type");
    requireNonNull(amount, "amount");
    if (amount.amount().signum() <= 0) {
      throw new IllegalArgumentException("a guaranteed amount is greater than zero");
    }
  }
}
