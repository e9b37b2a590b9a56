package io.github.bankcrm.jdbc.internal;

import io.github.bankcrm.core.customer.CustomerId;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;

/**
 * What a save needs to know of the stored row of an aggregate about one customer (an interaction, a
 * warning) before it decides: the version to compare, and the customer whose scope decides visibility.
 *
 * @param version the stored version
 * @param customerId the customer the aggregate is about
 */
public record StoredRow(long version, CustomerId customerId) {

  /**
   * Reads the row, locking it for the rest of the transaction unless the save creates the aggregate
   * (then there is nothing to lock; a concurrent creation is refused by the primary key).
   *
   * @param connection the transaction's connection
   * @param table the aggregate's table, a constant of the adapter with {@code id}, {@code version} and
   *     {@code customer_id} columns
   * @param id the aggregate's number
   * @param lock whether to lock the row ({@code select ... for update})
   * @return the row, if stored
   * @throws SQLException on a database error
   */
  public static Optional<StoredRow> read(Connection connection, String table, String id, boolean lock)
      throws SQLException {
    return Sql.of(
            "select version, customer_id from " + table + " where id = ?" + (lock ? " for update" : ""),
            id)
        .single(connection, row -> new StoredRow(row.getLong(1), CustomerId.of(row.getString(2))));
  }
}
