package io.github.bankcrm.examples.spark;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.bankcrm.core.holding.ProductType;
import io.github.bankcrm.examples.bank.SyntheticBank;
import io.github.bankcrm.examples.bank.ValueSnapshots;
import io.github.bankcrm.scoring.batch.BatchOptions;
import io.github.bankcrm.scoring.batch.BatchScorer;
import io.github.bankcrm.scoring.batch.ProgressListener;
import io.github.bankcrm.scoring.batch.ScoreSink;
import io.github.bankcrm.scoring.model.ScoringModel;
import io.github.bankcrm.scoring.model.ScoringModels;
import io.github.bankcrm.scoring.score.ScoringError;
import io.github.bankcrm.scoring.score.ValueScore;
import io.github.bankcrm.scoring.score.ValueScorer;
import io.github.bankcrm.scoring.snapshot.CustomerSnapshot;
import io.github.bankcrm.scoring.snapshot.Position;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Scores from Spark are the scores of the plain batch API, customer by customer. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SparkValueScoringTest {

  private static final int CUSTOMERS = 3_000;
  private static final ScoringModel MODEL = ScoringModels.defaultModel();

  private SparkSession spark;
  private List<CustomerSnapshot> snapshots;

  @BeforeAll
  void startSpark() {
    spark = SparkScoringDemo.localSession("local[2]");
    snapshots = new SyntheticBank(SyntheticBank.Config.of(11, CUSTOMERS)).customers()
        .map(customer -> ValueSnapshots.atLoad(customer))
        .toList();
  }

  @AfterAll
  void stopSpark() {
    spark.stop();
  }

  private Dataset<String> documents(List<CustomerSnapshot> input, int partitions) {
    return spark.createDataset(input.stream().map(SparkValueScoring::json).toList(), Encoders.STRING())
        .repartition(partitions);
  }

  /** What the plain batch API says of each customer, as rows. */
  private static Map<String, ScoreRow> batchScores(List<CustomerSnapshot> input) {
    Map<String, ScoreRow> rows = new LinkedHashMap<>();
    new BatchScorer(ValueScorer.of(MODEL), BatchOptions.defaults().withThreads(2)).score(input.stream(), new ScoreSink() {
      @Override
      public void accept(ValueScore score) {
        rows.put(score.customerId().value(), ScoreRow.of(score));
      }

      @Override
      public void reject(ScoringError error) {
        rows.put(error.customerId().value(), ScoreRow.rejected(error));
      }
    }, ProgressListener.NONE);
    return rows;
  }

  @Nested
  class Scores {

    @Test
    void equal_the_batch_scorers_customer_by_customer() {
      Map<String, ScoreRow> expected = batchScores(snapshots);

      Map<String, ScoreRow> fromSpark = SparkValueScoring.score(documents(snapshots, 4), MODEL).collectAsList()
          .stream().collect(Collectors.toMap(ScoreRow::getCustomerId, Function.identity()));

      assertThat(fromSpark).hasSize(CUSTOMERS).containsOnlyKeys(expected.keySet());
      expected.forEach((customer, row) -> assertThat(fromSpark.get(customer)).as(customer).isEqualTo(row));
      assertThat(expected.values().stream().map(ScoreRow::getTier).distinct().count()).as("tiers").isGreaterThan(1);
    }

    @Test
    void do_not_depend_on_the_partitioning() {
      List<CustomerSnapshot> some = snapshots.subList(0, 500);

      assertThat(SparkValueScoring.score(documents(some, 1), MODEL).collectAsList())
          .containsExactlyInAnyOrderElementsOf(SparkValueScoring.score(documents(some, 7), MODEL).collectAsList());
    }
  }

  @Nested
  class FactorRows {

    @Test
    void are_one_per_factor_of_each_scored_customer_and_add_up_to_the_score() {
      List<CustomerSnapshot> some = snapshots.subList(0, 500);
      Dataset<ScoreRow> scores = SparkValueScoring.score(documents(some, 3), MODEL);

      Map<String, Integer> pointsByCustomer = SparkValueScoring.factors(scores).collectAsList().stream()
          .collect(Collectors.groupingBy(FactorRow::getCustomerId, Collectors.summingInt(FactorRow::getPoints)));

      Map<String, ScoreRow> expected = batchScores(some);
      assertThat(pointsByCustomer).hasSize(500);
      expected.forEach((customer, row) -> assertThat(pointsByCustomer.get(customer)).as(customer).isEqualTo(row.getScore()));
    }
  }

  @Nested
  class Rejections {

    @Test
    void an_invalid_snapshot_and_an_unreadable_document_become_rows_with_a_code_and_the_job_goes_on() {
      CustomerSnapshot valid = snapshots.get(0);
      CustomerSnapshot invalid = new CustomerSnapshot(valid.customerId(), valid.asOf(), valid.periodDays(), valid.stage(),
          valid.attributes(), List.of(new Position(ProductType.LOAN, Currency.getInstance("CNY"), -1, 0.04)),
          valid.fees(), valid.channelUses(), valid.transactions(), valid.credit());
      List<String> input = List.of(SparkValueScoring.json(invalid), "{\"customerId\": ", SparkValueScoring.json(snapshots.get(1)));

      List<ScoreRow> rows = SparkValueScoring.score(spark.createDataset(input, Encoders.STRING()), MODEL).collectAsList();

      ScoreRow batchRejection = batchScores(List.of(invalid)).get(valid.customerId().value());
      assertThat(batchRejection.getRejection()).isNotNull();
      assertThat(rows).hasSize(3);
      assertThat(rows.get(0)).isEqualTo(batchRejection);
      assertThat(rows.get(1)).isEqualTo(ScoreRow.unreadable());
      assertThat(rows.get(2)).isEqualTo(batchScores(List.of(snapshots.get(1))).get(snapshots.get(1).customerId().value()));
    }
  }

  @Nested
  class Demo {

    @Test
    void scores_a_small_bank_and_prints_its_summary() {
      ByteArrayOutputStream printed = new ByteArrayOutputStream();
      SparkScoringDemo.Options options = SparkScoringDemo.Options.parse("--size=400", "--seed=3", "--partitions=3");

      SparkScoringDemo.Summary summary =
          new SparkScoringDemo(spark, options, new PrintStream(printed, true, StandardCharsets.UTF_8), false).run();

      String output = printed.toString(StandardCharsets.UTF_8);
      assertThat(summary.generated()).isEqualTo(400);
      assertThat(summary.scored() + summary.rejected()).isEqualTo(400);
      assertThat(summary.tiers().values().stream().mapToLong(Long::longValue).sum()).isEqualTo(summary.scored());
      assertThat(summary.factorRows()).isEqualTo(summary.scored() * MODEL.score().factors().size());
      assertThat(output).contains("snapshots 100% (400/400)", "Summary", summary.line()).doesNotContain("\r");
    }
  }
}
