package io.github.bankcrm.jdbc;

import io.github.bankcrm.core.resolution.MatchReviews;
import io.github.bankcrm.core.resolution.MatchReviewsContract;

class H2MatchReviewsTest extends MatchReviewsContract {

  @Override
  protected MatchReviews newReviews() {
    return TestDatabases.fresh(TestDatabases.h2()).matchReviews();
  }
}
