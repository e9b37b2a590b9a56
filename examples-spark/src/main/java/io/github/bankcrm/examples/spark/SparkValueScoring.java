package io.github.bankcrm.examples.spark;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.github.bankcrm.core.shared.FieldError;
import io.github.bankcrm.scoring.model.ScoringModel;
import io.github.bankcrm.scoring.model.ScoringModels;
import io.github.bankcrm.scoring.score.ValueScorer;
import io.github.bankcrm.scoring.snapshot.CustomerSnapshot;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.util.Iterator;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoder;
import org.apache.spark.sql.Encoders;

/**
 * Scores customer snapshots held in a Spark {@link Dataset}: the same {@link ValueScorer} as a real-time
 * call or the {@code BatchScorer}, one per partition, so a score from Spark equals the score of the same
 * snapshot anywhere else (same model fingerprint, same figures, same explanation).
 *
 * <p>Snapshots travel as their JSON documents (the form {@link #json} writes and the README's plain
 * mapper reads), one per row: a warehouse extract in JSON lines reads straight into such a dataset with
 * {@code spark.read().textFile(path)}. The model travels as its canonical JSON and is loaded once per
 * partition. A snapshot the model refuses becomes a row with the error's code; a document that is not a
 * snapshot becomes a row with {@value ScoreRow#UNREADABLE}; neither stops the job.
 *
 * <pre>{@code
 * Dataset<String> snapshots = spark.read().textFile("snapshots.jsonl");
 * Dataset<ScoreRow> scores = SparkValueScoring.score(snapshots, ScoringModels.defaultModel());
 * Dataset<FactorRow> factors = SparkValueScoring.factors(scores);
 * scores.groupBy("tier").count().show();
 * }</pre>
 */
public final class SparkValueScoring {

  /** The encoder of score rows. */
  public static final Encoder<ScoreRow> SCORES = Encoders.bean(ScoreRow.class);

  /** The encoder of factor rows. */
  public static final Encoder<FactorRow> FACTORS = Encoders.bean(FactorRow.class);

  /** The plain mapper the README documents: Java time, no default typing. Thread-safe once built. */
  private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule());

  private SparkValueScoring() {}

  /**
   * Scores every snapshot of a dataset, lazily, partition by partition.
   *
   * @param snapshots one snapshot's JSON document per row
   * @param model the scoring model
   * @return one row per input row, in the input's partitioning
   */
  public static Dataset<ScoreRow> score(Dataset<String> snapshots, ScoringModel model) {
    requireNonNull(snapshots, "snapshots");
    requireNonNull(model, "model");
    return snapshots.mapPartitions(new ScorePartition(ScoringModels.write(model)), SCORES);
  }

  /**
   * The factor rows of scored customers: one row per factor of every scored row, none for a rejected
   * one.
   *
   * @param scores rows from {@link #score}
   * @return the factor rows
   */
  public static Dataset<FactorRow> factors(Dataset<ScoreRow> scores) {
    requireNonNull(scores, "scores");
    return scores.flatMap((FlatMapFunction<ScoreRow, FactorRow>) row -> row.getFactors().iterator(), FACTORS);
  }

  /**
   * A snapshot's JSON document, as {@link #score} reads it.
   *
   * @param snapshot the snapshot
   * @return its JSON
   */
  public static String json(CustomerSnapshot snapshot) {
    requireNonNull(snapshot, "snapshot");
    try {
      return JSON.writeValueAsString(snapshot);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a snapshot always writes as JSON", e);
    }
  }

  /**
   * Scores one partition with its own scorer. Serialised to the executors: it carries the model's JSON
   * only, never a scorer.
   */
  private static final class ScorePartition implements MapPartitionsFunction<String, ScoreRow> {

    private static final long serialVersionUID = 1L;

    private final String model;

    ScorePartition(String model) {
      this.model = model;
    }

    @Override
    public Iterator<ScoreRow> call(Iterator<String> documents) {
      Validation<Seq<FieldError>, ScoringModel> loaded = ScoringModels.load(model);
      if (loaded.isInvalid()) {
        throw new IllegalStateException("the canonical form of a valid model no longer loads: " + loaded.getError().head().code());
      }
      ValueScorer scorer = ValueScorer.of(loaded.get());
      return new Iterator<>() {
        @Override
        public boolean hasNext() {
          return documents.hasNext();
        }

        @Override
        public ScoreRow next() {
          CustomerSnapshot snapshot;
          try {
            snapshot = JSON.readValue(documents.next(), CustomerSnapshot.class);
          } catch (JsonProcessingException unreadable) {
            // an input error of this row, not of the job; Jackson's message may quote the document
            return ScoreRow.unreadable();
          }
          return scorer.score(snapshot).fold(ScoreRow::rejected, ScoreRow::of);
        }
      };
    }
  }
}
