package io.github.bankcrm.scoring.rollup;

import static io.github.bankcrm.scoring.SnapshotFixture.CNY;
import static io.github.bankcrm.scoring.SnapshotFixture.aCustomer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.github.bankcrm.core.customer.CustomerId;
import io.github.bankcrm.core.holding.ProductType;
import io.github.bankcrm.core.organization.RelationshipManagerId;
import io.github.bankcrm.scoring.model.ModelJson;
import io.github.bankcrm.scoring.model.ScoringModels;
import io.github.bankcrm.scoring.score.ValueScore;
import io.github.bankcrm.scoring.score.ValueScorer;
import io.github.bankcrm.scoring.snapshot.Channel;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ValueRollupsTest {

  private static final ValueScorer SCORER = ValueScorer.of(ScoringModels.defaultModel());

  // deposit 1,000,000.00 CNY at 1.00 %: 100,000,000 × 0.0100 = 1,000,000 fen, less 2,000 servicing
  private static final ValueScore HUSBAND =
      SCORER.score(aCustomer().id("H1").holds(ProductType.DEPOSIT, CNY, 100_000_000, 0.01).build()).get();
  // deposit 100,000.00 CNY at 1.00 %: 100,000 fen, less 2,000 servicing
  private static final ValueScore WIFE =
      SCORER.score(aCustomer().id("W1").holds(ProductType.DEPOSIT, CNY, 10_000_000, 0.01).build()).get();
  // 10 branch uses: −12,000 fen
  private static final ValueScore CHILD = SCORER.score(aCustomer().id("K1").uses(Channel.BRANCH, 10).build()).get();

  private static final Map<CustomerId, ValueScore> SCORES =
      Map.of(HUSBAND.customerId(), HUSBAND, WIFE.customerId(), WIFE, CHILD.customerId(), CHILD);

  @Nested
  class A_household {

    @Test
    void adds_up_its_members_and_counts_tiers() {
      ValueRollup household =
          ValueRollups.of(
              Set.of(CustomerId.of("H1"), CustomerId.of("W1"), CustomerId.of("K1"), CustomerId.of("G1")),
              id -> Optional.ofNullable(SCORES.get(id)));

      // 998,000 + 98,000 − 12,000
      assertThat(household.contribution()).isEqualTo(1_084_000);
      assertThat(household.lifetimeValue())
          .isEqualTo(HUSBAND.lifetimeValue() + WIFE.lifetimeValue() + CHILD.lifetimeValue());
      assertThat(household.members()).isEqualTo(4);
      assertThat(household.scored()).isEqualTo(3);
      assertThat(household.unscored()).containsExactly(CustomerId.of("G1"));
      assertThat(household.lossMaking()).isEqualTo(1);
      assertThat(household.tiers()).containsEntry("LOSS_MAKING", 1);
    }

    @Test
    void refuses_scores_of_different_models() {
      ValueScorer other =
          ValueScorer.of(
              ScoringModels.load(ModelJson.defaultWith(tree -> tree.put("version", 2))).get());
      ValueScore fromOther = other.score(aCustomer().id("W1").build()).get();

      assertThatIllegalArgumentException()
          .isThrownBy(
              () ->
                  ValueRollups.of(
                      Set.of(CustomerId.of("H1"), CustomerId.of("W1")),
                      id -> Optional.of(id.value().equals("H1") ? HUSBAND : fromOther)));
    }
  }

  @Nested
  class Relationship_manager_attribution {

    @Test
    void credits_each_manager_with_the_customers_assigned_in_the_period() {
      RelationshipManagerId zhang = RelationshipManagerId.of("RM001");
      RelationshipManagerId li = RelationshipManagerId.of("RM002");

      ManagerAttribution attribution =
          ValueRollups.byManager(
              Map.of(CustomerId.of("H1"), zhang, CustomerId.of("W1"), zhang, CustomerId.of("X9"), li),
              List.of(HUSBAND, WIFE, CHILD));

      assertThat(attribution.byManager().get(zhang).contribution()).isEqualTo(1_096_000);
      assertThat(attribution.byManager().get(li).scored()).isZero();
      assertThat(attribution.byManager().get(li).unscored()).containsExactly(CustomerId.of("X9"));
      assertThat(attribution.unassigned()).containsExactly(CustomerId.of("K1"));
    }
  }
}
