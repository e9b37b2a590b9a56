package io.github.bankcrm.scoring.snapshot;

import static io.github.bankcrm.scoring.SnapshotFixture.CNY;
import static io.github.bankcrm.scoring.SnapshotFixture.USD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.bankcrm.core.customer.CustomerId;
import io.github.bankcrm.core.holding.ProductType;
import io.github.bankcrm.core.lifecycle.LifecycleStage;
import io.github.bankcrm.core.shared.FieldError;
import io.github.bankcrm.scoring.SnapshotFixture;
import java.util.Arrays;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** What a block of columns accepts, what it refuses, and what a row holds. */
class SnapshotColumnsTest {

  private static final Currency EUR = Currency.getInstance("EUR");

  @Nested
  class A_block {

    @Test
    void refuses_an_impossible_capacity() {
      assertThatThrownBy(() -> new SnapshotColumns(0, List.of(CNY))).isInstanceOf(IllegalArgumentException.class);
      assertThatThrownBy(() -> new SnapshotColumns(SnapshotColumns.MAX_CAPACITY + 1, List.of(CNY)))
          .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refuses_no_currency_a_null_currency_and_a_repeated_one() {
      assertThatThrownBy(() -> new SnapshotColumns(1, List.of())).isInstanceOf(IllegalArgumentException.class);
      assertThatThrownBy(() -> new SnapshotColumns(1, Arrays.asList(CNY, null)))
          .isInstanceOf(NullPointerException.class);
      assertThatThrownBy(() -> new SnapshotColumns(1, List.of(CNY, USD, CNY)))
          .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void keeps_its_currencies_in_code_order_and_keys_by_them() {
      SnapshotColumns columns = new SnapshotColumns(1, List.of(USD, EUR, CNY));

      assertThat(List.of(columns.currency(0), columns.currency(1), columns.currency(2))).containsExactly(CNY, EUR, USD);
      // 5 product types × 3 currencies; LOAN is ordinal 1, USD index 2
      assertThat(columns.pairCount()).isEqualTo(15);
      assertThat(columns.pair(ProductType.LOAN, USD)).isEqualTo(1 * 3 + 2);
      assertThat(columns.productOf(5)).isEqualTo(ProductType.LOAN);
      assertThat(columns.feeCell(FeeType.PAYMENTS, EUR)).isEqualTo(3 * 3 + 1);
      assertThat(columns.feeTypeOf(10)).isEqualTo(FeeType.PAYMENTS);
      assertThat(columns.currencyIndex(Currency.getInstance("JPY"))).isEqualTo(-1);
      assertThatThrownBy(() -> columns.pair(ProductType.DEPOSIT, Currency.getInstance("JPY")))
          .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void holds_at_most_its_capacity_until_cleared() {
      SnapshotColumns columns = new SnapshotColumns(2, List.of(CNY));
      columns.add(CustomerId.of("C-1"));
      columns.add(CustomerId.of("C-2"));

      assertThat(columns.isFull()).isTrue();
      assertThatThrownBy(() -> columns.add(CustomerId.of("C-3"))).isInstanceOf(IllegalStateException.class);
      columns.clear();
      assertThat(columns.size()).isZero();
      assertThat(columns.add(CustomerId.of("C-3"))).isZero();
      assertThat(columns.customerId(0)).isEqualTo(CustomerId.of("C-3"));
    }

    @Test
    void shows_no_customer_and_no_amount() {
      SnapshotColumns columns = new SnapshotColumns(4, List.of(CNY));
      int row = columns.add(CustomerId.of("C-98765"));
      columns.position(row, ProductType.DEPOSIT, CNY, 123_456_789, 0.01);

      assertThat(columns.toString())
          .isEqualTo("SnapshotColumns[size=1, capacity=4, currencies=[CNY]]")
          .doesNotContain("98765")
          .doesNotContain("123456789");
    }
  }

  @Nested
  class A_row {

    private final SnapshotColumns columns = new SnapshotColumns(4, List.of(CNY, USD));

    @Test
    void holds_nothing_but_its_customer_when_added() {
      int row = columns.add(CustomerId.of("C-1"));

      assertThat(columns.asOfEpochDay(row)).isEqualTo(SnapshotColumns.NO_DAY);
      assertThat(columns.periodDays(row)).isZero();
      assertThat(columns.stage(row)).isNull();
      assertThat(columns.age(row)).isEqualTo(SnapshotColumns.UNKNOWN_AGE);
      assertThat(columns.nextHeldPair(row, 0)).isEqualTo(-1);
      assertThat(columns.nextFeeCell(row, 0)).isEqualTo(-1);
      assertThat(columns.channelUses(row, Channel.BRANCH)).isZero();
      assertThat(columns.lastActivityEpochDay(row)).isEqualTo(SnapshotColumns.NO_DAY);
      assertThat(columns.isComplete(row)).isTrue();
    }

    @Test
    void is_reset_when_its_index_is_used_again() {
      int row = columns.add(CustomerId.of("C-1"));
      columns.position(row, ProductType.DEPOSIT, CNY, 5, 0.01);
      columns.addChannelUses(row, Channel.ATM, 3);
      columns.missing(row, SnapshotColumns.Part.CREDIT);
      columns.clear();

      int again = columns.add(CustomerId.of("C-2"));

      assertThat(again).isEqualTo(row);
      assertThat(columns.nextHeldPair(again, 0)).isEqualTo(-1);
      assertThat(columns.channelUses(again, Channel.ATM)).isZero();
      assertThat(columns.isComplete(again)).isTrue();
    }

    @Test
    void refuses_a_row_that_was_not_added_and_a_key_outside_the_block() {
      int row = columns.add(CustomerId.of("C-1"));

      assertThatThrownBy(() -> columns.periodDays(row + 1, 365)).isInstanceOf(IndexOutOfBoundsException.class);
      assertThatThrownBy(() -> columns.customerId(-1)).isInstanceOf(IndexOutOfBoundsException.class);
      assertThatThrownBy(() -> columns.position(row, columns.pairCount(), 1, 0))
          .isInstanceOf(IndexOutOfBoundsException.class);
      assertThatThrownBy(() -> columns.addFee(row, -1, 1)).isInstanceOf(IndexOutOfBoundsException.class);
      assertThatThrownBy(() -> columns.nextHeldPair(row, -1)).isInstanceOf(IndexOutOfBoundsException.class);
      assertThatThrownBy(() -> columns.add((CustomerId) null)).isInstanceOf(NullPointerException.class);
      assertThatThrownBy(() -> columns.addChannelUses(row, null, 1)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void adds_fees_of_one_cell_up_and_keeps_a_negative_one_negative() {
      int row = columns.add(CustomerId.of("C-1"));
      int card = columns.feeCell(FeeType.CARD, CNY);
      columns.addFee(row, card, 300);
      columns.addFee(row, card, 200);
      int wealth = columns.feeCell(FeeType.WEALTH, USD);
      columns.addFee(row, wealth, -1);
      columns.addFee(row, wealth, 900);

      assertThat(columns.feeAmount(row, card)).isEqualTo(500);
      assertThat(columns.feeAmount(row, wealth)).isEqualTo(-1);
      assertThatThrownBy(() -> columns.addFee(row, card, Long.MAX_VALUE)).isInstanceOf(ArithmeticException.class);
    }

    @Test
    void visits_held_pairs_in_key_order() {
      int row = columns.add(CustomerId.of("C-1"));
      columns.position(row, ProductType.WEALTH, USD, 1, 0);
      columns.position(row, ProductType.DEPOSIT, CNY, 2, 0);

      assertThat(columns.nextHeldPair(row, 0)).isEqualTo(columns.pair(ProductType.DEPOSIT, CNY));
      assertThat(columns.nextHeldPair(row, 1)).isEqualTo(columns.pair(ProductType.WEALTH, USD));
      assertThat(columns.heldPairWord(row, 0)).isEqualTo((1L << 0) | (1L << 7));
    }
  }

  @Nested
  class Adding_a_snapshot {

    private final SnapshotColumns columns = new SnapshotColumns(4, List.of(CNY, USD));

    @Test
    void carries_every_field() {
      CustomerSnapshot snapshot =
          SnapshotFixture.aCustomer()
              .holds(ProductType.DEPOSIT, USD, 1_000, 0.01)
              .fee(FeeType.CARD, 300)
              .fee(FeeType.CARD, 200)
              .uses(Channel.MOBILE, 4)
              .uses(Channel.MOBILE, 5)
              .credit(0.02, 0.4, 7_000)
              .transactions(SnapshotFixture.AS_OF.minusDays(3), 12, 9_000)
              .build();

      int row = columns.add(snapshot).get();

      assertThat(columns.customerId(row)).isEqualTo(snapshot.customerId());
      assertThat(columns.asOfEpochDay(row)).isEqualTo(SnapshotFixture.AS_OF.toEpochDay());
      assertThat(columns.stage(row)).isEqualTo(LifecycleStage.MATURE);
      assertThat(columns.age(row)).isEqualTo(45);
      assertThat(columns.averageBalance(row, columns.pair(ProductType.DEPOSIT, USD))).isEqualTo(1_000);
      assertThat(columns.feeAmount(row, columns.feeCell(FeeType.CARD, CNY))).isEqualTo(500);
      assertThat(columns.channelUses(row, Channel.MOBILE)).isEqualTo(9);
      assertThat(columns.exposureAtDefault(row)).isEqualTo(7_000);
      assertThat(columns.lastActivityEpochDay(row)).isEqualTo(SnapshotFixture.AS_OF.minusDays(3).toEpochDay());
      assertThat(columns.transactionAmount(row)).isEqualTo(9_000);
    }

    @Test
    void marks_its_null_parts_missing() {
      int row = columns.add(SnapshotFixture.aCustomer().withoutStageTransactionsAndCredit().build()).get();

      assertThat(columns.stage(row)).isNull();
      assertThat(columns.isMissing(row, SnapshotColumns.Part.CREDIT)).isTrue();
      assertThat(columns.isMissing(row, SnapshotColumns.Part.TRANSACTIONS)).isTrue();
      assertThat(columns.isMissing(row, SnapshotColumns.Part.POSITIONS)).isFalse();
    }

    @Test
    void refuses_what_a_row_cannot_hold_and_adds_nothing() {
      CustomerSnapshot snapshot =
          new CustomerSnapshot(
              CustomerId.of("C-1"),
              SnapshotFixture.AS_OF,
              365,
              LifecycleStage.MATURE,
              null,
              List.of(
                  new Position(ProductType.DEPOSIT, CNY, 1, 0),
                  new Position(ProductType.DEPOSIT, CNY, 2, 0),
                  new Position(null, EUR, 3, 0)),
              List.of(new FeeIncome(FeeType.CARD, CNY, Long.MAX_VALUE), new FeeIncome(FeeType.CARD, CNY, 1)),
              List.of(new ChannelUse(null, 1)),
              null,
              null);

      assertThat(columns.add(snapshot).getError().map(e -> e.path() + " " + e.code()))
          .containsExactly(
              "positions[1] duplicate",
              "positions[2].product required",
              "positions[2].currency currency.not_in_columns",
              "fees[1].amount out_of_range",
              "channelUses[0].channel required");
      assertThat(columns.size()).isZero();
      assertThat(columns.add(snapshot).getError()).allMatch(e -> e instanceof FieldError);
    }
  }
}
