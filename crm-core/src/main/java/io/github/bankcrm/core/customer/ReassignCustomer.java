package io.github.bankcrm.core.customer;

import static java.util.Objects.requireNonNull;

import io.github.bankcrm.core.shared.Nullable;

/**
 * Command: move a customer to another owning unit and/or relationship manager [客户移交].
 *
 * @param customerId the customer
 * @param expectedVersion the version the caller saw
 * @param owningUnit code of the new owning unit (the current one to change only the manager)
 * @param relationshipManager staff number of the new relationship manager, or {@code null} for none
 */
public record ReassignCustomer(
    CustomerId customerId,
    long expectedVersion,
    @Nullable String owningUnit,
    @Nullable String relationshipManager) {

  public ReassignCustomer {
    requireNonNull(customerId, "customerId");
  }
}
