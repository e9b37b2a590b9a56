package io.github.bankcrm.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;

class PostgresGuaranteesTest extends JdbcGuaranteesContract {

  @Override
  DataSource dataSource() {
    return TestDatabases.postgres();
  }

  @Override
  DataSource killableDataSource() {
    return TestDatabases.postgres();
  }

  /**
   * Terminates the victim's server process from another session, as a DBA's {@code
   * pg_terminate_backend} or a crashed pooler would, and waits until the process is gone.
   */
  @Override
  KillingDataSource.Killer killer() {
    return victim -> {
      int pid;
      try (Statement statement = victim.createStatement();
          ResultSet rows = statement.executeQuery("select pg_backend_pid()")) {
        rows.next();
        pid = rows.getInt(1);
      }
      try (Connection admin = TestDatabases.postgresAdmin().getConnection()) {
        try (PreparedStatement terminate = admin.prepareStatement("select pg_terminate_backend(?)")) {
          terminate.setInt(1, pid);
          terminate.executeQuery().close();
        }
        try (PreparedStatement alive =
            admin.prepareStatement("select count(*) from pg_stat_activity where pid = ?")) {
          alive.setInt(1, pid);
          for (int poll = 0; poll < 1000; poll++) {
            try (ResultSet rows = alive.executeQuery()) {
              rows.next();
              if (rows.getInt(1) == 0) {
                return;
              }
            }
            Thread.onSpinWait();
          }
        }
        throw new SQLException("backend " + pid + " did not terminate");
      }
    };
  }

  @Override
  DataSource emptyDatabase() {
    return TestDatabases.newPostgresDatabase();
  }
}
