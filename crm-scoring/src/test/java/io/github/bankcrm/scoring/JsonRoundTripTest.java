package io.github.bankcrm.scoring;

import static io.github.bankcrm.scoring.SnapshotFixture.AS_OF;
import static io.github.bankcrm.scoring.SnapshotFixture.CNY;
import static io.github.bankcrm.scoring.SnapshotFixture.aCustomer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.github.bankcrm.core.CrmJson;
import io.github.bankcrm.core.customer.CustomerId;
import io.github.bankcrm.core.holding.ProductType;
import io.github.bankcrm.core.organization.RelationshipManagerId;
import io.github.bankcrm.scoring.batch.BatchSummary;
import io.github.bankcrm.scoring.batch.Progress;
import io.github.bankcrm.scoring.model.ScoringModels;
import io.github.bankcrm.scoring.rollup.ManagerAttribution;
import io.github.bankcrm.scoring.rollup.ValueRollup;
import io.github.bankcrm.scoring.rollup.ValueRollups;
import io.github.bankcrm.scoring.score.ScoringError;
import io.github.bankcrm.scoring.score.ValueScore;
import io.github.bankcrm.scoring.score.ValueScorer;
import io.github.bankcrm.scoring.snapshot.CustomerSnapshot;
import io.github.bankcrm.scoring.snapshot.FeeType;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The public value types of crm-scoring read back equal with the documented plain mapper. */
class JsonRoundTripTest {

  private final ValueScorer scorer = ValueScorer.of(ScoringModels.defaultModel());
  private final CustomerSnapshot snapshot =
      aCustomer()
          .holds(ProductType.LOAN, CNY, 50_000_000, 0.045)
          .fee(FeeType.PAYMENTS, 12_345)
          .transactions(AS_OF.minusDays(3), 40, 3_000_000)
          .credit(0.02, 0.4, 50_000_000)
          .build();

  @Test
  void snapshots() {
    assertThat(CrmJson.roundTrip(snapshot, CustomerSnapshot.class)).isEqualTo(snapshot);
  }

  @Test
  void value_scores() {
    ValueScore score = scorer.score(snapshot).get();

    assertThat(CrmJson.roundTrip(score, ValueScore.class)).isEqualTo(score);
  }

  @Test
  void scoring_errors_by_type_name() {
    ScoringError error =
        scorer.score(aCustomer().holds(ProductType.LOAN, CNY, -1, 0.04).build()).getLeft();

    assertThat(CrmJson.write(error)).contains("\"type\":\"INVALID_SNAPSHOT\"");
    assertThat(CrmJson.roundTrip(error, ScoringError.class)).isEqualTo(error);
    ScoringError failed = new ScoringError.Failed(CustomerId.of("C1"), "java.lang.IllegalStateException");
    assertThat(CrmJson.roundTrip(failed, ScoringError.class)).isEqualTo(failed);
  }

  @Test
  void roll_ups() {
    ValueScore score = scorer.score(snapshot).get();
    ValueRollup rollup = ValueRollups.of(Set.of(score.customerId(), CustomerId.of("C2")), id -> Optional.of(score).filter(s -> s.customerId().equals(id)));

    assertThat(CrmJson.roundTrip(rollup, ValueRollup.class)).isEqualTo(rollup);
  }

  @Test
  void manager_attributions_batch_summaries_and_progress() {
    ValueScore score = scorer.score(snapshot).get();
    ManagerAttribution attribution =
        ValueRollups.byManager(Map.of(score.customerId(), RelationshipManagerId.of("RM001")), List.of(score));
    BatchSummary summary = new BatchSummary(10, 2, Duration.ofMillis(1500));
    Progress progress = new Progress(12, 2, 100, Duration.ofSeconds(3));

    assertThat(CrmJson.roundTrip(attribution, ManagerAttribution.class)).isEqualTo(attribution);
    assertThat(CrmJson.roundTrip(summary, BatchSummary.class)).isEqualTo(summary);
    assertThat(CrmJson.roundTrip(progress, Progress.class)).isEqualTo(progress);
  }

  @Test
  void unknown_properties_are_refused() {
    String json = CrmJson.write(snapshot).replace("\"periodDays\"", "\"extra\":1,\"periodDays\"");

    assertThatThrownBy(() -> CrmJson.MAPPER.readValue(json, CustomerSnapshot.class))
        .isInstanceOf(UnrecognizedPropertyException.class);
  }
}
