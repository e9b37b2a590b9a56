package io.github.bankcrm.core.relationship;

/** Whether a relationship still holds. An ended relationship is kept for the record and never edited. */
public enum RelationshipState {
  /** The relationship holds (within its validity period) [有效]. */
  ACTIVE,
  /** The relationship was ended [已终止]; it no longer counts anywhere and cannot be edited. */
  ENDED
}
