package io.github.bankcrm.jdbc;

import javax.sql.DataSource;

class PostgresJdbcRelationshipsTest extends JdbcRelationshipsContract {

  @Override
  DataSource dataSource() {
    return TestDatabases.postgres();
  }
}
