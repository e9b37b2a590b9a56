package io.github.bankcrm.core.relationship;

import static java.util.Objects.requireNonNull;

import io.github.bankcrm.core.customer.CustomerId;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
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

  /**
   * The owner at the top of these chains: its share is the exact sum of the chains' exact products,
   * rounded like a chain's; the chains are put in the stable order of their relationship numbers, top
   * link first. Every adapter reports owners this way.
   *
   * @param owner the owner at the top of every chain
   * @param chains the chains, at least one, each starting with a stake of {@code owner}
   * @return the owner
   * @throws IllegalArgumentException if there is no chain or a chain starts at another customer
   */
  public static BeneficialOwner justifiedBy(CustomerId owner, List<OwnershipChain> chains) {
    BigDecimal share = BigDecimal.ZERO;
    for (OwnershipChain chain : chains) {
      if (!chain.links().get(0).owner().equals(owner)) {
        throw new IllegalArgumentException("every chain of an owner starts with a stake of the owner");
      }
      share = share.add(OwnershipChain.exactShare(chain.links()));
    }
    List<OwnershipChain> ordered = new ArrayList<>(chains);
    ordered.sort(Comparator.comparing(BeneficialOwner::relationshipPath));
    return new BeneficialOwner(owner, OwnershipChain.percent(share), ordered);
  }

  private static String relationshipPath(OwnershipChain chain) {
    StringBuilder path = new StringBuilder();
    chain.links().forEach(link -> path.append('/').append(link.relationshipId().value()));
    return path.toString();
  }
}
