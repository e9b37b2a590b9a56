package io.github.bankcrm.jdbc;

import javax.sql.DataSource;

class H2BulkTest extends JdbcBulkContract {

  private final H2GuaranteesTest h2 = new H2GuaranteesTest();

  @Override
  DataSource dataSource() {
    return h2.dataSource();
  }

  @Override
  DataSource killableDataSource() {
    return h2.killableDataSource();
  }

  @Override
  KillingDataSource.Killer killer() {
    return h2.killer();
  }
}
