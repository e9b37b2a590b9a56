package io.github.bankcrm.scoring.score;

import static io.github.bankcrm.scoring.SnapshotFixture.AS_OF;
import static io.github.bankcrm.scoring.SnapshotFixture.CNY;
import static io.github.bankcrm.scoring.SnapshotFixture.USD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.bankcrm.core.customer.CustomerId;
import io.github.bankcrm.core.customer.Education;
import io.github.bankcrm.core.holding.ProductType;
import io.github.bankcrm.core.lifecycle.LifecycleStage;
import io.github.bankcrm.scoring.SnapshotFixture;
import io.github.bankcrm.scoring.model.Factor;
import io.github.bankcrm.scoring.model.ScoringModels;
import io.github.bankcrm.scoring.snapshot.Channel;
import io.github.bankcrm.scoring.snapshot.CustomerAttributes;
import io.github.bankcrm.scoring.snapshot.FeeType;
import io.github.bankcrm.scoring.snapshot.IncomeTrend;
import io.github.bankcrm.scoring.snapshot.SnapshotColumns;
import io.github.bankcrm.scoring.snapshot.SnapshotColumns.Part;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Scoring rows of {@link SnapshotColumns}: worked examples and the refusals a row gets. */
class ColumnsScoringTest {

  private static final Currency EUR = Currency.getInstance("EUR");

  private final ValueScorer scorer = ValueScorer.of(ScoringModels.defaultModel());
  private final SnapshotColumns columns = new SnapshotColumns(8, List.of(USD, CNY, EUR));

  /** A row as a loader fills it: the mature borrower of {@code WorkedExamplesTest}. */
  private int matureBorrower() {
    int row = columns.add(CustomerId.of("C-1001"));
    columns.asOf(row, AS_OF);
    columns.periodDays(row, 365);
    columns.stage(row, LifecycleStage.MATURE);
    columns.attributes(row, new CustomerAttributes(45, false, IncomeTrend.STABLE, Education.BACHELOR));
    columns.position(row, ProductType.DEPOSIT, CNY, 50_000_000, 0.0150);
    columns.position(row, ProductType.LOAN, CNY, 100_000_000, 0.0450);
    columns.addFee(row, FeeType.WEALTH, CNY, 300_000);
    columns.addFee(row, FeeType.CARD, CNY, 50_000);
    columns.addChannelUses(row, Channel.BRANCH, 10);
    columns.addChannelUses(row, Channel.MOBILE, 200);
    columns.credit(row, 0.01, 0.45, 100_000_000);
    columns.transactions(row, AS_OF.minusDays(5), 30, 15_000_000);
    return row;
  }

  private static String pathsAndCodes(ScoringError error) {
    return String.join(
        "\n",
        ((ScoringError.InvalidSnapshot) error).errors().stream().map(e -> e.path() + " " + e.code()).toList());
  }

  @Nested
  class A_mature_borrower_from_columns {

    // the hand computation of WorkedExamplesTest.A_mature_borrower_with_deposits_and_wealth:
    // deposit 50,000,000 × (0.0200 − 0.0150) = 250,000; loan 100,000,000 × (0.0450 − 0.0300) = 1,500,000;
    // fees 300,000 + 50,000 = 350,000; cost 2,000 + 15,000 + 10 × 1,200 + 200 × 10 = 31,000;
    // expected loss 0.01 × 0.45 × 100,000,000 = 450,000; contribution 1,619,000 fen;
    // CLV 1,619,000 × 23255 / 7776 = 4,841,801; RFM 5 / 4 / 4; exact points 323.8 + 242.09 + 100 + 75
    // + 75 = 815.89 → 816, the missing point to contribution (.8): 324 / 242 / 100 / 75 / 75
    @Test
    void scores_as_the_hand_computation() {
      ScoreSlot slot = new ScoreSlot();

      assertThat(scorer.scoreInto(columns, matureBorrower(), slot)).isTrue();

      assertThat(slot.customerId()).isEqualTo(CustomerId.of("C-1001"));
      assertThat(slot.depositInterest()).isEqualTo(250_000);
      assertThat(slot.lendingInterest()).isEqualTo(1_500_000);
      assertThat(slot.feeIncome()).isEqualTo(350_000);
      assertThat(slot.operatingCost()).isEqualTo(31_000);
      assertThat(slot.expectedCreditLoss()).isEqualTo(450_000);
      assertThat(slot.contribution()).isEqualTo(1_619_000);
      assertThat(slot.lifetimeValue()).isEqualTo(4_841_801);
      assertThat(List.of(slot.recency(), slot.frequency(), slot.monetary())).containsExactly(5, 4, 4);
      assertThat(slot.score()).isEqualTo(816);
      assertThat(slot.tier()).isEqualTo("PLATINUM");
      assertThat(slot.points(Factor.CONTRIBUTION)).isEqualTo(324);
      assertThat(slot.rawValue(Factor.CONTRIBUTION)).isEqualTo(16_190.00);
      assertThat(List.of(slot.reason(0), slot.reason(1), slot.reason(2)))
          .containsExactly(Reason.CONTRIBUTION_HIGH, Reason.LIFETIME_VALUE_HIGH, Reason.RECENCY_HIGH);
    }

    @Test
    void equals_the_score_of_the_same_snapshot() {
      ValueScore fromSnapshot = scorer.score(SnapshotFixture.aMatureBorrower().build()).get();

      assertThat(scorer.score(columns, matureBorrower()).get()).isEqualTo(fromSnapshot);
    }

    @Test
    void uses_of_one_channel_added_in_two_parts_cost_the_same() {
      // 10 branch uses as 4 + 6: 10 × 1,200 = 12,000 fen either way
      int row = matureBorrower();
      int split = columns.add(CustomerId.of("C-1001"));
      copyButBranchUses(row, split);
      columns.addChannelUses(split, Channel.BRANCH, 4);
      columns.addChannelUses(split, Channel.BRANCH, 6);

      assertThat(scorer.score(columns, split)).isEqualTo(scorer.score(columns, row));
    }

    private void copyButBranchUses(int from, int to) {
      columns.asOf(to, AS_OF);
      columns.periodDays(to, columns.periodDays(from));
      columns.stage(to, columns.stage(from));
      columns.attributes(to, new CustomerAttributes(45, false, IncomeTrend.STABLE, Education.BACHELOR));
      for (int pair = columns.nextHeldPair(from, 0); pair >= 0; pair = columns.nextHeldPair(from, pair + 1)) {
        columns.position(to, pair, columns.averageBalance(from, pair), columns.customerRate(from, pair));
      }
      for (int cell = columns.nextFeeCell(from, 0); cell >= 0; cell = columns.nextFeeCell(from, cell + 1)) {
        columns.addFee(to, cell, columns.feeAmount(from, cell));
      }
      columns.addChannelUses(to, Channel.MOBILE, columns.channelUses(from, Channel.MOBILE));
      columns.credit(
          to, columns.probabilityOfDefault(from), columns.lossGivenDefault(from), columns.exposureAtDefault(from));
      columns.transactions(to, AS_OF.minusDays(5), columns.transactionCount(from), columns.transactionAmount(from));
    }
  }

  @Nested
  class Refusals_name_the_row_keys {

    @Test
    void a_new_row_needs_its_day_period_and_stage() {
      int row = columns.add(CustomerId.of("C-2001"));

      ScoreSlot slot = new ScoreSlot();
      assertThat(scorer.scoreInto(columns, row, slot)).isFalse();
      assertThat(slot.error().customerId()).isEqualTo(CustomerId.of("C-2001"));
      assertThat(pathsAndCodes(slot.error()))
          .isEqualTo(String.join("\n", "asOf required", "periodDays out_of_range", "stage required"));
    }

    @Test
    void every_refused_value_at_once() {
      int row = matureBorrower();
      columns.position(row, ProductType.DEPOSIT, CNY, -1, 0.01);
      columns.position(row, ProductType.LOAN, USD, 1_000, 0.05);
      columns.position(row, ProductType.CARD, EUR, 1_000, 1.5);
      columns.addFee(row, FeeType.OTHER, CNY, -300);
      columns.addChannelUses(row, Channel.ATM, -2);
      columns.credit(row, 1.2, 0.4, -5);
      columns.transactions(row, AS_OF.plusDays(1), -1, 0);

      assertThat(pathsAndCodes(scorer.score(columns, row).getLeft()))
          .isEqualTo(
              String.join(
                  "\n",
                  "positions[DEPOSIT/CNY].averageBalance amount.negative",
                  "positions[LOAN/USD].product product.not_in_model",
                  "positions[CARD/EUR].currency currency.not_in_model",
                  "positions[CARD/EUR].customerRate out_of_range",
                  "fees[OTHER/CNY].amount amount.negative",
                  "channelUses[ATM].count amount.negative",
                  "credit.probabilityOfDefault out_of_range",
                  "credit.exposureAtDefault amount.negative",
                  "transactions.count amount.negative",
                  "transactions.lastActivity date.after_as_of"));
    }

    @Test
    void a_missing_part_is_required() {
      int row = matureBorrower();
      columns.missing(row, Part.CREDIT);
      columns.missing(row, Part.ATTRIBUTES);

      assertThat(pathsAndCodes(scorer.score(columns, row).getLeft()))
          .isEqualTo(String.join("\n", "attributes required", "credit required"));
    }

    @Test
    void setting_a_missing_part_makes_it_present_again() {
      int row = matureBorrower();
      columns.missing(row, Part.CREDIT);
      columns.credit(row, 0.01, 0.45, 100_000_000);

      assertThat(columns.isComplete(row)).isTrue();
      assertThat(scorer.score(columns, row).isRight()).isTrue();
    }

    @Test
    void a_message_carries_no_amount_and_no_customer() {
      int row = matureBorrower();
      columns.position(row, ProductType.DEPOSIT, CNY, -987_654_321, 0.01);

      assertThat(scorer.score(columns, row).getLeft().message())
          .doesNotContain("987654321")
          .doesNotContain("C-1001")
          .contains("amount.negative");
    }
  }

  @Nested
  class Rows_and_slots {

    @Test
    void a_row_that_was_not_added_is_a_programming_error() {
      matureBorrower();

      assertThatThrownBy(() -> scorer.scoreInto(columns, 1, new ScoreSlot()))
          .isInstanceOf(IndexOutOfBoundsException.class);
      assertThatThrownBy(() -> scorer.scoreInto(columns, -1, new ScoreSlot()))
          .isInstanceOf(IndexOutOfBoundsException.class);
      assertThatThrownBy(() -> scorer.scoreInto(null, 0, new ScoreSlot())).isInstanceOf(NullPointerException.class);
      assertThatThrownBy(() -> scorer.scoreInto(columns, 0, null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void one_slot_serves_columns_snapshots_and_other_columns_in_turn() {
      ScoreSlot slot = new ScoreSlot();
      int row = matureBorrower();
      SnapshotColumns other = new SnapshotColumns(1, List.of(CNY));
      other.add(SnapshotFixture.aCustomer().id("C-3003").build()).get();

      scorer.scoreInto(columns, row, slot);
      ValueScore first = slot.toValueScore().get();
      scorer.scoreInto(SnapshotFixture.aCustomer().id("C-3003").build(), slot);
      ValueScore snapshot = slot.toValueScore().get();
      scorer.scoreInto(other, 0, slot);

      assertThat(slot.toValueScore().get()).isEqualTo(snapshot);
      assertThat(scorer.score(columns, row).get()).isEqualTo(first);
    }
  }
}
