package io.github.bankcrm.examples.bank;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The main demo on PostgreSQL, as {@code --jdbc-url} runs it: an embedded server (binaries from Maven
 * Central, no Docker), reached through the demo's own HikariCP pool.
 */
class BankDemoOnPostgresTest {

  @TempDir Path reports;

  @Test
  void runs_every_step_through_the_jdbc_ports_on_postgresql() throws IOException {
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    BankDemo.Summary summary;
    try (EmbeddedPostgres server = EmbeddedPostgres.builder().start()) {
      BankDemo.Options options = BankDemo.Options.parse("--size=200", "--seed=5",
          "--jdbc-url=" + server.getJdbcUrl("postgres", "postgres"), "--user=postgres", "--password=postgres",
          "--report=" + reports.resolve("report.md"));
      summary = BankDemo.runPooled(options, new PrintStream(printed, true, StandardCharsets.UTF_8), false);
    }
    String output = printed.toString(StandardCharsets.UTF_8);

    assertThat(summary.database()).isEqualTo("POSTGRESQL");
    assertThat(summary.saved() + summary.refused()).isEqualTo(200);
    assertThat(summary.accounts()).isPositive();
    assertThat(summary.relationships()).isPositive();
    assertThat(summary.households()).isPositive();
    assertThat(summary.scored()).isEqualTo(summary.saved() - summary.merged());
    assertThat(summary.warnings()).isPositive();
    assertThat(output)
        .contains("every port on JDBC", "review queue (JDBC)", "scoring   100%", "warnings  100%", "Summary")
        .contains(summary.lines().toArray(String[]::new));
  }
}
