package io.github.bankcrm.core.holding;

/** How a customer is exposed to a loan contract. */
public enum ExposureKind {
  /** As borrower: what is outstanding under the contract. */
  BORROWED,
  /**
   * As guarantor: the guaranteed amount, but never more than is outstanding under the contract (a
   * guarantee answers for the borrower's debt, not beyond it) [或有负债].
   */
  GUARANTEED
}
