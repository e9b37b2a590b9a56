package io.github.bankcrm.scoring.score;

import io.github.bankcrm.scoring.model.Factor;

/**
 * A reason a relationship manager reads: a stable code for reports and screens, and a readable text.
 * There is one reason per factor and level, so the code names both ({@code CONTRIBUTION_HIGH}).
 */
public enum Reason {
  /** Contribution earned at least two thirds of its points. */
  CONTRIBUTION_HIGH(Factor.CONTRIBUTION, "brings a high contribution to the bank's profit"),
  /** Contribution earned a third to two thirds of its points. */
  CONTRIBUTION_MEDIUM(Factor.CONTRIBUTION, "brings a moderate contribution to the bank's profit"),
  /** Contribution earned less than a third of its points. */
  CONTRIBUTION_LOW(Factor.CONTRIBUTION, "brings little contribution to the bank's profit"),
  /** Contribution is negative: the customer costs more than they bring. */
  CONTRIBUTION_NEGATIVE(Factor.CONTRIBUTION, "costs the bank more than they bring"),
  /** Lifetime value earned at least two thirds of its points. */
  LIFETIME_VALUE_HIGH(Factor.LIFETIME_VALUE, "has a high expected lifetime value"),
  /** Lifetime value earned a third to two thirds of its points. */
  LIFETIME_VALUE_MEDIUM(Factor.LIFETIME_VALUE, "has a moderate expected lifetime value"),
  /** Lifetime value earned less than a third of its points. */
  LIFETIME_VALUE_LOW(Factor.LIFETIME_VALUE, "has a low expected lifetime value"),
  /** Lifetime value is negative. */
  LIFETIME_VALUE_NEGATIVE(Factor.LIFETIME_VALUE, "is expected to cost the bank over the horizon"),
  /** Recency score 4 or 5. */
  RECENCY_HIGH(Factor.RECENCY, "was active recently"),
  /** Recency score 3. */
  RECENCY_MEDIUM(Factor.RECENCY, "was last active some time ago"),
  /** Recency score 1 or 2. */
  RECENCY_LOW(Factor.RECENCY, "has not been active for a long time"),
  /** Frequency score 4 or 5. */
  FREQUENCY_HIGH(Factor.FREQUENCY, "transacts often"),
  /** Frequency score 3. */
  FREQUENCY_MEDIUM(Factor.FREQUENCY, "transacts now and then"),
  /** Frequency score 1 or 2. */
  FREQUENCY_LOW(Factor.FREQUENCY, "rarely transacts"),
  /** Monetary score 4 or 5. */
  MONETARY_HIGH(Factor.MONETARY, "moves large amounts through the bank"),
  /** Monetary score 3. */
  MONETARY_MEDIUM(Factor.MONETARY, "moves moderate amounts through the bank"),
  /** Monetary score 1 or 2. */
  MONETARY_LOW(Factor.MONETARY, "moves small amounts through the bank");

  private final Factor factor;
  private final String text;

  Reason(Factor factor, String text) {
    this.factor = factor;
    // built once: reports read the text of every score
    this.text = "The customer " + text + ".";
  }

  /**
   * The factor the reason is about.
   *
   * @return the factor
   */
  public Factor factor() {
    return factor;
  }

  /**
   * The stable code, the constant's name.
   *
   * @return e.g. {@code CONTRIBUTION_HIGH}
   */
  public String code() {
    return name();
  }

  /**
   * The readable text, a sentence about "the customer" without personal data.
   *
   * @return e.g. "The customer brings a high contribution to the bank's profit."
   */
  public String text() {
    return text;
  }
}
