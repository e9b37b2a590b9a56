package io.github.bankcrm.core.warning;

/**
 * What can raise an early warning [预警因素]. How each is measured is described here; the threshold,
 * the points and the window are data in the {@link WarningPolicy}.
 */
public enum WarningFactor {
  /**
   * Sharp balance outflow: how many percent the total balance fell over the window (a rise reads 0).
   */
  BALANCE_OUTFLOW,
  /**
   * Falling activity: how many percent fewer active days (days the balance changed) the last window had
   * than the window before it.
   */
  FALLING_ACTIVITY,
  /** Approaching dormancy: days since the last activity. */
  APPROACHING_DORMANCY,
  /**
   * Complaints: the complaints that took place in the window, each weighted by its severity's weight in
   * the policy.
   */
  COMPLAINTS,
  /** Loans overdue: the most days any due bill of the customer's loans is overdue. */
  LOAN_OVERDUE,
  /** Products closed: how many of the customer's accounts were closed in the window. */
  PRODUCTS_CLOSED,
  /**
   * The relationship manager leaving: 1 if the customer's current manager is leaving, or the manager
   * serving the customer changed in the window; otherwise 0.
   */
  MANAGER_LEAVING;

  /**
   * Whether the factor is measured over a window of days; approaching dormancy and loans overdue are
   * read on the day itself.
   *
   * @return whether a {@link FactorRule} for it needs {@code windowDays}
   */
  public boolean hasWindow() {
    return this != APPROACHING_DORMANCY && this != LOAN_OVERDUE;
  }
}
