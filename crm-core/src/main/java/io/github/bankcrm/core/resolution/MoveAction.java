package io.github.bankcrm.core.resolution;

/** What a merge did to one item; the undo does the opposite. */
public enum MoveAction {
  /** The customer's place was handed to another customer in one save; undone by handing it back. */
  TRANSFERRED,
  /**
   * The customer was removed (the survivor already had a place, or takes it next), or a relationship
   * was ended; undone by re-adding, or by restoring the relationship's period.
   */
  REMOVED,
  /** The customer was added in the place another left; undone by removing. */
  ADDED,
  /** Nothing was changed; recorded so that the record lists everything the absorbed customer had. */
  RETAINED
}
