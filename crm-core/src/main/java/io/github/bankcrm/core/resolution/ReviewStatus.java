package io.github.bankcrm.core.resolution;

/** Where a review stands. */
public enum ReviewStatus {
  /** Waiting for a person, possibly after deferrals. */
  PENDING,
  /** Decided: the two are one customer and are to be merged. */
  MERGE_APPROVED,
  /** Decided: the two are different customers. */
  KEPT_APART;

  /**
   * Whether the review waits for a decision.
   *
   * @return whether pending
   */
  public boolean isPending() {
    return this == PENDING;
  }
}
