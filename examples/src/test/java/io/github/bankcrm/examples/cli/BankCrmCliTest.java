package io.github.bankcrm.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.bankcrm.core.customer.CustomerId;
import io.github.bankcrm.core.customer.IndividualCustomer;
import io.github.bankcrm.core.organization.AccessScope;
import io.github.bankcrm.core.organization.OrganizationUnitId;
import io.github.bankcrm.examples.bank.SyntheticBank;
import io.github.bankcrm.examples.bank.SyntheticCustomer;
import io.github.bankcrm.examples.bank.ValueSnapshots;
import io.github.bankcrm.jdbc.JdbcCrm;
import io.github.bankcrm.scoring.model.ScoringModels;
import io.github.bankcrm.scoring.score.ValueScore;
import io.github.bankcrm.scoring.score.ValueScorer;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.h2.jdbcx.JdbcConnectionPool;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BankCrmCliTest {

  @TempDir Path work;

  record Run(int code, String out, String err) {
    List<String> outLines() {
      return out.lines().toList();
    }
  }

  static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = BankCrmCli.execute(new PrintWriter(out, true), new PrintWriter(err, true), args);
    return new Run(code, out.toString(), err.toString());
  }

  Path generated(int size) {
    Path dir = work.resolve("bank-" + size);
    Run run = run("generate", "--size=" + size, "--seed=5", "--out-dir=" + dir);
    assertThat(run.code()).as(run.err()).isEqualTo(ExitCodes.OK);
    return dir;
  }

  static List<SyntheticCustomer> bank(int size) {
    return new SyntheticBank(SyntheticBank.Config.of(5, size)).customers().toList();
  }

  static String memoryDatabase() {
    return "jdbc:h2:mem:cli-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
  }

  @Nested
  class Help {

    @Test
    void the_tool_and_every_command_answer_help_with_exit_code_0() {
      Run tool = run("--help");
      assertThat(tool.code()).isEqualTo(ExitCodes.OK);
      assertThat(tool.out()).contains("generate", "import", "score", "dedupe", "warnings", "report", "Exit codes",
          "3   unusable input");
      for (String command : List.of("generate", "import", "score", "dedupe", "warnings", "report")) {
        Run help = run(command, "--help");
        assertThat(help.code()).as(command).isEqualTo(ExitCodes.OK);
        assertThat(help.out()).as(command).startsWith("Usage: bank-crm " + command);
      }
    }

    @Test
    void no_command_an_unknown_command_or_a_bad_option_is_a_usage_error_2() {
      assertThat(run().code()).isEqualTo(ExitCodes.USAGE);
      assertThat(run("frobnicate").code()).isEqualTo(ExitCodes.USAGE);
      Run badOption = run("generate", "--sise=10");
      assertThat(badOption.code()).isEqualTo(ExitCodes.USAGE);
      assertThat(badOption.err()).contains("Unknown option: '--sise=10'");
      assertThat(run("generate", "--size=0", "--out-dir=" + work).code()).isEqualTo(ExitCodes.USAGE);
      assertThat(run("generate", "--size=ten").code()).isEqualTo(ExitCodes.USAGE);
    }
  }

  @Nested
  class Generate {

    @Test
    void writes_the_three_files_with_a_line_per_customer_the_same_for_the_same_seed() throws IOException {
      Path first = generated(40);
      Path again = work.resolve("again");
      run("generate", "--size=40", "--seed=5", "--out-dir=" + again);

      assertThat(Files.readAllLines(first.resolve("customers.csv"))).hasSize(41)
          .first().asString().startsWith("customer_number,kind,name,unit");
      assertThat(Files.readAllLines(first.resolve("snapshots.jsonl"))).hasSize(40);
      assertThat(Files.readAllLines(first.resolve("warning-facts.jsonl"))).hasSize(40);
      for (String file : List.of("customers.csv", "snapshots.jsonl", "warning-facts.jsonl")) {
        assertThat(Files.readString(again.resolve(file))).as(file).isEqualTo(Files.readString(first.resolve(file)));
      }
    }
  }

  @Nested
  class Import {

    @Test
    void saves_the_good_rows_and_reports_each_bad_one_with_its_line_and_every_reason() throws IOException {
      List<String> generated = Files.readAllLines(generated(3).resolve("customers.csv"));
      List<String> lines = new ArrayList<>(generated); // lines 1 (header) to 4
      lines.add("X-1,INDIVIDUAL,,BJ01,,,RESIDENT_ID_CARD,11010519491231002X,,,,,,,,,,,,,"); // 5: no name
      lines.add("X-2,PERSON,某某,BJ01,,,,,,,,,,,,,,,,,"); // 6: unknown kind
      lines.add("X-3,INDIVIDUAL,\"王\n小红\",BJ01,,,RESIDENT_ID_CARD,110105194912310021,,,,1949-13-01,,,,,,,,,"); // 7-8
      lines.add("X-4,INDIVIDUAL,李四,BJ01"); // 9: too few fields
      lines.add(generated.get(1)); // 10: the same customer number again
      lines.add("X-5,INDIVIDUAL,王小红,BJ01,,LOW,RESIDENT_ID_CARD,11010519491231002X,,,,,,13812345678,,,,,,,"); // 11: good
      Path csv = work.resolve("customers.csv");
      Files.write(csv, lines, StandardCharsets.UTF_8);
      String database = memoryDatabase();

      Run run = run("import", "--jdbc-url=" + database, csv.toString());

      assertThat(run.code()).as(run.err()).isEqualTo(ExitCodes.REFUSED_ROWS);
      assertThat(run.out()).contains("imported 4, refused 5 of 9 rows");
      assertThat(run.err().lines().toList())
          .anySatisfy(l -> assertThat(l).startsWith(csv + ":5: refused: ").contains("name.legalName: is required [required]"))
          .anySatisfy(l -> assertThat(l).startsWith(csv + ":6: refused: kind: must be INDIVIDUAL or CORPORATE [invalid_format]"))
          .anySatisfy(l -> assertThat(l).startsWith(csv + ":7: refused: birth_date: must be a date like 2026-11-30 [invalid_format]; ")
              .contains("[control_character]", "[resident_id.check_character]"))
          .anySatisfy(l -> assertThat(l).startsWith(csv + ":9: refused: row: has 4 fields, the header 21 [field_count]"))
          .anySatisfy(l -> assertThat(l).startsWith(csv + ":10: refused: customer_number: appears on an earlier row [duplicate_in_file]"));
      assertThat(run.err()).doesNotContain("11010519491231002X", "110105194912310021", "13812345678", "小红");
      JdbcConnectionPool pool = JdbcConnectionPool.create(database, "", "");
      try {
        JdbcCrm crm = JdbcCrm.on(pool);
        AccessScope bankWide = AccessScope.of(crm.organizationUnits().hierarchy(), List.of(OrganizationUnitId.of("HO")));
        assertThat(crm.customers().findById(bankWide, CustomerId.of("X-5"))).get()
            .isInstanceOf(IndividualCustomer.class);
        assertThat(crm.customers().findById(bankWide, CustomerId.of("X-1"))).isEmpty();
      } finally {
        pool.dispose();
      }

      Run again = run("import", "--jdbc-url=" + database, csv.toString());
      assertThat(again.code()).isEqualTo(ExitCodes.REFUSED_ROWS);
      assertThat(again.out()).contains("imported 0, refused 9 of 9 rows");
      assertThat(again.err()).contains(csv + ":11: refused: ");
    }

    @Test
    void a_missing_file_or_a_header_without_required_columns_is_unusable_input_3() throws IOException {
      Path csv = work.resolve("bad-header.csv");
      Files.writeString(csv, "customer_number,kind,nmae,unit\nX-1,INDIVIDUAL,王小红,BJ01\n");

      Run missing = run("import", "--jdbc-url=" + memoryDatabase(), work.resolve("nope.csv").toString());
      Run header = run("import", "--jdbc-url=" + memoryDatabase(), csv.toString());

      assertThat(missing.code()).isEqualTo(ExitCodes.BAD_INPUT);
      assertThat(missing.err()).contains("nope.csv: no such file");
      assertThat(header.code()).isEqualTo(ExitCodes.BAD_INPUT);
      assertThat(header.err()).contains("lacks [name]", "unknown columns [nmae]");
    }

    @Test
    void a_database_that_cannot_be_reached_is_a_database_failure_4() throws IOException {
      Path csv = generated(2).resolve("customers.csv");

      Run run = run("import", "--jdbc-url=jdbc:h2:file:" + work.resolve("no/such/dir") + ";IFEXISTS=TRUE", csv.toString());

      assertThat(run.code()).as(run.err()).isEqualTo(ExitCodes.DATABASE);
      assertThat(run.err()).contains("database failure");
    }
  }

  @Nested
  class Score {

    @Test
    void prints_the_same_scores_as_the_scoring_api_and_reports_bad_lines() throws IOException {
      Path snapshots = generated(30).resolve("snapshots.jsonl");
      Files.writeString(snapshots, "not json\n{\"customerId\":\"C-1\"}\n", java.nio.file.StandardOpenOption.APPEND);

      Run run = run("score", snapshots.toString());

      assertThat(run.code()).isEqualTo(ExitCodes.REFUSED_ROWS);
      assertThat(run.outLines()).hasSize(31)
          .first().isEqualTo("customer,score,tier,annual_contribution,lifetime_value,loss_making,reasons");
      assertThat(run.err()).contains(snapshots + ":31: refused: not a CustomerSnapshot", snapshots + ":32: refused: ",
          "scored 30, refused 2");
      ValueScorer scorer = ValueScorer.of(ScoringModels.defaultModel());
      Run generatedRun = run("generate", "--size=30", "--seed=5", "--out-dir=" + work.resolve("plain"));
      assertThat(generatedRun.code()).isZero();
      List<String> expected = new ArrayList<>();
      List<String> stages = Files.readAllLines(work.resolve("plain/snapshots.jsonl"));
      for (int i = 0; i < 30; i++) {
        var snapshot = JsonLines.JSON.readValue(stages.get(i), io.github.bankcrm.scoring.snapshot.CustomerSnapshot.class);
        ValueScore score = scorer.score(snapshot).get();
        expected.add(score.customerId().value() + "," + score.score() + "," + score.tier() + ","
            + score.annualContribution() + "," + score.lifetimeValue() + "," + score.isLossMaking() + ","
            + score.explanation().reasons().stream().map(Enum::name).collect(Collectors.joining("|")));
      }
      assertThat(run.outLines().subList(1, 31)).containsExactlyElementsOf(expected);
      // the snapshot file holds what the demo's extract makes of each synthetic customer
      List<SyntheticCustomer> bank = bank(30);
      var first = JsonLines.JSON.readValue(stages.get(0), io.github.bankcrm.scoring.snapshot.CustomerSnapshot.class);
      assertThat(first).isEqualTo(ValueSnapshots.of(bank.get(0), first.stage()));
    }

    @Test
    void takes_a_model_file_and_refuses_an_invalid_model_with_every_problem_3() throws IOException {
      Path snapshots = generated(5).resolve("snapshots.jsonl");
      Path model = work.resolve("model.json");
      Files.writeString(model, ScoringModels.write(ScoringModels.defaultModel()));
      Path broken = work.resolve("broken.json");
      Files.writeString(broken, ScoringModels.write(ScoringModels.defaultModel()).replace("\"CNY\"", "\"QQQ\""));

      Run withFile = run("score", "--model=" + model, snapshots.toString());
      Run withDefault = run("score", snapshots.toString());
      Run invalid = run("score", "--model=" + broken, snapshots.toString());

      assertThat(withFile.code()).isEqualTo(ExitCodes.OK);
      assertThat(withFile.out()).isEqualTo(withDefault.out());
      assertThat(invalid.code()).isEqualTo(ExitCodes.BAD_INPUT);
      assertThat(invalid.err()).contains("not a valid scoring model: ").contains("[");
      assertThat(invalid.out()).isEmpty();
    }

    @Test
    void a_missing_model_file_is_unusable_input_3() throws IOException {
      Path snapshots = generated(5).resolve("snapshots.jsonl");

      Run missing = run("score", "--model=" + work.resolve("nope.json"), snapshots.toString());

      assertThat(missing.code()).isEqualTo(ExitCodes.BAD_INPUT);
      assertThat(missing.err()).contains("nope.json: no such file");
      assertThat(missing.out()).isEmpty();
    }
  }

  @Nested
  class Dedupe {

    @Test
    void finds_planted_duplicates_and_prints_numbers_not_personal_data() throws IOException {
      List<SyntheticCustomer> bank = bank(300);
      Set<String> planted = bank.stream().flatMap(c -> c.plantedDuplicate().stream())
          .map(d -> d.duplicate().value() + "," + d.original().value() + "|" + d.original().value() + "," + d.duplicate().value())
          .collect(Collectors.toSet());
      assertThat(planted).isNotEmpty();

      Run run = run("dedupe", generated(300).resolve("customers.csv").toString());

      assertThat(run.code()).as(run.err()).isEqualTo(ExitCodes.OK);
      assertThat(run.outLines().get(0)).isEqualTo("first,second,decision,score,agreeing_fields");
      assertThat(run.outLines().subList(1, run.outLines().size()))
          .isNotEmpty()
          .anySatisfy(line -> assertThat(planted.stream().anyMatch(pair ->
              java.util.Arrays.stream(pair.split("\\|")).anyMatch(line::startsWith))).isTrue());
      bank.stream().map(c -> c.registration().customer())
          .filter(IndividualCustomer.class::isInstance)
          .forEach(c -> assertThat(run.out()).doesNotContain(((IndividualCustomer) c).profile().name().legalName()));
    }
  }

  @Nested
  class Warnings {

    @Test
    void assesses_every_customer_and_prints_those_at_risk_with_their_factors() throws IOException {
      Path facts = generated(200).resolve("warning-facts.jsonl");

      Run run = run("warnings", facts.toString());

      assertThat(run.code()).as(run.err()).isEqualTo(ExitCodes.OK);
      assertThat(run.outLines().get(0)).isEqualTo("customer,level,points,factors");
      assertThat(run.outLines().subList(1, run.outLines().size())).isNotEmpty()
          .allSatisfy(line -> assertThat(line).matches("[A-Z0-9-]+,(LOW|MEDIUM|HIGH|CRITICAL),\\d+,[A-Z_]+=.*"));
      assertThat(run.err()).contains("assessed 200, refused 0");
    }

    @Test
    void reports_a_bad_line_1_and_refuses_an_invalid_policy_3() throws IOException {
      Path facts = generated(5).resolve("warning-facts.jsonl");
      Files.writeString(facts, "[1,2]\n", java.nio.file.StandardOpenOption.APPEND);
      Path policy = work.resolve("policy.json");
      Files.writeString(policy, "{\"id\":\"x\"}");

      Run badLine = run("warnings", facts.toString());
      Run badPolicy = run("warnings", "--policy=" + policy, facts.toString());

      assertThat(badLine.code()).isEqualTo(ExitCodes.REFUSED_ROWS);
      assertThat(badLine.err()).contains(facts + ":6: refused: not a WarningFacts");
      assertThat(badPolicy.code()).isEqualTo(ExitCodes.BAD_INPUT);
    }

    @Test
    void a_missing_policy_file_or_a_policy_of_json_null_is_unusable_input_3() throws IOException {
      Path facts = generated(5).resolve("warning-facts.jsonl");
      Path nullPolicy = work.resolve("null-policy.json");
      Files.writeString(nullPolicy, "null");

      Run missing = run("warnings", "--policy=" + work.resolve("nope.json"), facts.toString());
      Run jsonNull = run("warnings", "--policy=" + nullPolicy, facts.toString());

      assertThat(missing.code()).isEqualTo(ExitCodes.BAD_INPUT);
      assertThat(missing.err()).contains("nope.json: no such file");
      assertThat(jsonNull.code()).isEqualTo(ExitCodes.BAD_INPUT);
      assertThat(jsonNull.err()).contains("not a warning policy (the file holds JSON null)");
      assertThat(jsonNull.out()).isEmpty();
    }
  }

  @Nested
  class Report {

    @Test
    void runs_the_pipeline_and_prints_the_path_of_the_html_report() throws IOException {
      Path html = work.resolve("out/bank.html");

      Run run = run("report", "--size=150", "--seed=3", "--jdbc-url=" + memoryDatabase(), "--out=" + html);

      assertThat(run.code()).as(run.err()).isEqualTo(ExitCodes.OK);
      assertThat(run.out().strip()).isEqualTo(html.toAbsolutePath().toString());
      assertThat(Files.readString(html)).contains("id=\"chart-tiers\"", "id=\"chart-managers\"", "customers scored");
      assertThat(work.resolve("out/bank.md")).exists();
      assertThat(run.err()).contains("Summary", "HTML report: ");
      assertThat(run("report", "--out=" + work.resolve("x.txt")).code()).isEqualTo(ExitCodes.USAGE);
    }
  }
}
