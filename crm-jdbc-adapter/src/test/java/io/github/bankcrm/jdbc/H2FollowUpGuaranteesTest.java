package io.github.bankcrm.jdbc;

import javax.sql.DataSource;

/** The follow-up guarantees on H2, over the same database setup as {@link H2GuaranteesTest}. */
class H2FollowUpGuaranteesTest extends FollowUpGuaranteesContract {

  private final H2GuaranteesTest database = new H2GuaranteesTest();

  @Override
  DataSource dataSource() {
    return database.dataSource();
  }

  @Override
  DataSource killableDataSource() {
    return database.killableDataSource();
  }

  @Override
  KillingDataSource.Killer killer() {
    return database.killer();
  }
}
