package io.github.bankcrm.jdbc;

import javax.sql.DataSource;
import net.jqwik.api.PropertyDefaults;

@PropertyDefaults(tries = 50)
class H2MergeExecutionProperties extends JdbcMergeExecutionProperties {

  private final H2GuaranteesTest h2 = new H2GuaranteesTest();

  @Override
  DataSource database() {
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
