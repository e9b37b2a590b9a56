package io.github.bankcrm.jdbc;

import static java.util.Objects.requireNonNull;

import io.github.bankcrm.jdbc.internal.Scopes;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * The entry point of the JDBC adapter: migrates the schema and hands out the ports, all over one
 * caller-supplied {@link DataSource}. The adapter owns no pool and no thread.
 *
 * <pre>{@code
 * DataSource dataSource = ...;                 // HikariCP, the app server's pool, H2's JdbcDataSource
 * JdbcCrm.migrate(dataSource);                 // Flyway, scripts shipped in this jar
 * JdbcCrm crm = JdbcCrm.on(dataSource);        // H2 or PostgreSQL, detected
 * Customers customers = crm.customers();
 * }</pre>
 *
 * <p>The ports of one {@code JdbcCrm} share a cache of organisation unit paths (units never move, so
 * the cache never goes stale); use one instance per database.
 */
public final class JdbcCrm {

  /** The Flyway history table, named so that it sits beside a bank's own tables without clashing. */
  public static final String SCHEMA_HISTORY_TABLE = "crm_schema_history";

  private final SqlDialect dialect;
  private final DocumentNumberProtection protection;
  private final Transactions transactions;
  private final Scopes scopes = new Scopes();

  private JdbcCrm(DataSource dataSource, SqlDialect dialect, DocumentNumberProtection protection) {
    this.dialect = dialect;
    this.protection = protection;
    this.transactions = new Transactions(dataSource);
  }

  /**
   * The adapter over a database whose schema is migrated, with document numbers in plain text.
   *
   * @param dataSource the database
   * @return the adapter
   * @throws IllegalArgumentException if the database is neither H2 nor PostgreSQL
   */
  public static JdbcCrm on(DataSource dataSource) {
    return on(dataSource, DocumentNumberProtection.plain());
  }

  /**
   * The adapter over a database whose schema is migrated.
   *
   * @param dataSource the database
   * @param protection how identity-document numbers are kept at rest
   * @return the adapter
   * @throws IllegalArgumentException if the database is neither H2 nor PostgreSQL
   */
  public static JdbcCrm on(DataSource dataSource, DocumentNumberProtection protection) {
    requireNonNull(protection, "protection");
    return new JdbcCrm(dataSource, SqlDialect.of(dataSource), protection);
  }

  /**
   * Brings the schema up to date with Flyway: the scripts of the detected dialect, shipped in this
   * jar, recorded in {@value #SCHEMA_HISTORY_TABLE}; an applied script whose checksum changed is
   * refused. Safe to call on every start; concurrent calls are serialised by Flyway's lock.
   *
   * @param dataSource the database
   * @return how many scripts were applied now
   * @throws org.flywaydb.core.api.FlywayException if validation or a script fails
   */
  public static int migrate(DataSource dataSource) {
    SqlDialect dialect = SqlDialect.of(dataSource);
    MigrateResult result =
        Flyway.configure(JdbcCrm.class.getClassLoader())
            .dataSource(dataSource)
            .locations("classpath:" + dialect.migrationFolder())
            .table(SCHEMA_HISTORY_TABLE)
            .validateOnMigrate(true)
            .cleanDisabled(true)
            .load()
            .migrate();
    return result.migrationsExecuted;
  }

  /**
   * The database this adapter talks to.
   *
   * @return H2 or PostgreSQL
   */
  public SqlDialect dialect() {
    return dialect;
  }

  /**
   * The customer store.
   *
   * @return a store over this database
   */
  public JdbcCustomers customers() {
    return new JdbcCustomers(transactions, dialect, scopes, protection);
  }

  /**
   * The organisation units.
   *
   * @return a store over this database
   */
  public JdbcOrganizationUnits organizationUnits() {
    return new JdbcOrganizationUnits(transactions);
  }

  /**
   * The static groups.
   *
   * @return a store over this database
   */
  public JdbcGroups groups() {
    return new JdbcGroups(transactions, dialect, scopes);
  }

  /**
   * The stored memberships of dynamic segments.
   *
   * @return a store over this database
   */
  public JdbcSegmentMemberships segmentMemberships() {
    return new JdbcSegmentMemberships(transactions, scopes);
  }

  /**
   * The accounts customers hold.
   *
   * @return a store over this database
   */
  public JdbcAccounts accounts() {
    return new JdbcAccounts(transactions, dialect, scopes);
  }

  /**
   * The loan contracts customers borrow under or guarantee.
   *
   * @return a store over this database
   */
  public JdbcLoanContracts loanContracts() {
    return new JdbcLoanContracts(transactions, dialect, scopes);
  }

  /**
   * The customers' service assignment histories.
   *
   * @return a store over this database
   */
  public JdbcServiceAssignments serviceAssignments() {
    return new JdbcServiceAssignments(transactions, dialect, scopes);
  }

  /**
   * The customer lifecycles with their transition logs.
   *
   * @return a store over this database
   */
  public JdbcLifecycles lifecycles() {
    return new JdbcLifecycles(transactions, dialect, scopes);
  }

  /**
   * The contact records and complaints.
   *
   * @return a store over this database
   */
  public JdbcInteractions interactions() {
    return new JdbcInteractions(transactions, dialect, scopes);
  }

  /**
   * The early warnings with their follow-up logs.
   *
   * @return a store over this database
   */
  public JdbcWarnings warnings() {
    return new JdbcWarnings(transactions, dialect, scopes);
  }

  /**
   * The customer-to-customer relationships, with the household and corporate-group queries.
   *
   * @return a store over this database
   */
  public JdbcRelationships relationships() {
    return new JdbcRelationships(transactions, dialect, scopes);
  }

  /**
   * The review queue of candidate duplicate pairs and its decisions.
   *
   * @return a store over this database
   */
  public JdbcMatchReviews matchReviews() {
    return new JdbcMatchReviews(transactions, dialect, scopes);
  }

  /**
   * The merge records of identity resolution, with the outbox of their events.
   *
   * @return a store over this database
   */
  public JdbcMergeRecords mergeRecords() {
    return new JdbcMergeRecords(transactions, dialect, scopes);
  }

  /**
   * The outbox of recorded domain events.
   *
   * @return the outbox of this database
   */
  public JdbcOutbox outbox() {
    return new JdbcOutbox(transactions);
  }

  /**
   * Says which database and protection this is.
   *
   * @return for example {@code JdbcCrm[H2, DocumentNumberProtection[plain]]}
   */
  @Override
  public String toString() {
    return "JdbcCrm[" + dialect + ", " + protection + "]";
  }
}
