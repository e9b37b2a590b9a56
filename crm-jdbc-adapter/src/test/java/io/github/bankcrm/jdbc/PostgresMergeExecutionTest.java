package io.github.bankcrm.jdbc;

import javax.sql.DataSource;

class PostgresMergeExecutionTest extends JdbcMergeExecutionContract {

  @Override
  protected DataSource dataSource() {
    return TestDatabases.postgres();
  }
}
