package io.github.bankcrm.core.resolution;

/** What a person decides about a candidate pair. */
public enum ReviewDecision {
  /** The same customer: merge them. Closes the review. */
  MERGE,
  /** Two different customers: never propose this pair again. Closes the review. */
  KEEP_APART,
  /** Not decidable yet (more documents needed): the review stays pending, the deferral is logged. */
  DEFER
}
