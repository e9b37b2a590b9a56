package io.github.bankcrm.core.resolution;

/** What one field said about a pair. */
public enum ComparisonOutcome {
  /** Both have the field and the values are similar enough. */
  AGREE,
  /** Both have the field and the values differ. */
  DISAGREE,
  /** At least one of the two lacks the field: no evidence either way. */
  MISSING
}
