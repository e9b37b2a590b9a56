package io.github.bankcrm.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.bankcrm.core.shared.CrmStorageException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.h2.jdbcx.JdbcConnectionPool;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class TransactionsTest {

  private JdbcConnectionPool dataSource;
  private Transactions transactions;

  @BeforeEach
  void embeddedDatabase() throws SQLException {
    dataSource = JdbcConnectionPool.create("jdbc:h2:mem:" + UUID.randomUUID(), "sa", "");
    transactions = new Transactions(dataSource);
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute("create table note (id int primary key)");
    }
  }

  @AfterEach
  void closePool() {
    dataSource.dispose();
  }

  private int notes() {
    return transactions.inTransaction(
        "count notes",
        connection -> {
          try (Statement statement = connection.createStatement();
              ResultSet rows = statement.executeQuery("select count(*) from note")) {
            rows.next();
            return rows.getInt(1);
          }
        });
  }

  @Test
  void work_that_returns_is_committed() {
    transactions.inTransaction(
        "add notes",
        connection -> {
          try (Statement statement = connection.createStatement()) {
            return statement.executeUpdate("insert into note values (1), (2)");
          }
        });

    assertThat(notes()).isEqualTo(2);
  }

  @Test
  void work_that_fails_half_way_leaves_nothing_behind() {
    assertThatThrownBy(
            () ->
                transactions.inTransaction(
                    "add notes",
                    connection -> {
                      try (Statement statement = connection.createStatement()) {
                        statement.executeUpdate("insert into note values (1)");
                        return statement.executeUpdate("insert into note values (1)");
                      }
                    }))
        .isInstanceOf(CrmStorageException.class)
        .hasMessageStartingWith("add notes failed (SQLState 23505)")
        .hasCauseInstanceOf(SQLException.class);

    assertThat(notes()).isZero();
  }

  @Test
  void a_runtime_failure_rolls_back_and_propagates_unchanged() {
    IllegalStateException failure = new IllegalStateException("rule broken");

    assertThatThrownBy(
            () ->
                transactions.inTransaction(
                    "add note",
                    connection -> {
                      try (Statement statement = connection.createStatement()) {
                        statement.executeUpdate("insert into note values (7)");
                      }
                      throw failure;
                    }))
        .isSameAs(failure);

    assertThat(notes()).isZero();
  }

  @Test
  void the_connection_goes_back_to_the_pool_as_it_came() throws SQLException {
    dataSource.setMaxConnections(1);
    Connection[] used = new Connection[1];
    transactions.inTransaction(
        "look",
        connection -> {
          used[0] = connection;
          assertThat(connection.getAutoCommit()).isFalse();
          return null;
        });

    assertThat(used[0].isClosed()).isTrue();
    try (Connection next = dataSource.getConnection()) {
      assertThat(next.getAutoCommit()).isTrue();
      assertThat(next.getTransactionIsolation()).isEqualTo(Connection.TRANSACTION_READ_COMMITTED);
    }
  }

  @Test
  void refuses_an_isolation_level_that_is_none() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new Transactions(dataSource, Connection.TRANSACTION_NONE));
  }
}
