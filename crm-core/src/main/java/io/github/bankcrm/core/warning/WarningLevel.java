package io.github.bankcrm.core.warning;

/** How urgent an early warning is [预警级别], in rising order. */
public enum WarningLevel {
  /** Watch: note it at the next contact. */
  LOW,
  /** Act within the normal follow-up time. */
  MEDIUM,
  /** Act soon: the relationship is at real risk. */
  HIGH,
  /** Act now: the customer is leaving or has a serious grievance. */
  CRITICAL
}
