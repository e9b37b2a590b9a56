package io.github.bankcrm.jdbc;

import javax.sql.DataSource;

class H2MergeExecutionTest extends JdbcMergeExecutionContract {

  @Override
  protected DataSource dataSource() {
    return TestDatabases.h2();
  }
}
