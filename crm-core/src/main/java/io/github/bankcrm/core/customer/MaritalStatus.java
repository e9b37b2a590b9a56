package io.github.bankcrm.core.customer;

/** Marital status as GB/T 2261.2 groups it. */
public enum MaritalStatus {
  /** Never married [未婚]. */
  SINGLE,
  /** Married [已婚]. */
  MARRIED,
  /** Widowed [丧偶]. */
  WIDOWED,
  /** Divorced [离婚]. */
  DIVORCED,
  /** Not stated [未说明]. */
  NOT_STATED
}
