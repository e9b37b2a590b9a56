package io.github.bankcrm.jdbc;

import javax.sql.DataSource;

class PostgresBulkSaveProperties extends BulkSaveProperties {

  @Override
  DataSource database() {
    return TestDatabases.postgres();
  }
}
