package io.github.bankcrm.examples.cli;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import picocli.CommandLine.Option;

/** The database options of the commands that use one. */
final class DatabaseOptions {

  /** The default: an H2 database in files under {@code ./bank}, kept between runs. */
  static final String DEFAULT_URL = "jdbc:h2:file:./bank/crm;AUTO_SERVER=FALSE";

  @Option(names = "--jdbc-url", defaultValue = DEFAULT_URL,
      description = "the database: H2 or PostgreSQL (default: ${DEFAULT-VALUE})")
  String url;

  @Option(names = "--user", description = "the database user")
  String user;

  @Option(names = "--password", description = "the database password", interactive = false, arity = "1")
  String password;

  /**
   * A small pool on the database; the caller closes it.
   *
   * @return the pool
   */
  HikariDataSource open() {
    return pool(url, user, password);
  }

  /**
   * A small pool on a database; the caller closes it.
   *
   * @param url the JDBC URL
   * @param user the user, or {@code null}
   * @param password the password, or {@code null}
   * @return the pool
   */
  static HikariDataSource pool(String url, String user, String password) {
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(url);
    if (user != null) {
      config.setUsername(user);
      config.setPassword(password);
    }
    config.setMaximumPoolSize(4);
    return new HikariDataSource(config);
  }
}
