package io.github.bankcrm.scoring.score;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.bankcrm.scoring.model.Factor;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The compact explanation reads and compares like the list of factor points it stands for. */
class ExplanationTest {

  private static final List<FactorPoints> FACTORS =
      List.of(
          new FactorPoints(Factor.CONTRIBUTION, 16_190.0, 324, 324 / 816.0),
          new FactorPoints(Factor.RECENCY, 5, 492, 492 / 816.0));

  @Nested
  class Built_from_lists {

    @Test
    void reads_back_its_factors_reasons_and_total() {
      Explanation explanation = new Explanation(FACTORS, List.of(Reason.RECENCY_HIGH, Reason.CONTRIBUTION_HIGH));

      assertThat(explanation.factors()).isEqualTo(FACTORS);
      assertThat(explanation.reasons()).containsExactly(Reason.RECENCY_HIGH, Reason.CONTRIBUTION_HIGH);
      assertThat(explanation.totalPoints()).isEqualTo(816);
    }

    @Test
    void equals_the_scorer_form_of_the_same_data() {
      double[] raw = {16_190.0, 0, 5, 0, 0};
      int[] points = {324, 0, 492, 0, 0};
      int reasons = (Reason.RECENCY_HIGH.ordinal() + 1) | (Reason.CONTRIBUTION_HIGH.ordinal() + 1) << 5;
      int mask = 1 << Factor.CONTRIBUTION.ordinal() | 1 << Factor.RECENCY.ordinal();

      Explanation compact = Explanation.ofOwned(mask, raw, points, reasons);

      assertThat(compact)
          .isEqualTo(new Explanation(FACTORS, List.of(Reason.RECENCY_HIGH, Reason.CONTRIBUTION_HIGH)))
          .hasSameHashCodeAs(new Explanation(FACTORS, List.of(Reason.RECENCY_HIGH, Reason.CONTRIBUTION_HIGH)));
    }

    @Test
    void shares_of_a_zero_score_are_zero() {
      Explanation explanation =
          new Explanation(List.of(new FactorPoints(Factor.RECENCY, 1, 0, 0)), List.of(Reason.RECENCY_LOW));

      assertThat(explanation.factors().get(0).share()).isZero();
      assertThat(explanation.totalPoints()).isZero();
    }
  }

  @Nested
  class Refuses {

    @Test
    void factors_out_of_order_or_repeated() {
      assertThatThrownBy(() -> new Explanation(List.of(FACTORS.get(1), FACTORS.get(0)), List.of()))
          .isInstanceOf(IllegalArgumentException.class);
      assertThatThrownBy(() -> new Explanation(List.of(FACTORS.get(0), FACTORS.get(0)), List.of()))
          .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_share_that_is_not_points_over_the_total() {
      List<FactorPoints> wrong = List.of(new FactorPoints(Factor.CONTRIBUTION, 1, 10, 0.5));

      assertThatThrownBy(() -> new Explanation(wrong, List.of())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void more_than_three_reasons() {
      List<Reason> four =
          List.of(Reason.CONTRIBUTION_HIGH, Reason.RECENCY_HIGH, Reason.FREQUENCY_HIGH, Reason.MONETARY_HIGH);

      assertThatThrownBy(() -> new Explanation(FACTORS, four)).isInstanceOf(IllegalArgumentException.class);
    }
  }
}
