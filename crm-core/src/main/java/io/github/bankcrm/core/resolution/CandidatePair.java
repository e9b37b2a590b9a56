package io.github.bankcrm.core.resolution;

import static java.util.Objects.requireNonNull;

/**
 * Two customers that share at least one blocking key and must therefore be compared. The customer with
 * the smaller number comes first.
 *
 * @param first the customer with the smaller number
 * @param second the other customer
 */
public record CandidatePair(NormalizedIdentity first, NormalizedIdentity second) {

  public CandidatePair {
    requireNonNull(first, "first");
    requireNonNull(second, "second");
    if (first.customerId().compareTo(second.customerId()) >= 0) {
      throw new IllegalArgumentException("a candidate pair is two different customers, smaller number first");
    }
  }

  /**
   * The pair of two customers in either order.
   *
   * @param one a customer
   * @param other another customer
   * @return the pair, smaller number first
   */
  public static CandidatePair of(NormalizedIdentity one, NormalizedIdentity other) {
    return one.customerId().compareTo(other.customerId()) < 0
        ? new CandidatePair(one, other)
        : new CandidatePair(other, one);
  }
}
