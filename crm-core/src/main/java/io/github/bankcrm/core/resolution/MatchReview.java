package io.github.bankcrm.core.resolution;

import static java.util.Objects.requireNonNull;

import io.github.bankcrm.core.customer.CustomerId;
import io.github.bankcrm.core.organization.AccessScope;
import io.github.bankcrm.core.organization.OrganizationUnitId;
import io.github.bankcrm.core.shared.Actor;
import io.vavr.control.Either;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A candidate pair waiting for, or decided by, a person [人工复核]: the model's {@link MatchResult} with
 * its explanation, the owning units of the two customers when queued, the status, and the log of every
 * decision. An immutable snapshot at one {@link #version()}; commands return a {@link MatchReviewUpdate}
 * or a {@link ReviewError}.
 *
 * <p>A review is visible to a caller whose scope sees <em>both</em> owning units: a person who cannot
 * see one of the customers cannot judge, let alone merge, the pair.
 *
 * @param id the review number
 * @param version from 1, one more per decision
 * @param match the model's comparison of the pair, with its explanation
 * @param firstUnit the unit owning {@code match.first()} when queued
 * @param secondUnit the unit owning {@code match.second()} when queued
 * @param status pending or decided
 * @param queuedBy who queued the pair
 * @param queuedAt when
 * @param log every decision, oldest first
 */
public record MatchReview(
    MatchReviewId id,
    long version,
    MatchResult match,
    OrganizationUnitId firstUnit,
    OrganizationUnitId secondUnit,
    ReviewStatus status,
    Actor queuedBy,
    Instant queuedAt,
    List<ReviewLogEntry> log) {

  public MatchReview {
    requireNonNull(id, "id");
    requireNonNull(match, "match");
    requireNonNull(firstUnit, "firstUnit");
    requireNonNull(secondUnit, "secondUnit");
    requireNonNull(status, "status");
    requireNonNull(queuedBy, "queuedBy");
    requireNonNull(queuedAt, "queuedAt");
    log = List.copyOf(requireNonNull(log, "log"));
    if (version < 1) {
      throw new IllegalArgumentException("a review's version starts at 1");
    }
    if (log.size() != version - 1) {
      throw new IllegalArgumentException("every version after the first is one logged decision");
    }
  }

  /**
   * Queues a candidate pair for review.
   *
   * @param id the new review's number
   * @param match the model's comparison of the pair
   * @param firstUnit the unit owning {@code match.first()}
   * @param secondUnit the unit owning {@code match.second()}
   * @param actor who queues it (often a system job)
   * @param now when
   * @return the review at version 1 and its {@code ReviewQueued} event
   */
  public static MatchReviewUpdate queue(
      MatchReviewId id,
      MatchResult match,
      OrganizationUnitId firstUnit,
      OrganizationUnitId secondUnit,
      Actor actor,
      Instant now) {
    MatchReview review =
        new MatchReview(id, 1, match, firstUnit, secondUnit, ReviewStatus.PENDING, actor, now, List.of());
    return new MatchReviewUpdate(
        review,
        List.of(new ReviewEvent.ReviewQueued(id, 1, match.first(), match.second(), match.decision(), actor, now)));
  }

  /**
   * Records a person's decision. {@link ReviewDecision#MERGE} and {@link ReviewDecision#KEEP_APART}
   * close the review; {@link ReviewDecision#DEFER} logs the deferral and leaves it pending.
   *
   * @param expectedVersion the version the person saw
   * @param decision the decision
   * @param actor who decides
   * @param now when
   * @return the next version with its event, or {@code VersionConflict} / {@code AlreadyDecided}
   */
  public Either<ReviewError, MatchReviewUpdate> decide(
      long expectedVersion, ReviewDecision decision, Actor actor, Instant now) {
    requireNonNull(decision, "decision");
    requireNonNull(actor, "actor");
    requireNonNull(now, "now");
    if (expectedVersion != version) {
      return Either.left(new ReviewError.VersionConflict(id, expectedVersion, version));
    }
    if (!status.isPending()) {
      return Either.left(new ReviewError.AlreadyDecided(id, status));
    }
    ReviewStatus next =
        switch (decision) {
          case MERGE -> ReviewStatus.MERGE_APPROVED;
          case KEEP_APART -> ReviewStatus.KEPT_APART;
          case DEFER -> ReviewStatus.PENDING;
        };
    List<ReviewLogEntry> entries = new ArrayList<>(log);
    entries.add(new ReviewLogEntry(version + 1, decision, actor, now));
    MatchReview decided =
        new MatchReview(id, version + 1, match, firstUnit, secondUnit, next, queuedBy, queuedAt, entries);
    return Either.right(
        new MatchReviewUpdate(
            decided,
            List.of(
                new ReviewEvent.ReviewDecided(
                    id, decided.version(), match.first(), match.second(), decision, next, actor, now))));
  }

  /**
   * Whether a caller with this scope may see and decide the review: it sees both owning units.
   *
   * @param scope the caller's scope
   * @return whether visible
   */
  public boolean isVisibleTo(AccessScope scope) {
    return scope.canSee(firstUnit) && scope.canSee(secondUnit);
  }

  /**
   * Whether the review is about this customer.
   *
   * @param customerId a customer
   * @return whether it is one of the pair
   */
  public boolean concerns(CustomerId customerId) {
    return match.first().equals(customerId) || match.second().equals(customerId);
  }
}
