package io.github.bankcrm.core.lifecycle;

/**
 * The stage of a customer's relationship with the bank [客户生命周期阶段]. Every customer is in exactly
 * one stage. The stages follow the order a relationship usually takes; {@link #isTerminal()} tells the
 * ones no behaviour moves a customer out of (only a command does: reopen, win back).
 */
public enum LifecycleStage {
  /** Prospect [潜在客户]: known to the bank, holds no product yet. */
  PROSPECT(false),
  /** Onboarding [新客户 / 开户期]: the first product is open, onboarding (KYC, first use) is not complete. */
  ONBOARDING(false),
  /** Growing [成长期]: products, balances or activity are rising. */
  GROWING(false),
  /** Mature [成熟期 / 忠诚客户]: a stable, long relationship with several products. */
  MATURE(false),
  /** Declining [衰退期]: balances or activity are falling; the relationship is at risk. */
  DECLINING(false),
  /** Dormant [休眠客户]: no customer-initiated activity for a long time, products still open. */
  DORMANT(false),
  /** Churned [流失客户]: the customer has moved the business elsewhere; balances drained. */
  CHURNED(false),
  /** Closed [销户 / 关系终止]: the relationship was ended by the bank or by the customer. */
  CLOSED(true),
  /** Rejected [拒绝准入]: the prospect was refused by the bank. */
  REJECTED(true);

  private final boolean terminal;

  LifecycleStage(boolean terminal) {
    this.terminal = terminal;
  }

  /**
   * Whether the stage ends the relationship: policy evaluation never moves a customer out of it.
   *
   * @return {@code true} for {@link #CLOSED} and {@link #REJECTED}
   */
  public boolean isTerminal() {
    return terminal;
  }

  /**
   * Whether the customer holds (or held until recently) products: every stage but a prospect's and the
   * terminal ones.
   *
   * @return {@code true} for the stages of an active customer relationship
   */
  public boolean isActiveRelationship() {
    return this != PROSPECT && !terminal;
  }
}
