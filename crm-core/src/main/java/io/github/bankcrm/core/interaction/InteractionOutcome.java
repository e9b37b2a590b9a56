package io.github.bankcrm.core.interaction;

/** How a contact ended. */
public enum InteractionOutcome {
  /** Done during the contact. */
  COMPLETED,
  /** Something remains to be done after the contact. */
  FOLLOW_UP_NEEDED,
  /** Handed to another unit or person. */
  REFERRED,
  /** The customer accepted an offer. */
  ACCEPTED,
  /** The customer declined an offer or request. */
  DECLINED,
  /** The customer could not be reached. */
  NOT_REACHED
}
