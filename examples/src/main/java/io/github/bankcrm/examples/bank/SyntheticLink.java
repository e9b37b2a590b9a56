package io.github.bankcrm.examples.bank;

import static java.util.Objects.requireNonNull;

import io.github.bankcrm.core.customer.CustomerId;
import io.github.bankcrm.core.shared.Nullable;
import java.math.BigDecimal;

/**
 * A planted tie between two synthetic customers, from the first to the second: the raw material of
 * households [家庭] and corporate groups [集团客户].
 *
 * @param kind what the tie is
 * @param from the customer the tie starts from (the spouse, the parent, the shareholder)
 * @param to the other customer
 * @param sharePercent for a shareholding, the percentage held (above 0, at most 100); otherwise {@code null}
 */
public record SyntheticLink(
    Kind kind, CustomerId from, CustomerId to, @Nullable BigDecimal sharePercent) {

  /**
   * @throws NullPointerException if a required part is missing
   * @throws IllegalArgumentException if a shareholding has no percentage or a family tie has one
   */
  public SyntheticLink {
    requireNonNull(kind, "kind");
    requireNonNull(from, "from");
    requireNonNull(to, "to");
    if ((kind == Kind.SHAREHOLDER_OF) != (sharePercent != null)) {
      throw new IllegalArgumentException("a shareholding, and only a shareholding, has a percentage");
    }
  }

  /** The kinds of tie. */
  public enum Kind {
    /** Married to the other person. */
    SPOUSE_OF,
    /** Parent of the other person. */
    PARENT_OF,
    /** Holds shares of the other customer, a company. */
    SHAREHOLDER_OF,
    /** Legal representative of the other customer, a company. */
    LEGAL_REPRESENTATIVE_OF
  }
}
