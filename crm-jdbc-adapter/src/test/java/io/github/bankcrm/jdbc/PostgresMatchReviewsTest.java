package io.github.bankcrm.jdbc;

import io.github.bankcrm.core.resolution.MatchReviews;
import io.github.bankcrm.core.resolution.MatchReviewsContract;

class PostgresMatchReviewsTest extends MatchReviewsContract {

  @Override
  protected MatchReviews newReviews() {
    return TestDatabases.fresh(TestDatabases.postgres()).matchReviews();
  }
}
