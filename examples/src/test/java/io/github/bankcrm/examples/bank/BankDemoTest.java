package io.github.bankcrm.examples.bank;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.bankcrm.core.customer.IndividualCustomer;
import io.github.bankcrm.core.lifecycle.LifecycleStage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.h2.jdbcx.JdbcConnectionPool;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BankDemoTest {

  @Nested
  class ASmallBank {

    @TempDir Path reports;

    @Test
    void runs_every_step_and_its_summary_adds_up_without_printing_personal_data() throws IOException {
      ByteArrayOutputStream printed = new ByteArrayOutputStream();
      Path report = reports.resolve("report.md");
      BankDemo.Options options = BankDemo.Options.parse("--size=300", "--seed=7", "--report=" + report);
      JdbcConnectionPool dataSource =
          JdbcConnectionPool.create("jdbc:h2:mem:bank-demo-test;DB_CLOSE_DELAY=-1", "sa", "");
      BankDemo.Summary summary;
      try {
        summary = new BankDemo(dataSource, options, new PrintStream(printed, true, StandardCharsets.UTF_8), false).run();
      } finally {
        dataSource.dispose();
      }
      String output = printed.toString(StandardCharsets.UTF_8);
      List<SyntheticCustomer> bank = new SyntheticBank(SyntheticBank.Config.of(7, 300)).customers().toList();

      assertThat(summary.database()).isEqualTo("H2");
      assertThat(summary.generated()).isEqualTo(300);
      assertThat(summary.saved() + summary.refused()).isEqualTo(300);
      assertThat(summary.refused()).isEqualTo(summary.duplicatesRefused());
      assertThat(summary.duplicatesRefused()).isEqualTo(bank.stream()
          .flatMap(c -> c.plantedDuplicate().stream())
          .filter(d -> d.kind() == PlantedDuplicate.Kind.OLD_ID_NUMBER).count());
      assertThat(summary.duplicatesFound())
          .isPositive()
          .isLessThanOrEqualTo(summary.plantedDuplicates() - summary.duplicatesRefused());
      assertThat(summary.accounts()).isPositive();
      assertThat(summary.households()).isPositive();
      assertThat(summary.corporateGroups()).isPositive();
      assertThat(summary.stages().values().stream().mapToLong(Long::longValue).sum()).isEqualTo(summary.saved());
      assertThat(summary.stages()).containsKeys(LifecycleStage.PROSPECT, LifecycleStage.DORMANT);
      assertThat(summary.reviewsQueued()).isEqualTo(summary.duplicatesFound() + summary.otherPairsFlagged());
      assertThat(summary.scored()).isEqualTo(summary.saved() - summary.merged());
      assertThat(summary.valueTiers().values().stream().mapToLong(Long::longValue).sum()).isEqualTo(summary.scored());
      assertThat(summary.warningLevels().values().stream().mapToLong(Long::longValue).sum())
          .isEqualTo(summary.warnings());
      assertThat(summary.warnings()).isPositive();

      assertThat(output)
          .contains("every port on JDBC", "review queue (JDBC)")
          .contains("customers 100% (300/300)", "holdings  100% (300/300)", "lifecycle 100% (6/6)", "scoring   100% (300/300)", "Summary")
          .contains(summary.lines().toArray(String[]::new))
          .doesNotContain("\r");
      assertThat(Files.readString(report)).contains("# Synthetic bank report").contains(summary.lines().get(1));
      Path html = reports.resolve("report.html");
      assertThat(output).contains("HTML report: " + html.toAbsolutePath());
      String page = Files.readString(html);
      assertThat(page).contains("id=\"chart-tiers\"", "id=\"chart-scores\"", "id=\"chart-stages\"",
          "id=\"chart-groups\"", "id=\"chart-managers\"", summary.scored() + " customers scored");
      assertThat(page).contains("Largest corporate-group exposures", "Relationship-manager attribution");
      for (SyntheticCustomer customer : bank) {
        if (customer.registration().customer() instanceof IndividualCustomer person) {
          String name = person.profile().name().legalName();
          assertThat(output).doesNotContain(name);
          assertThat(Files.readString(report)).doesNotContain(name);
          assertThat(page).doesNotContain(name);
        }
      }
    }
  }

  @Nested
  class Options {

    @Test
    void defaults_to_two_thousand_customers_on_embedded_h2() {
      BankDemo.Options options = BankDemo.Options.parse();

      assertThat(options.size()).isEqualTo(2_000);
      assertThat(options.jdbcUrl()).isEqualTo(BankDemo.Options.EMBEDDED);
    }

    @Test
    void takes_a_postgresql_url_and_refuses_unknown_options() {
      assertThat(BankDemo.Options.parse("--jdbc-url=jdbc:postgresql://db/crm", "--user=crm").jdbcUrl())
          .isEqualTo("jdbc:postgresql://db/crm");
      assertThatThrownBy(() -> BankDemo.Options.parse("--sise=10")).isInstanceOf(IllegalArgumentException.class);
      assertThatThrownBy(() -> BankDemo.Options.parse("size")).isInstanceOf(IllegalArgumentException.class);
    }
  }

  @Nested
  class Progress {

    @Test
    void off_a_terminal_prints_a_line_per_tenth_and_never_a_carriage_return() {
      ByteArrayOutputStream printed = new ByteArrayOutputStream();
      ConsoleProgress progress =
          new ConsoleProgress(new PrintStream(printed, true, StandardCharsets.UTF_8), "step", 1_000, false);
      for (int done = 1; done <= 1_000; done++) {
        progress.advance(done);
      }
      progress.finish();

      List<String> lines = printed.toString(StandardCharsets.UTF_8).lines().toList();
      assertThat(lines).hasSize(11);
      assertThat(lines.get(0)).isEqualTo("   step  10% (100/1000)");
      assertThat(lines.get(9)).isEqualTo("   step 100% (1000/1000)");
      assertThat(lines.get(10)).startsWith("   step done in ");
    }

    @Test
    void on_a_terminal_redraws_one_line() {
      ByteArrayOutputStream printed = new ByteArrayOutputStream();
      ConsoleProgress progress =
          new ConsoleProgress(new PrintStream(printed, true, StandardCharsets.UTF_8), "step", 4, true);
      progress.advance(2);
      progress.finish();

      String output = printed.toString(StandardCharsets.UTF_8);
      assertThat(output).contains("\r   step [###############---------------]  50%", "\r   step [" + "#".repeat(30) + "] 100%");
      assertThat(output.chars().filter(c -> c == '\n').count()).isEqualTo(2);
    }
  }
}
