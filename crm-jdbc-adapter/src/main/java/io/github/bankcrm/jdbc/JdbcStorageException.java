package io.github.bankcrm.jdbc;

import io.github.bankcrm.core.shared.CrmStorageException;
import io.github.bankcrm.core.shared.Nullable;
import java.sql.SQLException;

/**
 * A database failure in the JDBC adapter: the {@link SQLException} as cause, its SQL state kept for
 * callers that decide on it (retry a serialization failure, page an operator for a full disk). The
 * message names the operation and the SQL state, never the data.
 */
public final class JdbcStorageException extends CrmStorageException {

  private static final long serialVersionUID = 1L;

  private final @Nullable String sqlState;

  /**
   * Wraps a database failure.
   *
   * @param operation what the adapter was doing, e.g. {@code "save customer"}
   * @param cause the failure
   */
  public JdbcStorageException(String operation, SQLException cause) {
    super(operation + " failed (SQLState " + cause.getSQLState() + ")", cause);
    this.sqlState = cause.getSQLState();
  }

  /**
   * The SQL state of the failure (e.g. {@code 23505} unique violation, {@code 08006} connection
   * failure, {@code 57P01} connection terminated by an administrator), if the driver gave one.
   *
   * @return the five-character SQL state, or {@code null}
   */
  public @Nullable String sqlState() {
    return sqlState;
  }

  /**
   * Whether the failure is an integrity-constraint violation (SQL state class {@code 23}).
   *
   * @return whether a constraint refused the change
   */
  public boolean isConstraintViolation() {
    return sqlState != null && sqlState.startsWith("23");
  }

  /** The {@link SQLException} that caused this failure. */
  @Override
  public synchronized SQLException getCause() {
    return (SQLException) super.getCause();
  }
}
