package io.github.bankcrm.jdbc;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.github.bankcrm.core.organization.OrganizationFixture;
import io.github.bankcrm.core.organization.OrganizationUnit;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcConnectionPool;

/**
 * The two real databases the adapter is tested on, each started once per JVM and migrated once: an
 * in-memory H2 and an embedded PostgreSQL server (binaries from Maven Central, no Docker). Tests get
 * a clean database by {@link #fresh}, which empties every table and stores the fixture bank's units.
 */
final class TestDatabases {

  /** Tables in an order that deleting in it breaks no foreign key. */
  private static final List<String> TABLES =
      List.of(
          "crm_outbox",
          "crm_merge_record",
          "crm_match_review_decision",
          "crm_match_review",
          "crm_relationship",
          "crm_warning_log",
          "crm_warning",
          "crm_interaction",
          "crm_lifecycle_transition",
          "crm_lifecycle",
          "crm_service_assignment",
          "crm_service_history",
          "crm_loan_contract_party",
          "crm_loan_contract",
          "crm_account_holder",
          "crm_account",
          "crm_segment_member",
          "crm_segment_membership",
          "crm_group_member",
          "crm_group",
          "crm_customer_change",
          "crm_identity_document",
          "crm_customer_name",
          "crm_customer",
          "crm_organization_unit");

  /** The URL of the shared in-memory H2 database. */
  static final String H2_URL = "jdbc:h2:mem:crm;DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000";

  private TestDatabases() {}

  private static final class H2 {
    static final DataSource DATA_SOURCE = migrated(h2Pool("crm"));
  }

  /** The folder of the H2 file databases the tests create, under the module's {@code target}. */
  static final Path H2_FILES = Path.of("target", "h2-files").toAbsolutePath();

  private static final class H2File {
    static final DataSource DATA_SOURCE = migrated(h2FilePool(newH2File("crm")));
  }

  /**
   * The JDBC URL of a new H2 file database under {@link #H2_FILES}: any file of that name left by an
   * earlier run is deleted first.
   */
  static String newH2File(String name) {
    try {
      Files.createDirectories(H2_FILES);
      for (String suffix : List.of(".mv.db", ".trace.db")) {
        Files.deleteIfExists(H2_FILES.resolve(name + suffix));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot prepare " + H2_FILES, e);
    }
    return "jdbc:h2:file:" + H2_FILES.resolve(name) + ";LOCK_TIMEOUT=10000";
  }

  /** A pool over an H2 file database; not migrated. The database closes with its last connection. */
  static JdbcConnectionPool h2FilePool(String url) {
    JdbcConnectionPool pool = JdbcConnectionPool.create(url, "sa", "");
    pool.setMaxConnections(16);
    return pool;
  }

  /** A new, empty PostgreSQL database on the shared server, not migrated. */
  static DataSource newPostgresDatabase() {
    String name = "scratch_" + java.util.UUID.randomUUID().toString().replace("-", "");
    try (Connection connection = postgresAdmin().getConnection();
        Statement statement = connection.createStatement()) {
      statement.executeUpdate("create database " + name);
    } catch (SQLException e) {
      throw new IllegalStateException("cannot create a scratch database", e);
    }
    return Postgres.SERVER.getDatabase("postgres", name);
  }

  private static final class Postgres {
    static final EmbeddedPostgres SERVER = start();
    static final HikariDataSource DATA_SOURCE = migrated(pool(SERVER.getPostgresDatabase()));

    private static EmbeddedPostgres start() {
      try {
        EmbeddedPostgres server = EmbeddedPostgres.builder().start();
        Runtime.getRuntime()
            .addShutdownHook(
                new Thread(
                    () -> {
                      try {
                        server.close();
                      } catch (IOException e) {
                        throw new UncheckedIOException(e);
                      }
                    }));
        return server;
      } catch (IOException e) {
        throw new UncheckedIOException("embedded PostgreSQL did not start", e);
      }
    }
  }

  /** A fresh in-memory H2 pool with its own name; not migrated. */
  static JdbcConnectionPool h2Pool(String name) {
    JdbcConnectionPool pool =
        JdbcConnectionPool.create(
            "jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000", "sa", "");
    pool.setMaxConnections(16);
    return pool;
  }

  private static HikariDataSource pool(DataSource unpooled) {
    HikariConfig config = new HikariConfig();
    config.setDataSource(unpooled);
    config.setMaximumPoolSize(10);
    config.setPoolName("crm-test-postgres");
    return new HikariDataSource(config);
  }

  private static <T extends DataSource> T migrated(T dataSource) {
    JdbcCrm.migrate(dataSource);
    return dataSource;
  }

  /** The shared H2 database, migrated. */
  static DataSource h2() {
    return H2.DATA_SOURCE;
  }

  /** The shared H2 file database under {@link #H2_FILES}, created empty by this JVM, migrated. */
  static DataSource h2File() {
    return H2File.DATA_SOURCE;
  }

  /** The shared PostgreSQL database, migrated, pooled by HikariCP. */
  static DataSource postgres() {
    return Postgres.DATA_SOURCE;
  }

  /** A connection to the PostgreSQL server's own database, outside the pool (for admin work). */
  static DataSource postgresAdmin() {
    return Postgres.SERVER.getPostgresDatabase();
  }

  /** An empty migrated database holding only the fixture bank's organisation units. */
  static JdbcCrm fresh(DataSource dataSource, DocumentNumberProtection protection) {
    wipe(dataSource);
    JdbcCrm crm = JdbcCrm.on(dataSource, protection);
    for (OrganizationUnit unit : OrganizationFixture.units()) {
      crm.organizationUnits().add(unit).getOrElseThrow(e -> new AssertionError(e.message()));
    }
    return crm;
  }

  /** An empty migrated database holding only the fixture bank's units, numbers in plain text. */
  static JdbcCrm fresh(DataSource dataSource) {
    return fresh(dataSource, DocumentNumberProtection.plain());
  }

  /** Deletes every row of every table but the schema history and the lock rows. */
  static void wipe(DataSource dataSource) {
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement()) {
      for (String table : TABLES) {
        statement.executeUpdate("delete from " + table);
      }
    } catch (SQLException e) {
      throw new IllegalStateException("cannot wipe the test database", e);
    }
  }

  /**
   * The rows of every customer table, and the outbox rows, of the customers whose number matches.
   *
   * @param numberMatch a constant condition on the number, e.g. {@code = 'C001'} or {@code like 'B%'}
   */
  static long customerRows(DataSource dataSource, String numberMatch) {
    return count(dataSource, "crm_customer", "id " + numberMatch)
        + count(dataSource, "crm_customer_name", "customer_id " + numberMatch)
        + count(dataSource, "crm_identity_document", "customer_id " + numberMatch)
        + count(dataSource, "crm_customer_change", "customer_id " + numberMatch)
        + count(dataSource, "crm_outbox", "aggregate_id " + numberMatch);
  }

  /** Counts the rows of a table that match a condition written by the test. */
  static long count(DataSource dataSource, String table, String condition) {
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement();
        var rows = statement.executeQuery("select count(*) from " + table + " where " + condition)) {
      rows.next();
      return rows.getLong(1);
    } catch (SQLException e) {
      throw new IllegalStateException("cannot count " + table, e);
    }
  }
}
