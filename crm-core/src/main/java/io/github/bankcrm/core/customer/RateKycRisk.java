package io.github.bankcrm.core.customer;

import static java.util.Objects.requireNonNull;

/**
 * Command: record a new KYC risk rating.
 *
 * @param customerId the customer
 * @param expectedVersion the version the caller saw
 * @param rating the new rating
 */
public record RateKycRisk(CustomerId customerId, long expectedVersion, KycRiskRating rating) {

  public RateKycRisk {
    requireNonNull(customerId, "customerId");
    requireNonNull(rating, "rating");
  }
}
