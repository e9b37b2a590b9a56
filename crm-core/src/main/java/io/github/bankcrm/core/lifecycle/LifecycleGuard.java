package io.github.bankcrm.core.lifecycle;

/**
 * A condition on what the customer holds that a commanded move must satisfy, read from the holdings
 * through {@link HoldingsPosition}. Which command needs which guard is data in {@link
 * LifecycleTransitions}.
 */
public enum LifecycleGuard {
  /** No condition. */
  NONE,
  /** The customer holds at least one open account or outstanding loan. */
  HOLDS_A_PRODUCT,
  /** No account is open and no loan is outstanding: the relationship can end without loose ends. */
  NOTHING_OPEN;

  /**
   * Whether the position satisfies the guard.
   *
   * @param position what the customer holds now
   * @return whether the move may go ahead
   */
  public boolean holds(HoldingsPosition position) {
    return switch (this) {
      case NONE -> true;
      case HOLDS_A_PRODUCT -> position.holdsAnything();
      case NOTHING_OPEN -> !position.holdsAnything();
    };
  }
}
