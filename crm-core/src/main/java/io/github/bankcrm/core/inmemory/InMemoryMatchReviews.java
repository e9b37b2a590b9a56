package io.github.bankcrm.core.inmemory;

import static java.util.Objects.requireNonNull;

import io.github.bankcrm.core.customer.CustomerId;
import io.github.bankcrm.core.organization.AccessScope;
import io.github.bankcrm.core.resolution.MatchReview;
import io.github.bankcrm.core.resolution.MatchReviewId;
import io.github.bankcrm.core.resolution.MatchReviewUpdate;
import io.github.bankcrm.core.resolution.MatchReviews;
import io.github.bankcrm.core.resolution.ReviewError;
import io.github.bankcrm.core.shared.Page;
import io.github.bankcrm.core.shared.PageRequest;
import io.vavr.control.Either;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@link MatchReviews} in memory: the embedded default for tests and demos. Thread-safe; a save checks
 * and applies under one lock, so it is atomic like a database transaction. Nothing survives the JVM.
 */
public final class InMemoryMatchReviews implements MatchReviews {

  private static final Comparator<MatchReview> OLDEST_FIRST =
      Comparator.comparing(MatchReview::queuedAt).thenComparing(MatchReview::id);

  private final Map<MatchReviewId, MatchReview> reviews = new HashMap<>();
  /** The pending review of each pair, keyed by the pair's two customer numbers. */
  private final Map<List<CustomerId>, MatchReviewId> pendingPairs = new HashMap<>();

  /** An empty queue. */
  public InMemoryMatchReviews() {}

  @Override
  public synchronized Either<ReviewError, MatchReview> save(AccessScope scope, MatchReviewUpdate update) {
    requireNonNull(scope, "scope");
    MatchReview next = requireNonNull(update, "update").review();
    MatchReview stored = reviews.get(next.id());
    if (stored != null && !update.isCreation() && !stored.isVisibleTo(scope)) {
      return Either.left(new ReviewError.ReviewNotFound(next.id()));
    }
    if (stored == null && !update.isCreation()) {
      return Either.left(new ReviewError.ReviewNotFound(next.id()));
    }
    long storedVersion = stored == null ? 0 : stored.version();
    if (storedVersion != update.expectedStoredVersion()) {
      return Either.left(new ReviewError.VersionConflict(next.id(), update.expectedStoredVersion(), storedVersion));
    }
    if (!scope.canSee(next.firstUnit())) {
      return Either.left(new ReviewError.OutsideAccessScope(next.firstUnit()));
    }
    if (!scope.canSee(next.secondUnit())) {
      return Either.left(new ReviewError.OutsideAccessScope(next.secondUnit()));
    }
    List<CustomerId> pair = List.of(next.match().first(), next.match().second());
    MatchReviewId pendingForPair = pendingPairs.get(pair);
    if (update.isCreation() && pendingForPair != null) {
      return Either.left(new ReviewError.AlreadyQueued(pair.get(0), pair.get(1)));
    }
    if (next.status().isPending()) {
      pendingPairs.put(pair, next.id());
    } else {
      pendingPairs.remove(pair, next.id());
    }
    reviews.put(next.id(), next);
    return Either.right(next);
  }

  @Override
  public synchronized Optional<MatchReview> findById(AccessScope scope, MatchReviewId id) {
    requireNonNull(scope, "scope");
    requireNonNull(id, "id");
    return Optional.ofNullable(reviews.get(id)).filter(review -> review.isVisibleTo(scope));
  }

  @Override
  public synchronized Page<MatchReview> pending(AccessScope scope, PageRequest page) {
    requireNonNull(scope, "scope");
    requireNonNull(page, "page");
    List<MatchReview> visible =
        reviews.values().stream()
            .filter(review -> review.status().isPending())
            .filter(review -> review.isVisibleTo(scope))
            .sorted(OLDEST_FIRST)
            .toList();
    return new Page<>(visible.stream().skip(page.offset()).limit(page.limit()).toList(), visible.size(), page);
  }

  @Override
  public synchronized List<MatchReview> ofCustomer(AccessScope scope, CustomerId customerId) {
    requireNonNull(scope, "scope");
    requireNonNull(customerId, "customerId");
    return reviews.values().stream()
        .filter(review -> review.concerns(customerId))
        .filter(review -> review.isVisibleTo(scope))
        .sorted(OLDEST_FIRST)
        .toList();
  }
}
