package io.github.bankcrm.jdbc;

import javax.sql.DataSource;

class H2RelationshipQueriesTest extends RelationshipQueriesContract {

  @Override
  DataSource dataSource() {
    return TestDatabases.h2();
  }
}
