package io.github.bankcrm.core.holding;

/** How a customer is tied to an account. */
public enum OwnershipRole {
  /** The primary owner [主账户人]: exactly one per account, fixed for the account's life. */
  OWNER,
  /** A joint owner [联名账户人] with the same rights to the balance as the owner. */
  JOINT_OWNER,
  /** A guarantor of the account (an overdraft, a credit card) [担保人]; holds no balance. */
  GUARANTOR,
  /** A beneficiary [受益人] (insurance, wealth, a trust); holds no balance until paid out. */
  BENEFICIARY;

  /**
   * Whether the balance of an account counts as this holder's own: true for owners and joint owners,
   * whose balance summaries each count the full balance of a joint account.
   *
   * @return whether the holder owns the balance
   */
  public boolean ownsBalance() {
    return this == OWNER || this == JOINT_OWNER;
  }
}
