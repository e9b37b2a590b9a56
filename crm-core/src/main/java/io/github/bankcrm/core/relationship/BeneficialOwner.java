package io.github.bankcrm.core.relationship;

import static java.util.Objects.requireNonNull;

import io.github.bankcrm.core.customer.CustomerId;
import java.math.BigDecimal;
import java.util.List;

/**
 * An owner at the top of ownership chains, with the share of the company the chains give it.
 *
 * @param customerId the owner
 * @param percentage the effective share in percent: the sum over every chain of the product along it,
 *     rounded half-even to {@value RelationshipAnalysis#REPORTED_SCALE} decimal places
 * @param chains every chain that justifies the share, in a stable order
 */
public record BeneficialOwner(
    CustomerId customerId, BigDecimal percentage, List<OwnershipChain> chains) {

  public BeneficialOwner {
    requireNonNull(customerId, "customerId");
    requireNonNull(percentage, "percentage");
    chains = List.copyOf(requireNonNull(chains, "chains"));
    if (chains.isEmpty()) {
      throw new IllegalArgumentException("an owner is justified by at least one chain");
    }
  }
}
