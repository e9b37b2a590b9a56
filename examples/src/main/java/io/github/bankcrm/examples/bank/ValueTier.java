package io.github.bankcrm.examples.bank;

/**
 * What a synthetic customer is worth to the bank, as planted by the generator: the ground truth a
 * value score should roughly reproduce.
 */
public enum ValueTier {
  /** Assets of six million CNY or more: the few who carry the bank [私人银行]. */
  PRIVATE_BANKING,
  /** Assets of half a million CNY or more [财富客户]. */
  AFFLUENT,
  /** Everybody else who pays for their service [大众客户]. */
  MASS,
  /** Tiny balances and costly servicing, or a loan in arrears: the bank loses money on them. */
  LOSS_MAKING
}
