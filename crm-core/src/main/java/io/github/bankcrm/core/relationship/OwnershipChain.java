package io.github.bankcrm.core.relationship;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.math.RoundingMode;
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

  /**
   * The chain through these links, its percentage computed from theirs: the exact product, rounded
   * half-even to {@value RelationshipAnalysis#REPORTED_SCALE} decimal places. Every adapter builds its
   * chains here, so that the same links give the same chain whoever walked them.
   *
   * @param links the shareholdings, from the owner's own stake down to the stake in the company
   * @return the chain
   * @throws IllegalArgumentException if the links are empty or do not join up
   */
  public static OwnershipChain through(List<OwnershipLink> links) {
    return new OwnershipChain(links, percent(exactShare(links)));
  }

  /** The share of the company the links give, exact, as a fraction (1 = 100 %). */
  static BigDecimal exactShare(List<OwnershipLink> links) {
    BigDecimal share = BigDecimal.ONE;
    for (OwnershipLink link : links) {
      share = share.multiply(link.percentage().movePointLeft(2));
    }
    return share;
  }

  /** A fraction as a reported percentage. */
  static BigDecimal percent(BigDecimal fraction) {
    return fraction.movePointRight(2).setScale(RelationshipAnalysis.REPORTED_SCALE, RoundingMode.HALF_EVEN);
  }
}
