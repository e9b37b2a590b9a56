package io.github.bankcrm.core.holding;

/** The status of a loan contract. */
public enum LoanContractStatus {
  /** Signed and in force: due bills may be drawn and repaid. */
  ACTIVE,
  /** Settled [结清]: every due bill repaid; final. */
  SETTLED
}
