package io.github.bankcrm.core.customer;

/** Highest education completed, in the levels GB/T 4658 uses. */
public enum Education {
  /** Doctorate [博士研究生]. */
  DOCTORATE,
  /** Master's degree [硕士研究生]. */
  MASTER,
  /** Bachelor's degree [大学本科]. */
  BACHELOR,
  /** Junior college [大学专科]. */
  JUNIOR_COLLEGE,
  /** Technical secondary school [中等专科/技校]. */
  VOCATIONAL_SECONDARY,
  /** Senior high school [高中]. */
  HIGH_SCHOOL,
  /** Junior high school [初中]. */
  JUNIOR_HIGH_SCHOOL,
  /** Primary school or less [小学及以下]. */
  PRIMARY_OR_LESS,
  /** Not stated [未说明]. */
  NOT_STATED
}
