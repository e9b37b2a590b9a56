package io.github.bankcrm.scoring.snapshot;

/** The kinds of fee and commission income [中间业务收入] a customer brings. */
public enum FeeType {
  /** Card fees: annual fees, interchange, instalment fees. */
  CARD,
  /** Wealth-management and fund sales commissions. */
  WEALTH,
  /** Insurance sales commissions. */
  INSURANCE,
  /** Payment and settlement fees (transfers, remittances, cash management). */
  PAYMENTS,
  /** Any other fee income. */
  OTHER
}
