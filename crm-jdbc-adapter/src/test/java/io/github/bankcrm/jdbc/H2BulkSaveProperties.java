package io.github.bankcrm.jdbc;

import javax.sql.DataSource;

class H2BulkSaveProperties extends BulkSaveProperties {

  @Override
  DataSource database() {
    return TestDatabases.h2();
  }
}
