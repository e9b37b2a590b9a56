package io.github.bankcrm.core.resolution;

/** The kinds of item a merge moves from the absorbed customer to the survivor. */
public enum MoveKind {
  /** A place among the holders of an account (owner, joint owner, guarantor, beneficiary). */
  ACCOUNT_HOLDER,
  /** A guarantee given on a loan contract. */
  LOAN_GUARANTOR,
  /** A membership of a group. */
  GROUP_MEMBER,
  /** The absorbed customer's lifecycle: kept under its own number, the survivor's lifecycle governs. */
  LIFECYCLE,
  /** The absorbed customer's service assignments: kept under its own number, like the lifecycle. */
  SERVICE_ASSIGNMENT
}
