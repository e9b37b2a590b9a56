package io.github.bankcrm.core.warning;

/**
 * Where the follow-up of a warning stands [预警处理状态]: raised, acknowledged, in handling by a
 * relationship manager (control and coordination [控制与协调]), then resolved or lost (remediation
 * [事后挽救]). The steps between states are the table in {@link WarningStep}; resolved and lost are
 * final: a new risk raises a new warning.
 */
public enum WarningState {
  /** Raised by an evaluation; nobody has looked at it. */
  RAISED,
  /** Somebody has seen it. */
  ACKNOWLEDGED,
  /** Assigned to a relationship manager with a due date. */
  IN_HANDLING,
  /** The relationship was saved. */
  RESOLVED,
  /** The customer was lost. */
  LOST;

  /**
   * Whether the warning still needs work.
   *
   * @return whether it is neither resolved nor lost
   */
  public boolean isOpen() {
    return this != RESOLVED && this != LOST;
  }
}
