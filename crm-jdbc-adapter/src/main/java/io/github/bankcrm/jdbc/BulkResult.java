package io.github.bankcrm.jdbc;

import static java.util.Objects.requireNonNull;

import io.github.bankcrm.core.customer.CustomerError;
import io.github.bankcrm.core.customer.CustomerId;
import java.util.List;

/**
 * What a bulk registration did.
 *
 * @param saved how many customers were saved
 * @param refused the customers that were not, each with its typed reason, in input order
 */
public record BulkResult(long saved, List<Refusal> refused) {

  public BulkResult {
    refused = List.copyOf(requireNonNull(refused, "refused"));
    if (saved < 0) {
      throw new IllegalArgumentException("saved cannot be negative");
    }
  }

  /**
   * One customer that was not saved.
   *
   * @param customerId the customer
   * @param error why, e.g. {@code DuplicateIdentity} or {@code VersionConflict} (number taken)
   */
  public record Refusal(CustomerId customerId, CustomerError error) {

    public Refusal {
      requireNonNull(customerId, "customerId");
      requireNonNull(error, "error");
    }
  }
}
