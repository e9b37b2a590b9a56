package io.github.bankcrm.core.customer;

/** What kind of change a {@link CustomerChangeRecord} records. */
public enum ChangeType {
  /** The customer was registered; every field is new. */
  REGISTERED,
  /** Profile fields were maintained. */
  PROFILE_CHANGED,
  /** The owning unit or relationship manager changed. */
  REASSIGNED,
  /** The KYC risk rating changed. */
  KYC_RATED,
  /** The record was merged into a survivor [归户]; from now on it takes no other change. */
  MERGED,
  /** A merge was undone: the record is a customer of its own again. */
  UNMERGED
}
