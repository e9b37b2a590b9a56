package io.github.bankcrm.core.resolution;

import io.github.bankcrm.core.customer.CustomerId;
import io.github.bankcrm.core.organization.AccessScope;
import io.vavr.control.Either;
import java.util.List;
import java.util.Optional;

/**
 * The port to the store of {@link MergeRecord}s: the audit trail of every merge of two customer
 * records, with the before-images an undo needs, and the link from a survivor to the records merged
 * into it. Every adapter passes the same contract tests ({@code MergeRecordsContract} in the crm-core
 * test-jar).
 *
 * <p><b>Access scope.</b> A merge record is visible to a scope that sees both of its customers (asked of
 * the customer store at the time of the call); to other callers it does not exist.
 *
 * <p><b>One merge per absorbed record.</b> A customer record absorbed by a merge that is not undone is
 * not merged again, as absorbed or as survivor, until that merge is undone: {@link #add} refuses it
 * ({@link MergeError.AlreadyMerged}), atomically, so that of two concurrent merges of one record exactly
 * one is stored.
 *
 * <p><b>Atomicity.</b> {@link #add} stores a new record with its {@code CustomersMerged} event, {@link
 * #markUndone} the undo with its {@code MergeUndone} event, each in one step; a store with an outbox
 * writes the event there in the same transaction. A record is marked undone once: of two concurrent
 * undos exactly one is stored.
 *
 * <p>Infrastructure failures are thrown as {@link io.github.bankcrm.core.shared.CrmStorageException}.
 */
public interface MergeRecords {

  /**
   * Stores the record of a merge just done.
   *
   * @param scope the caller's scope
   * @param record the record, not undone
   * @param merged its event
   * @return the stored record, or {@code MergeExists} (the number is taken), {@code CustomerNotFound}
   *     (a customer not in the scope) or {@code AlreadyMerged} (either customer is absorbed by a merge
   *     not undone, or the survivor is absorbed here and the absorbed record survives one)
   * @throws IllegalArgumentException if the record is undone or the event is not about it
   */
  Either<MergeError, MergeRecord> add(AccessScope scope, MergeRecord record, MergeEvent.CustomersMerged merged);

  /**
   * Marks a stored merge undone.
   *
   * @param scope the caller's scope
   * @param undone the record, marked undone, otherwise as stored
   * @param event its event
   * @return the stored record, or {@code MergeNotFound} (not stored, or not in the scope) or {@code
   *     AlreadyUndone}
   * @throws IllegalArgumentException if the record is not undone, differs from the stored one in more
   *     than that, or the event is not about it
   */
  Either<MergeError, MergeRecord> markUndone(AccessScope scope, MergeRecord undone, MergeEvent.MergeUndone event);

  /**
   * The merge with this number.
   *
   * @param scope the caller's scope
   * @param id the number
   * @return the record, if stored and visible
   */
  Optional<MergeRecord> findById(AccessScope scope, MergeId id);

  /**
   * The merge, not undone, that absorbed a customer record: the record's merged status.
   *
   * @param scope the caller's scope
   * @param absorbed the customer record
   * @return the merge, or empty if the record is not merged away (or not visible)
   */
  Optional<MergeRecord> mergeOf(AccessScope scope, CustomerId absorbed);

  /**
   * The merges, not undone, that absorbed other records into a survivor, oldest first: where a view of
   * the survivor finds what stayed under the absorbed numbers (lifecycle, change and service history,
   * ended relationships, closed warnings).
   *
   * @param scope the caller's scope
   * @param survivor the survivor
   * @return the merges; empty if none, or the survivor is not in the scope
   */
  List<MergeRecord> absorbedInto(AccessScope scope, CustomerId survivor);
}
