package io.github.bankcrm.jdbc;

import javax.sql.DataSource;
import net.jqwik.api.PropertyDefaults;

@PropertyDefaults(tries = 25)
class PostgresMergeExecutionProperties extends JdbcMergeExecutionProperties {

  private final PostgresGuaranteesTest postgres = new PostgresGuaranteesTest();

  @Override
  DataSource database() {
    return postgres.dataSource();
  }

  @Override
  DataSource killableDataSource() {
    return postgres.killableDataSource();
  }

  @Override
  KillingDataSource.Killer killer() {
    return postgres.killer();
  }
}
