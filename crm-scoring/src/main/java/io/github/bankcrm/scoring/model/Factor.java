package io.github.bankcrm.scoring.model;

/**
 * The factors a composite value score is made of. Each contributes {@code weight × maxScore × level}
 * points, where the level is the factor's raw value mapped to [0, 1] and capped.
 */
public enum Factor {
  /** Annualised contribution to profit; level {@code contribution / fullAt}, capped to [0, 1]. */
  CONTRIBUTION,
  /** Customer lifetime value; level {@code lifetimeValue / fullAt}, capped to [0, 1]. */
  LIFETIME_VALUE,
  /** RFM recency score 1 to 5; level {@code (r - 1) / 4}. */
  RECENCY,
  /** RFM frequency score 1 to 5; level {@code (f - 1) / 4}. */
  FREQUENCY,
  /** RFM monetary score 1 to 5; level {@code (m - 1) / 4}. */
  MONETARY;

  /**
   * Whether the factor's level is its raw amount divided by a {@code fullAt} amount from the model
   * (rather than an RFM score).
   *
   * @return {@code true} for {@link #CONTRIBUTION} and {@link #LIFETIME_VALUE}
   */
  public boolean isAmount() {
    return this == CONTRIBUTION || this == LIFETIME_VALUE;
  }
}
