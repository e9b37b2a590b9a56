package io.github.bankcrm.jdbc;

import javax.sql.DataSource;

class H2JdbcRelationshipsTest extends JdbcRelationshipsContract {

  @Override
  DataSource dataSource() {
    return TestDatabases.h2();
  }
}
