package io.github.bankcrm.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.h2.jdbcx.JdbcConnectionPool;
import org.junit.jupiter.api.Test;

class JdbcDemoTest {

  @Test
  void the_demo_stores_a_customer_with_its_event_and_prints_no_personal_data() {
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    JdbcConnectionPool dataSource =
        JdbcConnectionPool.create("jdbc:h2:mem:jdbc-demo-test;DB_CLOSE_DELAY=-1", "sa", "");
    try {
      new JdbcDemo(dataSource, new PrintStream(printed, true, StandardCharsets.UTF_8)).run();
    } finally {
      dataSource.dispose();
    }
    String output = printed.toString(StandardCharsets.UTF_8);

    assertThat(output)
        .containsPattern("migrations applied: [1-9]")
        .contains("database: H2")
        .contains("registered IndividualCustomer[")
        .contains("second registration refused [duplicate_identity]")
        .contains("Beijing user finds 1 customer(s) by mobile")
        .contains("outbox: Customer CustomerRegistered");
    assertThat(output).doesNotContain("王小红", "11010519491231002X", "13812345678");
  }
}
