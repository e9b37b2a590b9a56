package io.github.bankcrm.core.resolution;

import static io.github.bankcrm.core.customer.CustomerFixture.NOW;
import static io.github.bankcrm.core.organization.OrganizationFixture.BJ01;
import static io.github.bankcrm.core.organization.OrganizationFixture.BJ02;
import static io.github.bankcrm.core.organization.OrganizationFixture.SH01;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.bankcrm.core.customer.CustomerId;
import io.github.bankcrm.core.organization.AccessScope;
import io.github.bankcrm.core.organization.OrganizationFixture;
import io.github.bankcrm.core.organization.OrganizationUnitId;
import io.github.bankcrm.core.shared.Actor;
import io.github.bankcrm.core.shared.PageRequest;
import io.vavr.control.Either;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

/**
 * The contract of the {@link MatchReviews} port. Every adapter extends this class unchanged and
 * supplies a fresh, empty store from {@link #newReviews()}.
 */
public abstract class MatchReviewsContract {

  /** The whole bank. */
  protected static final AccessScope HEAD_OFFICE = OrganizationFixture.scopeOf("HO");

  /** A Beijing branch user: sees BJ, BJ01, BJ02. */
  protected static final AccessScope BEIJING = OrganizationFixture.scopeOf("BJ");

  /** A Shanghai branch user. */
  protected static final AccessScope SHANGHAI = OrganizationFixture.scopeOf("SH");

  private static final Actor SYSTEM = Actor.system("duplicate-scan");
  private static final Actor REVIEWER = Actor.of("reviewer-01");
  private static final Actor OTHER_REVIEWER = Actor.of("reviewer-02");

  /**
   * A fresh, empty review store.
   *
   * @return the store
   */
  protected abstract MatchReviews newReviews();

  private MatchReviews reviews;

  @BeforeEach
  void freshStore() {
    reviews = newReviews();
  }

  private static MatchResult match(String first, String second) {
    return MatchModel.standard()
        .compare(ResolutionFixture.wangXiaohong(first).build(), ResolutionFixture.wangXiaohong(second).build());
  }

  private MatchReview queued(String id, String first, String second, OrganizationUnitId a, OrganizationUnitId b, int minutes) {
    MatchReviewUpdate update =
        MatchReview.queue(MatchReviewId.of(id), match(first, second), a, b, SYSTEM, NOW.plus(Duration.ofMinutes(minutes)));
    Either<ReviewError, MatchReview> saved = reviews.save(HEAD_OFFICE, update);
    assertThat(saved.isRight()).as("queue refused: %s", saved).isTrue();
    return saved.get();
  }

  @Nested
  class Queueing {

    @Test
    void a_queued_pair_is_pending_with_its_explanation() {
      MatchReview review = queued("R1", "C1", "C2", BJ01, BJ02, 0);

      MatchReview found = reviews.findById(BEIJING, review.id()).orElseThrow();

      assertThat(found).isEqualTo(review);
      assertThat(found.status()).isEqualTo(ReviewStatus.PENDING);
      assertThat(found.match().comparisons()).isNotEmpty();
      assertThat(reviews.pending(BEIJING, PageRequest.first(10)).items()).containsExactly(review);
    }

    @Test
    void the_same_pair_is_not_queued_twice_while_pending() {
      queued("R1", "C1", "C2", BJ01, BJ02, 0);

      Either<ReviewError, MatchReview> again =
          reviews.save(HEAD_OFFICE, MatchReview.queue(MatchReviewId.of("R2"), match("C2", "C1"), BJ01, BJ02, SYSTEM, NOW));

      assertThat(again.getLeft()).isEqualTo(new ReviewError.AlreadyQueued(CustomerId.of("C1"), CustomerId.of("C2")));
    }

    @Test
    void a_decided_pair_can_be_queued_again() {
      MatchReview review = queued("R1", "C1", "C2", BJ01, BJ02, 0);
      reviews.save(HEAD_OFFICE, review.decide(1, ReviewDecision.KEEP_APART, REVIEWER, NOW).get());

      assertThat(reviews.save(HEAD_OFFICE, MatchReview.queue(MatchReviewId.of("R2"), match("C1", "C2"), BJ01, BJ02, SYSTEM, NOW))
          .isRight()).isTrue();
    }

    @Test
    void a_taken_review_number_is_a_version_conflict() {
      queued("R1", "C1", "C2", BJ01, BJ02, 0);

      Either<ReviewError, MatchReview> again =
          reviews.save(HEAD_OFFICE, MatchReview.queue(MatchReviewId.of("R1"), match("C3", "C4"), BJ01, BJ02, SYSTEM, NOW));

      assertThat(again.getLeft()).isInstanceOf(ReviewError.VersionConflict.class);
    }

    @Test
    void a_pair_with_a_customer_outside_the_scope_is_refused() {
      Either<ReviewError, MatchReview> saved =
          reviews.save(BEIJING, MatchReview.queue(MatchReviewId.of("R1"), match("C1", "C2"), BJ01, SH01, SYSTEM, NOW));

      assertThat(saved.getLeft()).isEqualTo(new ReviewError.OutsideAccessScope(SH01));
      assertThat(reviews.findById(HEAD_OFFICE, MatchReviewId.of("R1"))).isEmpty();
    }
  }

  @Nested
  class Deciding {

    @Test
    void a_merge_decision_closes_the_review_and_is_logged() {
      MatchReview review = queued("R1", "C1", "C2", BJ01, BJ02, 0);

      MatchReviewUpdate update = review.decide(1, ReviewDecision.MERGE, REVIEWER, NOW.plusSeconds(60)).get();
      MatchReview decided = reviews.save(BEIJING, update).get();

      assertThat(decided.status()).isEqualTo(ReviewStatus.MERGE_APPROVED);
      assertThat(decided.log()).containsExactly(new ReviewLogEntry(2, ReviewDecision.MERGE, REVIEWER, NOW.plusSeconds(60)));
      assertThat(update.events()).singleElement().isInstanceOf(ReviewEvent.ReviewDecided.class);
      assertThat(reviews.findById(BEIJING, review.id())).contains(decided);
      assertThat(reviews.pending(BEIJING, PageRequest.first(10)).items()).isEmpty();
    }

    @Test
    void a_deferral_is_logged_and_the_review_stays_pending() {
      MatchReview review = queued("R1", "C1", "C2", BJ01, BJ02, 0);

      MatchReview deferred = reviews.save(BEIJING, review.decide(1, ReviewDecision.DEFER, REVIEWER, NOW).get()).get();
      MatchReview decided =
          reviews.save(BEIJING, deferred.decide(2, ReviewDecision.KEEP_APART, OTHER_REVIEWER, NOW).get()).get();

      assertThat(deferred.status()).isEqualTo(ReviewStatus.PENDING);
      assertThat(decided.status()).isEqualTo(ReviewStatus.KEPT_APART);
      assertThat(decided.log()).extracting(ReviewLogEntry::decision, ReviewLogEntry::actor)
          .containsExactly(
              org.assertj.core.groups.Tuple.tuple(ReviewDecision.DEFER, REVIEWER),
              org.assertj.core.groups.Tuple.tuple(ReviewDecision.KEEP_APART, OTHER_REVIEWER));
    }

    @Test
    void a_decided_review_cannot_be_decided_again() {
      MatchReview review = queued("R1", "C1", "C2", BJ01, BJ02, 0);
      MatchReview decided = reviews.save(BEIJING, review.decide(1, ReviewDecision.MERGE, REVIEWER, NOW).get()).get();

      assertThat(decided.decide(2, ReviewDecision.KEEP_APART, REVIEWER, NOW).getLeft())
          .isEqualTo(new ReviewError.AlreadyDecided(review.id(), ReviewStatus.MERGE_APPROVED));
    }

    @Test
    void a_decision_on_a_stale_version_is_refused_and_stores_nothing() {
      MatchReview review = queued("R1", "C1", "C2", BJ01, BJ02, 0);
      MatchReviewUpdate first = review.decide(1, ReviewDecision.DEFER, REVIEWER, NOW).get();
      MatchReviewUpdate second = review.decide(1, ReviewDecision.MERGE, OTHER_REVIEWER, NOW).get();
      reviews.save(BEIJING, first);

      Either<ReviewError, MatchReview> stale = reviews.save(BEIJING, second);

      assertThat(stale.getLeft()).isEqualTo(new ReviewError.VersionConflict(review.id(), 1, 2));
      assertThat(reviews.findById(BEIJING, review.id()).orElseThrow().status()).isEqualTo(ReviewStatus.PENDING);
      assertThat(review.decide(0, ReviewDecision.MERGE, REVIEWER, NOW).getLeft())
          .isInstanceOf(ReviewError.VersionConflict.class);
    }

    @Test
    void a_review_outside_the_scope_cannot_be_decided() {
      MatchReview review = queued("R1", "C1", "C2", BJ01, SH01, 0);

      Either<ReviewError, MatchReview> saved =
          reviews.save(BEIJING, review.decide(1, ReviewDecision.MERGE, REVIEWER, NOW).get());

      assertThat(saved.getLeft()).isEqualTo(new ReviewError.ReviewNotFound(review.id()));
    }

    @RepeatedTest(5)
    void of_two_concurrent_decisions_exactly_one_wins() throws Exception {
      MatchReview review = queued("R1", "C1", "C2", BJ01, BJ02, 0);
      ExecutorService pool = Executors.newFixedThreadPool(2);
      CountDownLatch start = new CountDownLatch(1);
      try {
        List<Future<Either<ReviewError, MatchReview>>> results =
            List.of(ReviewDecision.MERGE, ReviewDecision.KEEP_APART).stream()
                .map(decision -> pool.submit(() -> {
                  start.await();
                  return reviews.save(BEIJING, review.decide(1, decision, REVIEWER, NOW).get());
                }))
                .toList();
        start.countDown();
        long wins = 0;
        for (Future<Either<ReviewError, MatchReview>> result : results) {
          wins += result.get().isRight() ? 1 : 0;
        }
        assertThat(wins).isEqualTo(1);
      } finally {
        pool.shutdownNow();
      }
    }
  }

  @Nested
  class Listing {

    @Test
    void pending_reviews_come_oldest_first_and_only_those_the_caller_can_see() {
      MatchReview later = queued("R1", "C1", "C2", BJ01, BJ02, 5);
      MatchReview earlier = queued("R2", "C3", "C4", BJ01, BJ01, 1);
      MatchReview mixed = queued("R3", "C5", "C6", BJ01, SH01, 0);
      MatchReview shanghai = queued("R4", "C7", "C8", SH01, SH01, 0);

      assertThat(reviews.pending(BEIJING, PageRequest.first(10)).items()).containsExactly(earlier, later);
      assertThat(reviews.pending(SHANGHAI, PageRequest.first(10)).items()).containsExactly(shanghai);
      assertThat(reviews.pending(HEAD_OFFICE, PageRequest.first(10)).items()).containsExactly(mixed, shanghai, earlier, later);
      assertThat(reviews.findById(BEIJING, mixed.id())).isEmpty();
    }

    @Test
    void pending_reviews_page() {
      queued("R1", "C1", "C2", BJ01, BJ02, 1);
      queued("R2", "C3", "C4", BJ01, BJ02, 2);
      queued("R3", "C5", "C6", BJ01, BJ02, 3);

      var page = reviews.pending(BEIJING, new PageRequest(1, 1));

      assertThat(page.total()).isEqualTo(3);
      assertThat(page.items()).extracting(MatchReview::id).containsExactly(MatchReviewId.of("R2"));
    }

    @Test
    void every_review_of_a_customer_pending_or_decided() {
      MatchReview first = queued("R1", "C1", "C2", BJ01, BJ02, 1);
      reviews.save(BEIJING, first.decide(1, ReviewDecision.KEEP_APART, REVIEWER, NOW).get());
      queued("R2", "C1", "C3", BJ01, BJ02, 2);
      queued("R3", "C4", "C5", BJ01, BJ02, 3);

      assertThat(reviews.ofCustomer(BEIJING, CustomerId.of("C1"))).extracting(MatchReview::id)
          .containsExactly(MatchReviewId.of("R1"), MatchReviewId.of("R2"));
      assertThat(reviews.ofCustomer(SHANGHAI, CustomerId.of("C1"))).isEmpty();
    }
  }
}
