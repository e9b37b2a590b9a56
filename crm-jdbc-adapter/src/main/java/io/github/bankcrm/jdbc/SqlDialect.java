package io.github.bankcrm.jdbc;

import static java.util.Objects.requireNonNull;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import javax.sql.DataSource;

/** The databases the adapter supports, each with its own migration scripts. */
public enum SqlDialect {

  /** H2 2.x, the embedded default (in-memory or file). */
  H2("h2"),

  /** PostgreSQL 14 or later, for production. */
  POSTGRESQL("postgresql");

  private final String folder;

  SqlDialect(String folder) {
    this.folder = folder;
  }

  /**
   * Where the Flyway scripts of this dialect sit in the jar.
   *
   * @return for example {@code db/migration/postgresql}
   */
  public String migrationFolder() {
    return "db/migration/" + folder;
  }

  /**
   * Asks the database which it is.
   *
   * @param dataSource the database
   * @return the dialect
   * @throws IllegalArgumentException if the database is neither H2 nor PostgreSQL
   * @throws JdbcStorageException if the database cannot be reached
   */
  public static SqlDialect of(DataSource dataSource) {
    requireNonNull(dataSource, "dataSource");
    String product;
    try (Connection connection = dataSource.getConnection()) {
      product = connection.getMetaData().getDatabaseProductName();
    } catch (SQLException e) {
      throw new JdbcStorageException("detect the database", e);
    }
    String name = product.toLowerCase(Locale.ROOT);
    if (name.equals("h2")) {
      return H2;
    }
    if (name.contains("postgresql")) {
      return POSTGRESQL;
    }
    throw new IllegalArgumentException(
        "unsupported database " + product + "; the adapter supports H2 and PostgreSQL");
  }
}
