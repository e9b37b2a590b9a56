package io.github.bankcrm.scoring.score;

import static io.github.bankcrm.scoring.SnapshotFixture.CNY;
import static io.github.bankcrm.scoring.SnapshotFixture.aCustomer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.bankcrm.core.customer.CustomerId;
import io.github.bankcrm.core.holding.ProductType;
import io.github.bankcrm.scoring.model.Factor;
import io.github.bankcrm.scoring.model.ScoringModels;
import io.github.bankcrm.scoring.snapshot.Channel;
import io.github.bankcrm.scoring.snapshot.CustomerSnapshot;
import io.github.bankcrm.scoring.snapshot.FeeType;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ScoreSlotTest {

  private static final ValueScorer SCORER = ValueScorer.of(ScoringModels.defaultModel());

  private static CustomerSnapshot aValuableCustomer(String id) {
    return aCustomer()
        .id(id)
        .holds(ProductType.DEPOSIT, CNY, 80_000_000, 0.01)
        .holds(ProductType.LOAN, CNY, 40_000_000, 0.05)
        .fee(FeeType.CARD, 20_000)
        .uses(Channel.MOBILE, 40)
        .build();
  }

  @Nested
  class An_empty_slot {

    @Test
    void has_neither_a_score_nor_an_error() {
      ScoreSlot slot = new ScoreSlot();

      assertThat(slot.isScored()).isFalse();
      assertThat(slot).hasToString("ScoreSlot[empty]");
      assertThatThrownBy(slot::score).isInstanceOf(IllegalStateException.class);
      assertThatThrownBy(slot::error).isInstanceOf(IllegalStateException.class);
      assertThatThrownBy(slot::customerId).isInstanceOf(IllegalStateException.class);
      assertThatThrownBy(slot::toValueScore).isInstanceOf(IllegalStateException.class);
    }
  }

  @Nested
  class A_refused_snapshot {

    @Test
    void leaves_the_error_and_no_score() {
      ScoreSlot slot = new ScoreSlot();
      SCORER.scoreInto(aValuableCustomer("C-1"), slot);

      boolean scored = SCORER.scoreInto(aCustomer().id("C-2").holds(ProductType.DEPOSIT, CNY, -1, 0.01).build(), slot);

      assertThat(scored).isFalse();
      assertThat(slot.customerId()).isEqualTo(CustomerId.of("C-2"));
      assertThat(slot.error().code()).isEqualTo("snapshot.invalid");
      assertThatThrownBy(slot::tier).isInstanceOf(IllegalStateException.class);
      assertThatThrownBy(() -> slot.points(Factor.CONTRIBUTION)).isInstanceOf(IllegalStateException.class);
      assertThat(slot).hasToString("ScoreSlot[refused]");
    }
  }

  @Nested
  class A_scored_slot {

    @Test
    void refuses_reasons_it_does_not_have() {
      ScoreSlot slot = new ScoreSlot();
      SCORER.scoreInto(aValuableCustomer("C-1"), slot);

      assertThat(slot.reasonCount()).isEqualTo(3);
      assertThatThrownBy(() -> slot.reason(3)).isInstanceOf(IndexOutOfBoundsException.class);
      assertThatThrownBy(() -> slot.flag(slot.flagCount())).isInstanceOf(IndexOutOfBoundsException.class);
      assertThat(slot.toString()).doesNotContain("80000000").startsWith("ScoreSlot[scored");
    }

    @Test
    void shows_no_amount_in_its_text() {
      ScoreSlot slot = new ScoreSlot();
      SCORER.scoreInto(aValuableCustomer("C-1"), slot);

      assertThat(slot.toString()).doesNotContain(Long.toString(slot.contribution())).doesNotContain("C-1");
    }
  }

  @Nested
  class Scoring_into_a_slot {

    @Test
    void allocates_nothing_for_a_valid_snapshot() throws ReflectiveOperationException {
      CustomerSnapshot[] snapshots = {aValuableCustomer("C-1"), aValuableCustomer("C-2")};
      ScoreSlot slot = new ScoreSlot();
      int total = 0;
      for (int i = 0; i < 1_000; i++) {
        SCORER.scoreInto(snapshots[i & 1], slot);
      }

      long before = allocatedByThisThread();
      for (int i = 0; i < 100_000; i++) {
        SCORER.scoreInto(snapshots[i & 1], slot);
        total += slot.score();
      }
      long allocated = allocatedByThisThread() - before;

      assertThat(total).isPositive();
      // reading the counter reflectively allocates a little; one ValueScore per call would be ~30 MB
      assertThat(allocated).as("bytes allocated by 100,000 scores").isLessThan(100_000);
    }
  
    /** The JDK's per-thread allocation counter (read reflectively: the module under test does not read java.management). */
    private long allocatedByThisThread() throws ReflectiveOperationException {
      Object threads = Class.forName("java.lang.management.ManagementFactory").getMethod("getThreadMXBean").invoke(null);
      return (long)
          Class.forName("com.sun.management.ThreadMXBean").getMethod("getCurrentThreadAllocatedBytes").invoke(threads);
    }
  }
}
