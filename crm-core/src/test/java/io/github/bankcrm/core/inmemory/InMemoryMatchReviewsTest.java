package io.github.bankcrm.core.inmemory;

import io.github.bankcrm.core.resolution.MatchReviews;
import io.github.bankcrm.core.resolution.MatchReviewsContract;

class InMemoryMatchReviewsTest extends MatchReviewsContract {

  @Override
  protected MatchReviews newReviews() {
    return new InMemoryMatchReviews();
  }
}
