package io.github.bankcrm.scoring.score;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.bankcrm.core.customer.CustomerId;
import io.github.bankcrm.core.holding.ProductType;
import io.github.bankcrm.core.lifecycle.LifecycleStage;
import io.github.bankcrm.scoring.SnapshotFixture;
import io.github.bankcrm.scoring.model.ScoringModels;
import io.github.bankcrm.scoring.snapshot.CreditRisk;
import io.github.bankcrm.scoring.snapshot.CustomerAttributes;
import io.github.bankcrm.scoring.snapshot.CustomerSnapshot;
import io.github.bankcrm.scoring.snapshot.TransactionSummary;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScoreBlockTest {

  private final ValueScorer scorer = ValueScorer.of(ScoringModels.defaultModel());

  @Test
  void a_block_holds_at_least_one_row_and_no_more_than_its_capacity() {
    assertThatThrownBy(() -> new SnapshotBlock(0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new ScoreBlock(0)).isInstanceOf(IllegalArgumentException.class);
    SnapshotBlock block = new SnapshotBlock(1);
    assertThat(block.isFull()).isFalse();
    block.addRow(CustomerId.of("C1"), SnapshotFixture.AS_OF, 365, LifecycleStage.MATURE);
    assertThat(block.isFull()).isTrue();
    assertThatThrownBy(() -> block.addRow(CustomerId.of("C2"), SnapshotFixture.AS_OF, 365, LifecycleStage.MATURE))
        .isInstanceOf(IllegalStateException.class);
    block.clear();
    assertThat(block.size()).isZero();
    assertThat(block.capacity()).isEqualTo(1);
  }

  @Test
  void fields_need_a_row_and_a_row_needs_a_customer() {
    SnapshotBlock block = new SnapshotBlock(4);
    assertThatThrownBy(() -> block.position(ProductType.DEPOSIT, SnapshotFixture.CNY, 1, 0.01))
        .isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> block.addRow(null, SnapshotFixture.AS_OF, 365, LifecycleStage.MATURE))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> block.add(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> block.snapshot(0)).isInstanceOf(IndexOutOfBoundsException.class);
  }

  @Test
  void a_row_started_alone_is_the_snapshot_with_nothing_known() {
    SnapshotBlock block = new SnapshotBlock(2);
    block.addRow(CustomerId.of("C1"), SnapshotFixture.AS_OF, 365, LifecycleStage.GROWING);

    assertThat(block.snapshot(0))
        .isEqualTo(
            new CustomerSnapshot(
                CustomerId.of("C1"),
                SnapshotFixture.AS_OF,
                365,
                LifecycleStage.GROWING,
                CustomerAttributes.unknown(),
                List.of(),
                List.of(),
                List.of(),
                TransactionSummary.none(),
                CreditRisk.none()));
  }

  @Test
  void results_must_hold_the_whole_block() {
    SnapshotBlock block = new SnapshotBlock(3);
    for (int i = 0; i < 3; i++) {
      block.add(retail("C" + i));
    }
    assertThatThrownBy(() -> scorer.scoreBlock(block, new ScoreBlock(2)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> scorer.scoreBlock(null, new ScoreBlock(2))).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> scorer.scoreBlock(block, null)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void a_refused_row_has_an_error_and_no_score_and_the_others_are_scored() {
    SnapshotBlock block = new SnapshotBlock(4);
    block.add(retail("C1"));
    block.addRow(CustomerId.of("C2"), null, 0, null);
    block.add(retail("C3"));
    ScoreBlock scores = new ScoreBlock(4);

    assertThat(scorer.scoreBlock(block, scores)).isEqualTo(2);

    assertThat(scores.size()).isEqualTo(3);
    assertThat(scores.isScored(1)).isFalse();
    assertThat(scores.error(1).customerId()).isEqualTo(CustomerId.of("C2"));
    assertThat(((ScoringError.InvalidSnapshot) scores.error(1)).errors())
        .extracting(e -> e.path())
        .containsExactly("asOf", "periodDays", "stage");
    assertThatThrownBy(() -> scores.score(1)).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> scores.tier(1)).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> scores.error(0)).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> scores.score(3)).isInstanceOf(IndexOutOfBoundsException.class);
    assertThat(scores.toValueScore(0)).isEqualTo(scorer.score(retail("C1")));
  }

  @Test
  void neither_block_shows_customer_data_in_to_string() {
    SnapshotBlock block = new SnapshotBlock(2);
    block.add(retail("C12345"));
    ScoreBlock scores = new ScoreBlock(2);
    scorer.scoreBlock(block, scores);

    assertThat(block).hasToString("SnapshotBlock[1 of 2 rows]");
    assertThat(scores).hasToString("ScoreBlock[1 of 2 rows]");
  }

  private static CustomerSnapshot retail(String id) {
    return SnapshotFixture.aCustomer()
        .id(id)
        .holds(ProductType.DEPOSIT, SnapshotFixture.CNY, 50_000_000, 0.01)
        .transactions(SnapshotFixture.AS_OF.minusDays(3), 40, 3_000_000)
        .build();
  }
}
