package io.github.bankcrm.core.holding;

import static java.util.Objects.requireNonNull;

import io.github.bankcrm.core.customer.CustomerId;

/**
 * A customer tied to an account, and how.
 *
 * @param customerId the customer
 * @param role the customer's role on the account
 */
public record AccountHolder(CustomerId customerId, OwnershipRole role) {

  public AccountHolder {
    requireNonNull(customerId, "customerId");
    requireNonNull(role, "role");
  }
}
