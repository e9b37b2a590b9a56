package io.github.bankcrm.core.resolution;

/** What the model recommends for a pair. */
public enum MatchDecision {
  /** The score reached the auto-merge threshold and nothing conflicts: the same customer. */
  AUTO_MERGE,
  /** Probably the same customer, or a conflict blocks the merge: a person decides. */
  REVIEW,
  /** Not the same customer. */
  NO_MATCH
}
