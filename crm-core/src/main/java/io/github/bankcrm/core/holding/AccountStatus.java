package io.github.bankcrm.core.holding;

import java.util.EnumSet;
import java.util.Set;

/**
 * The status of an account in the core banking system. {@link #CLOSED} is reached only by closing the
 * account (which requires a zero balance) and is final: a closed account is never reopened, a new one is
 * opened instead.
 */
public enum AccountStatus {
  /** In normal use. */
  ACTIVE,
  /**
   * Dormant [睡眠户 / 久悬户]: no customer-initiated transaction for the period the bank's rules set;
   * reactivated by the customer's next transaction at the counter.
   */
  DORMANT,
  /** Frozen [冻结] by a court, a regulator or the bank; the balance stays, nothing moves. */
  FROZEN,
  /** Closed [销户]; final. */
  CLOSED;

  /**
   * Whether {@link Account#changeStatus} may move an account from this status to {@code next}. The
   * three open statuses move freely among each other; nothing moves to or from {@link #CLOSED} this
   * way.
   *
   * @param next the status asked for
   * @return whether the move is allowed
   */
  public boolean canChangeTo(AccountStatus next) {
    return this != next && open().contains(this) && open().contains(next);
  }

  /**
   * Whether the account is open (anything but {@link #CLOSED}).
   *
   * @return whether it is open
   */
  public boolean isOpen() {
    return this != CLOSED;
  }

  private static Set<AccountStatus> open() {
    return EnumSet.of(ACTIVE, DORMANT, FROZEN);
  }
}
