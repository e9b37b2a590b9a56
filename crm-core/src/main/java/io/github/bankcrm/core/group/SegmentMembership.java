package io.github.bankcrm.core.group;

import static java.util.Objects.requireNonNull;

import io.github.bankcrm.core.customer.CustomerId;
import io.github.bankcrm.core.shared.Nullable;
import java.time.LocalDate;
import java.util.Collections;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The stored members of a dynamic segment after an evaluation.
 *
 * @param segmentId the segment
 * @param version the version of this membership: 1 for the first evaluation stored, one more with each
 *     replacement (used for optimistic locking)
 * @param segmentVersion the definition version that was evaluated
 * @param evaluatedOn the day evaluated for
 * @param members the members, in customer-number order
 */
public record SegmentMembership(
    SegmentId segmentId,
    long version,
    long segmentVersion,
    LocalDate evaluatedOn,
    SortedSet<CustomerId> members) {

  public SegmentMembership {
    requireNonNull(segmentId, "segmentId");
    requireNonNull(evaluatedOn, "evaluatedOn");
    members = Collections.unmodifiableSortedSet(new TreeSet<>(requireNonNull(members, "members")));
    if (version < 1) {
      throw new IllegalArgumentException("version starts at 1");
    }
  }

  /**
   * The membership an evaluation leads to, as the next version after {@code previous}.
   *
   * @param evaluation the evaluation
   * @param previous the stored membership it was computed from, or {@code null} for the first
   * @return the membership to store
   */
  public static SegmentMembership after(
      SegmentEvaluation evaluation, @Nullable SegmentMembership previous) {
    requireNonNull(evaluation, "evaluation");
    if (previous != null && !previous.segmentId().equals(evaluation.segmentId())) {
      throw new IllegalArgumentException("the previous membership is of another segment");
    }
    return new SegmentMembership(
        evaluation.segmentId(),
        previous == null ? 1 : previous.version() + 1,
        evaluation.segmentVersion(),
        evaluation.evaluatedOn(),
        evaluation.members());
  }

  /**
   * Number, versions, date and member count.
   *
   * @return the description
   */
  @Override
  public String toString() {
    return "SegmentMembership[segment=" + segmentId + ", version=" + version + ", segmentVersion="
        + segmentVersion + ", evaluatedOn=" + evaluatedOn + ", members=" + members.size() + "]";
  }
}
