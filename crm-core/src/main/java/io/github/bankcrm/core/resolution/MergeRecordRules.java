package io.github.bankcrm.core.resolution;

import static java.util.Objects.requireNonNull;

/**
 * The checks every {@link MergeRecords} adapter makes on what it is asked to store: a new record is not
 * undone, an undo changes nothing but the undo's actor and time, and each event is about its record.
 * Broken ones are programming errors and throw.
 */
public final class MergeRecordRules {

  private MergeRecordRules() {}

  /**
   * A record to add: not undone, and its event names the same merge and customers.
   *
   * @param record the record
   * @param merged its event
   * @throws IllegalArgumentException if not
   */
  public static void checkAdded(MergeRecord record, MergeEvent.CustomersMerged merged) {
    requireNonNull(record, "record");
    requireNonNull(merged, "merged");
    if (record.isUndone()) {
      throw new IllegalArgumentException("a merge record is stored before it is undone");
    }
    if (!merged.mergeId().equals(record.id()) || !merged.survivor().equals(record.survivor())
        || !merged.absorbed().equals(record.absorbed())) {
      throw new IllegalArgumentException("the event is about another merge");
    }
  }

  /**
   * A record to mark undone: undone, and its event names the same merge and customers.
   *
   * @param undone the record
   * @param event its event
   * @throws IllegalArgumentException if not
   */
  public static void checkUndone(MergeRecord undone, MergeEvent.MergeUndone event) {
    requireNonNull(undone, "undone");
    requireNonNull(event, "event");
    if (!undone.isUndone()) {
      throw new IllegalArgumentException("the record is not marked undone");
    }
    if (!event.mergeId().equals(undone.id()) || !event.survivor().equals(undone.survivor())
        || !event.absorbed().equals(undone.absorbed())) {
      throw new IllegalArgumentException("the event is about another merge");
    }
  }

  /**
   * The undone record is the stored one with the undo's actor and time added, nothing else changed.
   *
   * @param stored the stored record
   * @param undone the record to store
   * @throws IllegalArgumentException if not
   */
  public static void checkSameMerge(MergeRecord stored, MergeRecord undone) {
    MergeRecord asStored =
        new MergeRecord(undone.id(), undone.survivorBefore(), undone.absorbedBefore(), undone.survivorVersionAfter(),
            undone.fieldSources(), undone.moved(), undone.mergedBy(), undone.mergedAt(), null, null);
    if (!asStored.equals(stored)) {
      throw new IllegalArgumentException("an undo changes nothing of the merge record but the undo");
    }
  }
}
