package io.github.bankcrm.jdbc;

import javax.sql.DataSource;

/** The follow-up guarantees on Postgres, over the same database setup as {@link PostgresGuaranteesTest}. */
class PostgresFollowUpGuaranteesTest extends FollowUpGuaranteesContract {

  private final PostgresGuaranteesTest database = new PostgresGuaranteesTest();

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
