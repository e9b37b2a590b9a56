package io.github.bankcrm.core.interaction;

/** How serious a complaint is [投诉等级], in rising order. */
public enum ComplaintSeverity {
  /** An inconvenience, such as a wait at the counter. */
  MINOR,
  /** A service failure the customer noticed, such as a wrong fee. */
  MODERATE,
  /** A loss or a threat to leave, such as a missed payment caused by the bank. */
  SERIOUS,
  /** A regulator or the press is involved, or the customer's funds are at stake [重大投诉]. */
  CRITICAL
}
