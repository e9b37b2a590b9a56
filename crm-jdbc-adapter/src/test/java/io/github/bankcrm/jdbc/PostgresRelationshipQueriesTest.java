package io.github.bankcrm.jdbc;

import javax.sql.DataSource;

class PostgresRelationshipQueriesTest extends RelationshipQueriesContract {

  @Override
  DataSource dataSource() {
    return TestDatabases.postgres();
  }
}
