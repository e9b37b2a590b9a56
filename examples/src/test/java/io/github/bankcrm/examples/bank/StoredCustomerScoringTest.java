package io.github.bankcrm.examples.bank;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.h2.jdbcx.JdbcConnectionPool;
import org.junit.jupiter.api.Test;

class StoredCustomerScoringTest {

  @Test
  void scores_every_stored_customer_of_the_branch_once_from_the_keyset_stream() throws SQLException {
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    JdbcConnectionPool dataSource =
        JdbcConnectionPool.create("jdbc:h2:mem:stored-scoring-test;DB_CLOSE_DELAY=-1", "sa", "");
    try {
      StoredCustomerScoring.Outcome outcome =
          new StoredCustomerScoring(dataSource, new PrintStream(printed, true, StandardCharsets.UTF_8)).run(600);
      long beijing;
      long accounts;
      try (Connection c = dataSource.getConnection(); Statement statement = c.createStatement()) {
        try (ResultSet rows = statement.executeQuery(
            "select count(*) from crm_customer where unit_path like '/HO/BJ/%'")) {
          rows.next();
          beijing = rows.getLong(1);
        }
        try (ResultSet rows = statement.executeQuery("select count(*) from crm_outbox where aggregate_type = 'Account'")) {
          rows.next();
          accounts = rows.getLong(1);
        }
      }

      assertThat(beijing).isPositive().isLessThan(outcome.customersSaved());
      assertThat(outcome.inScope()).isEqualTo(beijing);
      assertThat(outcome.summary().scored() + outcome.summary().rejected()).isEqualTo(beijing);
      assertThat(outcome.summary().rejected()).as(printed.toString(StandardCharsets.UTF_8)).isZero();
      assertThat(accounts).as("one event per opening and balance").isEqualTo(outcome.accountUpdatesSaved());
      assertThat(printed.toString(StandardCharsets.UTF_8)).contains("streamed " + beijing + " Beijing customers");
    } finally {
      dataSource.dispose();
    }
  }
}
