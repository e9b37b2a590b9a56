package io.github.bankcrm.core.resolution;

/** The kinds of item a merge moves from the absorbed customer to the survivor. */
public enum MoveKind {
  /** A place among the holders of an account (owner, joint owner, guarantor, beneficiary). */
  ACCOUNT_HOLDER,
  /** A guarantee given on a loan contract. */
  LOAN_GUARANTOR,
  /** The borrower's place on a loan contract, settled ones too. */
  LOAN_BORROWER,
  /** A membership of a group. */
  GROUP_MEMBER,
  /** A contact record (complaints included, whatever their state). */
  INTERACTION,
  /**
   * An active relationship: re-pointed to the survivor, or ended where it would link the survivor to
   * itself or duplicate one of the survivor's.
   */
  RELATIONSHIP,
  /** The open early warning: re-pointed where the survivor has none open, else kept (RETAINED). */
  EARLY_WARNING,
  /** The absorbed customer's lifecycle: kept under its own number, the survivor's lifecycle governs. */
  LIFECYCLE,
  /** The absorbed customer's service assignments: kept under its own number, like the lifecycle. */
  SERVICE_ASSIGNMENT;

  /**
   * Which aggregate an item of this kind is saved in: two kinds on one loan contract are one aggregate,
   * whose version moves on with each of them.
   *
   * @return the aggregate's name
   */
  String aggregate() {
    return this == LOAN_BORROWER ? LOAN_GUARANTOR.name() : name();
  }
}
