package io.github.bankcrm.jdbc;

import java.util.UUID;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;

class H2GuaranteesTest extends JdbcGuaranteesContract {

  @Override
  DataSource dataSource() {
    return TestDatabases.h2();
  }

  /** Unpooled connections to the same in-memory database: closing one ends its session. */
  @Override
  DataSource killableDataSource() {
    JdbcDataSource raw = new JdbcDataSource();
    raw.setURL(TestDatabases.H2_URL);
    raw.setUser("sa");
    return raw;
  }

  /** H2 rolls back what an ended session did not commit, as a server does for a cut connection. */
  @Override
  KillingDataSource.Killer killer() {
    return victim -> victim.close();
  }

  @Override
  DataSource emptyDatabase() {
    return TestDatabases.h2Pool(UUID.randomUUID().toString());
  }
}
