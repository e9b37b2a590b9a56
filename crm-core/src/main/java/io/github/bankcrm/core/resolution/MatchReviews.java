package io.github.bankcrm.core.resolution;

import io.github.bankcrm.core.customer.CustomerId;
import io.github.bankcrm.core.organization.AccessScope;
import io.github.bankcrm.core.shared.Page;
import io.github.bankcrm.core.shared.PageRequest;
import io.vavr.control.Either;
import java.util.List;
import java.util.Optional;

/**
 * The review queue [待复核队列]: candidate pairs awaiting a person's decision, and the decisions taken.
 * Every adapter passes the same contract tests ({@code MatchReviewsContract} in the crm-core test-jar).
 *
 * <p><b>Access scope.</b> Every method takes the caller's {@link AccessScope}; a review is visible only
 * if the scope sees the owning units of both customers ({@link MatchReview#isVisibleTo}). To other
 * callers it does not exist.
 *
 * <p><b>Atomicity and locking.</b> {@link #save} stores the new state only if the stored version is the
 * one the update was based on; otherwise it returns a {@link ReviewError.VersionConflict} and stores
 * nothing. Of two people deciding the same review at once, exactly one succeeds.
 *
 * <p><b>One pending review per pair.</b> Queuing a pair that already has a pending review is refused
 * ({@link ReviewError.AlreadyQueued}), atomically. A decided pair may be queued again (new facts).
 *
 * <p>Infrastructure failures are thrown as {@link io.github.bankcrm.core.shared.CrmStorageException}.
 */
public interface MatchReviews {

  /**
   * Saves an update: a new review (version 1) or a decision (version n + 1 over stored version n).
   *
   * @param scope the caller's scope
   * @param update the update
   * @return the saved review, or {@code VersionConflict}, {@code ReviewNotFound} (a decision on a review
   *     not in scope), {@code OutsideAccessScope} (a new review with a unit outside the scope) or {@code
   *     AlreadyQueued}
   */
  Either<ReviewError, MatchReview> save(AccessScope scope, MatchReviewUpdate update);

  /**
   * One review with its decision log.
   *
   * @param scope the caller's scope
   * @param id the review number
   * @return the review, if it exists and is visible
   */
  Optional<MatchReview> findById(AccessScope scope, MatchReviewId id);

  /**
   * One page of the pending reviews the caller can see, oldest first (queued time, then number).
   *
   * @param scope the caller's scope
   * @param page the page
   * @return the page; the total counts visible pending reviews
   */
  Page<MatchReview> pending(AccessScope scope, PageRequest page);

  /**
   * Every visible review of a customer, pending or decided, oldest first.
   *
   * @param scope the caller's scope
   * @param customerId the customer
   * @return the reviews
   */
  List<MatchReview> ofCustomer(AccessScope scope, CustomerId customerId);
}
