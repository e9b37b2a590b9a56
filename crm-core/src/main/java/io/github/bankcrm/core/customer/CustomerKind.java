package io.github.bankcrm.core.customer;

/** The two kinds of customer a bank serves. */
public enum CustomerKind {
  /** A natural person [个人客户]. */
  INDIVIDUAL,
  /** A company or other organisation [对公客户]. */
  CORPORATE
}
