package io.github.bankcrm.core.customer;

/** Enterprise size as classified under the MIIT/NBS SME rules [企业规模]. */
public enum EnterpriseSize {
  /** Large [大型]. */
  LARGE,
  /** Medium [中型]. */
  MEDIUM,
  /** Small [小型]. */
  SMALL,
  /** Micro [微型]. */
  MICRO,
  /** Not classified yet. */
  UNCLASSIFIED
}
