package io.github.bankcrm.core.group;

import io.github.bankcrm.core.customer.CustomerId;
import io.github.bankcrm.core.organization.AccessScope;
import io.vavr.control.Either;
import java.util.List;
import java.util.Optional;

/**
 * The port to the stored members of dynamic segments. Every adapter passes the same contract tests
 * ({@code SegmentMembershipsContract} in the crm-core test-jar).
 *
 * <p><b>Access scope.</b> Reads take the caller's {@link AccessScope} first and leave out members the
 * caller cannot see (customers owned by a unit outside the scope). Segments are bank-wide: they have no
 * owning unit. Replacing a membership needs the {@link AccessScope#unrestricted()} scope of a system
 * job, since a narrower caller would not see, and so would drop, the other members.
 *
 * <p><b>Atomicity and locking.</b> {@link #replace} swaps the whole membership or nothing, and only
 * over the version it was computed from.
 *
 * <p>Infrastructure failures are thrown as {@link io.github.bankcrm.core.shared.CrmStorageException}.
 */
public interface SegmentMemberships {

  /**
   * The current membership of a segment, with only the members the caller can see.
   *
   * @param scope the caller's scope
   * @param segmentId the segment
   * @return the membership, or empty if the segment was never evaluated and stored
   */
  Optional<SegmentMembership> find(AccessScope scope, SegmentId segmentId);

  /**
   * Replaces the membership of a segment with the next version: version 1 if none is stored, otherwise
   * the stored version plus one.
   *
   * @param scope the caller's scope; must be unrestricted
   * @param next the new membership
   * @return the stored membership, or {@code ScopeTooNarrow} or {@code VersionConflict} (nothing is
   *     stored)
   */
  Either<SegmentError, SegmentMembership> replace(AccessScope scope, SegmentMembership next);

  /**
   * The segments a customer is currently a member of, in segment-number order.
   *
   * @param scope the caller's scope
   * @param customerId the customer
   * @return the segments; empty if the customer is not in the scope
   */
  List<SegmentId> segmentsOf(AccessScope scope, CustomerId customerId);
}
