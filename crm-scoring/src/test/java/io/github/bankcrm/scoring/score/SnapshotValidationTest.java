package io.github.bankcrm.scoring.score;

import static io.github.bankcrm.scoring.SnapshotFixture.AS_OF;
import static io.github.bankcrm.scoring.SnapshotFixture.CNY;
import static io.github.bankcrm.scoring.SnapshotFixture.aCustomer;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.bankcrm.core.customer.CustomerId;
import io.github.bankcrm.core.holding.ProductType;
import io.github.bankcrm.core.shared.FieldError;
import io.github.bankcrm.scoring.model.ScoringModels;
import io.github.bankcrm.scoring.snapshot.CustomerSnapshot;
import io.github.bankcrm.scoring.snapshot.FeeType;
import io.vavr.control.Either;
import java.util.Currency;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class SnapshotValidationTest {

  private final ValueScorer scorer = ValueScorer.of(ScoringModels.defaultModel());

  private ScoringError.InvalidSnapshot refused(CustomerSnapshot snapshot) {
    Either<ScoringError, ValueScore> result = scorer.score(snapshot);
    assertThat(result.isLeft()).as("refused").isTrue();
    assertThat(result.getLeft()).isInstanceOf(ScoringError.InvalidSnapshot.class);
    return (ScoringError.InvalidSnapshot) result.getLeft();
  }

  private static String pathsAndCodes(ScoringError.InvalidSnapshot error) {
    return String.join(
        "\n", error.errors().stream().map(e -> e.path() + " " + e.code()).toList());
  }

  @Nested
  class Impossible_amounts {

    @Test
    void every_refused_field_of_the_customer_at_once() {
      CustomerSnapshot snapshot =
          aCustomer()
              .id("C-2002")
              .holds(ProductType.DEPOSIT, CNY, -1, 0.01)
              .holds(ProductType.LOAN, CNY, 100, 1.5)
              .fee(FeeType.CARD, -300)
              .credit(1.2, 0.4, -5)
              .transactions(AS_OF.plusDays(1), -1, 0)
              .build();

      ScoringError.InvalidSnapshot error = refused(snapshot);

      assertThat(error.customerId()).isEqualTo(CustomerId.of("C-2002"));
      assertThat(error.code()).isEqualTo("snapshot.invalid");
      assertThat(pathsAndCodes(error))
          .isEqualTo(
              String.join(
                  "\n",
                  "positions[0].averageBalance amount.negative",
                  "positions[1].customerRate out_of_range",
                  "fees[0].amount amount.negative",
                  "credit.probabilityOfDefault out_of_range",
                  "credit.exposureAtDefault amount.negative",
                  "transactions.count amount.negative",
                  "transactions.lastActivity date.after_as_of"));
    }

    @Test
    void a_rate_that_is_not_a_number() {
      assertThat(pathsAndCodes(refused(aCustomer().holds(ProductType.DEPOSIT, CNY, 1, Double.NaN).build())))
          .isEqualTo("positions[0].customerRate out_of_range");
    }
  }

  @Nested
  class What_the_model_does_not_know {

    @Test
    void a_currency_the_model_does_not_list() {
      CustomerSnapshot snapshot =
          aCustomer().holds(ProductType.DEPOSIT, Currency.getInstance("EUR"), 1_000, 0.01).build();

      assertThat(pathsAndCodes(refused(snapshot))).isEqualTo("positions[0].currency currency.not_in_model");
    }

    @Test
    void a_product_without_rates_in_that_currency() {
      CustomerSnapshot snapshot =
          aCustomer().holds(ProductType.LOAN, Currency.getInstance("USD"), 1_000, 0.05).build();

      assertThat(pathsAndCodes(refused(snapshot))).isEqualTo("positions[0].product product.not_in_model");
    }

    @Test
    void the_same_product_and_currency_twice() {
      CustomerSnapshot snapshot =
          aCustomer()
              .holds(ProductType.DEPOSIT, CNY, 1_000, 0.01)
              .holds(ProductType.DEPOSIT, CNY, 2_000, 0.01)
              .build();

      assertThat(pathsAndCodes(refused(snapshot))).isEqualTo("positions[1] duplicate");
    }
  }

  @Nested
  class Missing_fields {

    @Test
    void are_reported_by_path() {
      CustomerSnapshot snapshot = aCustomer().periodDays(0).withoutStageTransactionsAndCredit().build();

      assertThat(refused(snapshot).errors())
          .extracting(FieldError::path)
          .containsExactly("periodDays", "stage", "credit", "transactions");
    }

    @Test
    void and_the_message_carries_no_amount() {
      CustomerSnapshot snapshot = aCustomer().holds(ProductType.DEPOSIT, CNY, -987_654_321, 0.01).build();

      assertThat(refused(snapshot).message()).doesNotContain("987654321").contains("amount.negative");
    }
  }
}
