package io.github.bankcrm.core.lifecycle;

import static io.github.bankcrm.core.CrmJson.MAPPER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.github.bankcrm.core.CrmJson;
import io.github.bankcrm.core.customer.CustomerId;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class LifecyclePolicyTest {

  static final String RETAIL_JSON =
      """
      {"id": "retail", "version": 3, "trendWindowDays": 90, "rules": [
        {"reasonCode": "inactive_365d", "from": ["DORMANT"], "to": "CHURNED",
         "daysSinceLastActivity": {"min": 365, "max": null}},
        {"reasonCode": "inactive_180d", "to": "DORMANT", "daysSinceLastActivity": {"min": 180, "max": null}},
        {"reasonCode": "balance_falling", "from": ["GROWING", "MATURE"], "to": "DECLINING",
         "balanceTrendPercent": {"min": null, "max": -30}},
        {"reasonCode": "stays_mature", "from": ["MATURE"], "to": "MATURE", "productsHeld": {"min": 1, "max": null}},
        {"reasonCode": "loyal", "from": ["GROWING"], "to": "MATURE",
         "productsHeld": {"min": 3, "max": null}, "tenureDays": {"min": 730, "max": null}},
        {"reasonCode": "active_again", "from": ["DECLINING", "DORMANT"], "to": "GROWING",
         "daysSinceLastActivity": {"min": null, "max": 30}, "balanceTrendPercent": {"min": 10, "max": null}}]}
      """;

  static final LocalDate AS_OF = LocalDate.of(2026, 11, 30);
  static final CustomerId CUSTOMER = CustomerId.of("C1");

  static LifecyclePolicy retail() {
    try {
      return MAPPER.readValue(RETAIL_JSON, LifecyclePolicy.class).validate().get();
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }

  /** Facts of a customer: last active {@code idleDays} ago, balance from {@code before} to {@code now}. */
  static LifecycleFacts facts(LifecycleStage stage, long idleDays, int products, long tenureDays, long before, long now) {
    return new LifecycleFacts(CUSTOMER, stage, AS_OF, AS_OF.minusDays(idleDays), AS_OF.minusDays(tenureDays), products,
        List.of(new BalancePoint(AS_OF.minusDays(100), BigDecimal.valueOf(before)), new BalancePoint(AS_OF, BigDecimal.valueOf(now))));
  }

  static List<String> problems(LifecyclePolicy policy) {
    return policy.validate().getError().map(e -> e.path() + " " + e.code()).toJavaList();
  }

  @Nested
  class Loading {

    @Test
    void the_documented_example_reads_validates_and_round_trips() throws Exception {
      LifecyclePolicy policy = MAPPER.readValue(RETAIL_JSON, LifecyclePolicy.class);

      assertThat(policy.validate().isValid()).isTrue();
      assertThat(policy.rules().get(1))
          .isEqualTo(new LifecycleRule("inactive_180d", null, LifecycleStage.DORMANT, Band.atLeast(180), null, null, null));
      assertThat(CrmJson.roundTrip(policy, LifecyclePolicy.class)).isEqualTo(policy);
    }

    @Test
    void an_unknown_property_is_refused() {
      String inRule = RETAIL_JSON.replace("\"reasonCode\": \"loyal\",", "\"reasonCode\": \"loyal\", \"priority\": 1,");

      assertThatThrownBy(() -> MAPPER.readValue(inRule, LifecyclePolicy.class))
          .isInstanceOf(UnrecognizedPropertyException.class);
    }

    @Test
    void every_problem_is_reported_with_its_path() {
      LifecyclePolicy broken =
          new LifecyclePolicy("bad id", 0, 0, List.of(
              new LifecycleRule("Bad Code", Set.of(LifecycleStage.PROSPECT), LifecycleStage.CLOSED, null, null, null, null),
              new LifecycleRule("x", null, null, new Band(null, null), new Band(BigDecimal.valueOf(-150), null),
                  new Band(BigDecimal.TEN, BigDecimal.ONE), Band.atLeast(-1)),
              new LifecycleRule("x", Set.of(), LifecycleStage.DORMANT, Band.atLeast(1), null, null, null)));

      assertThat(problems(broken))
          .containsExactly(
              "id invalid_format",
              "version out_of_range",
              "trendWindowDays out_of_range",
              "rules[0].reasonCode invalid_format",
              "rules[0].to not_a_policy_target",
              "rules[0].from not_active",
              "rules[0] no_condition",
              "rules[1].to required",
              "rules[1].daysSinceLastActivity empty",
              "rules[1].balanceTrendPercent.min out_of_range",
              "rules[1].productsHeld.min out_of_range",
              "rules[1].tenureDays.min out_of_range",
              "rules[2].reasonCode duplicate",
              "rules[2].from empty");
    }

    @Test
    void a_policy_without_rules_is_refused() {
      assertThat(problems(new LifecyclePolicy("p", 1, 30, null))).containsExactly("rules required");
      assertThat(problems(new LifecyclePolicy("p", 1, 30, List.of()))).containsExactly("rules out_of_range");
    }
  }

  @Nested
  class Evaluation {

    @Test
    void a_long_idle_customer_becomes_dormant_with_the_reason_and_the_policy_version() {
      Optional<ProposedMove> move = retail().evaluate(facts(LifecycleStage.GROWING, 200, 2, 400, 1000, 1000));

      assertThat(move).contains(
          new ProposedMove(CUSTOMER, LifecycleStage.GROWING, LifecycleStage.DORMANT, new PolicyVersion("retail", 3),
              "inactive_180d", List.of("daysSinceLastActivity=200 in [180, -]")));
    }

    @Test
    void the_first_matching_rule_wins() {
      assertThat(retail().evaluate(facts(LifecycleStage.DORMANT, 400, 1, 900, 1000, 1000)).map(ProposedMove::reasonCode))
          .contains("inactive_365d");
    }

    @Test
    void a_balance_drained_by_more_than_thirty_percent_over_the_window_is_declining() {
      ProposedMove move = retail().evaluate(facts(LifecycleStage.MATURE, 3, 4, 1000, 100_000, 40_000)).orElseThrow();

      assertThat(move.to()).isEqualTo(LifecycleStage.DECLINING);
      assertThat(move.reasons()).containsExactly("balanceTrendPercent=-60.00 in [-, -30]");
    }

    @Test
    void a_stay_rule_keeps_the_customer_where_it_is() {
      assertThat(retail().evaluate(facts(LifecycleStage.MATURE, 3, 4, 1000, 100, 100))).isEmpty();
    }

    @Test
    void every_condition_of_a_rule_must_hold() {
      assertThat(retail().evaluate(facts(LifecycleStage.GROWING, 3, 3, 800, 100, 100)).map(ProposedMove::to))
          .contains(LifecycleStage.MATURE);
      assertThat(retail().evaluate(facts(LifecycleStage.GROWING, 3, 3, 700, 100, 100))).isEmpty();
    }

    @Test
    void an_unknown_fact_makes_its_condition_false() {
      LifecycleFacts neverActive = new LifecycleFacts(CUSTOMER, LifecycleStage.GROWING, AS_OF, null, null, 1, List.of());

      assertThat(retail().evaluate(neverActive)).isEmpty();
    }

    @Test
    void prospects_closed_and_rejected_customers_are_never_moved() {
      for (LifecycleStage stage : List.of(LifecycleStage.PROSPECT, LifecycleStage.CLOSED, LifecycleStage.REJECTED)) {
        assertThat(retail().evaluate(facts(stage, 900, 0, 900, 100, 0))).isEmpty();
      }
    }

    @Test
    void evaluating_all_customers_yields_only_the_moves() {
      LifecycleFacts idle = facts(LifecycleStage.GROWING, 200, 2, 400, 1000, 1000);
      LifecycleFacts fine = facts(LifecycleStage.GROWING, 1, 2, 400, 1000, 1000);
      LifecycleFacts drained =
          new LifecycleFacts(CustomerId.of("C2"), LifecycleStage.GROWING, AS_OF, AS_OF, AS_OF.minusDays(50), 1,
              List.of(new BalancePoint(AS_OF.minusDays(95), BigDecimal.TEN), new BalancePoint(AS_OF.minusDays(1), BigDecimal.ONE)));

      assertThat(retail().evaluateAll(Stream.of(idle, fine, drained)))
          .extracting(ProposedMove::customerId, ProposedMove::reasonCode)
          .containsExactly(
              org.assertj.core.groups.Tuple.tuple(CUSTOMER, "inactive_180d"),
              org.assertj.core.groups.Tuple.tuple(CustomerId.of("C2"), "balance_falling"));
    }
  }

  @Nested
  class Facts {

    @Test
    void the_balance_trend_needs_a_point_at_the_start_of_the_window_and_a_balance_there() {
      LifecycleFacts recent = new LifecycleFacts(CUSTOMER, LifecycleStage.GROWING, AS_OF, null, null, 0,
          List.of(new BalancePoint(AS_OF.minusDays(10), BigDecimal.TEN)));
      LifecycleFacts fromZero = new LifecycleFacts(CUSTOMER, LifecycleStage.GROWING, AS_OF, null, null, 0,
          List.of(new BalancePoint(AS_OF.minusDays(100), BigDecimal.ZERO), new BalancePoint(AS_OF, BigDecimal.TEN)));

      assertThat(recent.balanceChangePercent(90)).isEmpty();
      assertThat(fromZero.balanceChangePercent(90)).isEmpty();
    }

    @Test
    void a_balance_point_after_the_day_evaluated_is_refused() {
      assertThatThrownBy(() -> new LifecycleFacts(CUSTOMER, LifecycleStage.GROWING, AS_OF, null, null, 0,
              List.of(new BalancePoint(AS_OF.plusDays(1), BigDecimal.TEN))))
          .isInstanceOf(IllegalArgumentException.class);
    }
  }
}
