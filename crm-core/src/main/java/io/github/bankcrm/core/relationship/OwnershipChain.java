package io.github.bankcrm.core.relationship;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.util.List;

/**
 * One chain of shareholdings from an owner down to a company, and the share of the company it gives
 * the owner: the product of the percentages along it.
 *
 * @param links the shareholdings, from the owner's own stake down to the stake in the company asked
 *     about; each link's owned company is the next link's owner
 * @param percentage the product, in percent, rounded half-even to {@value
 *     RelationshipAnalysis#REPORTED_SCALE} decimal places
 */
public record OwnershipChain(List<OwnershipLink> links, BigDecimal percentage) {

  public OwnershipChain {
    links = List.copyOf(requireNonNull(links, "links"));
    requireNonNull(percentage, "percentage");
    if (links.isEmpty()) {
      throw new IllegalArgumentException("a chain has at least one link");
    }
    for (int i = 1; i < links.size(); i++) {
      if (!links.get(i - 1).owned().equals(links.get(i).owner())) {
        throw new IllegalArgumentException("each link's owned company is the next link's owner");
      }
    }
  }
}
