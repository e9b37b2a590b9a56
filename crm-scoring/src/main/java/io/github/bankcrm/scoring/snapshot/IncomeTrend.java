package io.github.bankcrm.scoring.snapshot;

/** Which way a customer's income has moved over the last reporting periods. */
public enum IncomeTrend {
  /** Income fell. */
  FALLING,
  /** Income is about the same. */
  STABLE,
  /** Income rose. */
  RISING
}
