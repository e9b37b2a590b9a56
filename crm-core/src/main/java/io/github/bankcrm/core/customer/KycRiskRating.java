package io.github.bankcrm.core.customer;

/**
 * The customer's money-laundering risk rating [洗钱风险等级] from know-your-customer due diligence.
 * A new customer is {@link #UNRATED} until the first assessment.
 */
public enum KycRiskRating {
  /** Not assessed yet. */
  UNRATED,
  /** Low risk: simplified due diligence. */
  LOW,
  /** Medium risk: standard due diligence. */
  MEDIUM,
  /** High risk: enhanced due diligence and more frequent review. */
  HIGH
}
