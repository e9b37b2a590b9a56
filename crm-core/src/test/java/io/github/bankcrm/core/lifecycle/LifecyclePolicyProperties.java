package io.github.bankcrm.core.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.bankcrm.core.CrmJson;
import io.github.bankcrm.core.customer.CustomerId;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Policies as data: valid ones survive JSON unchanged, and what they propose is always a legal move. */
class LifecyclePolicyProperties {

  static final LocalDate AS_OF = LocalDate.of(2026, 11, 30);

  @Property(tries = 200)
  void a_valid_policy_round_trips_through_json_and_stays_valid(@ForAll("policies") LifecyclePolicy policy) {
    assertThat(policy.validate().isValid()).isTrue();
    assertThat(CrmJson.roundTrip(policy, LifecyclePolicy.class)).isEqualTo(policy);
  }

  @Property(tries = 300)
  void a_proposed_move_is_one_a_policy_may_make_and_evaluation_is_deterministic(
      @ForAll("policies") LifecyclePolicy policy, @ForAll("facts") LifecycleFacts facts) {
    var move = policy.evaluate(facts);

    assertThat(policy.evaluate(facts)).isEqualTo(move);
    move.ifPresent(proposed -> {
      assertThat(proposed.from()).isEqualTo(facts.stage());
      assertThat(LifecycleTransitions.policyMayMove(proposed.from(), proposed.to())).isTrue();
      assertThat(proposed.policy()).isEqualTo(policy.policyVersion());
      assertThat(policy.rules().stream().map(LifecycleRule::reasonCode)).contains(proposed.reasonCode());
    });
  }

  @Provide
  Arbitrary<LifecyclePolicy> policies() {
    return rule().list().ofMinSize(1).ofMaxSize(6).flatMap(rules -> Combinators.combine(
            Arbitraries.longs().between(1, 50), Arbitraries.integers().between(1, 365))
        .as((version, window) -> new LifecyclePolicy("gen", version, window,
            IntStream.range(0, rules.size()).mapToObj(i -> withCode(rules.get(i), "rule_" + i)).toList())));
  }

  static LifecycleRule withCode(LifecycleRule rule, String code) {
    return new LifecycleRule(code, rule.from(), rule.to(), rule.daysSinceLastActivity(), rule.balanceTrendPercent(),
        rule.productsHeld(), rule.tenureDays());
  }

  static Arbitrary<LifecycleRule> rule() {
    Arbitrary<Set<LifecycleStage>> from =
        Arbitraries.of(LifecycleTransitions.policyTargets().stream().collect(Collectors.toList()))
            .set().ofMinSize(1).ofMaxSize(3).injectNull(0.3);
    Arbitrary<LifecycleStage> to = Arbitraries.of(new ArrayList<>(LifecycleTransitions.policyTargets()));
    Arbitrary<Band> days = band(0, 800);
    Arbitrary<Band> trend = band(-100, 200);
    Arbitrary<Band> products = band(0, 8);
    Arbitrary<Band> tenure = band(0, 3000);
    return Combinators.combine(from, to, days, trend, products, tenure)
        .as((f, t, d, tr, p, te) -> new LifecycleRule("x", f, t, d, tr, p, te))
        .filter(rule -> rule.daysSinceLastActivity() != null || rule.balanceTrendPercent() != null
            || rule.productsHeld() != null || rule.tenureDays() != null);
  }

  static Arbitrary<Band> band(int low, int high) {
    Arbitrary<Integer> ends = Arbitraries.integers().between(low, high);
    return Combinators.combine(ends.injectNull(0.4), ends.injectNull(0.4))
        .as((a, b) -> {
          if (a == null && b == null) {
            return null;
          }
          Integer min = a == null || b == null ? a : Integer.valueOf(Math.min(a, b));
          Integer max = a == null || b == null ? b : Integer.valueOf(Math.max(a, b));
          return new Band(min == null ? null : BigDecimal.valueOf(min), max == null ? null : BigDecimal.valueOf(max));
        });
  }

  @Provide
  Arbitrary<LifecycleFacts> facts() {
    Arbitrary<LocalDate> days = Arbitraries.integers().between(0, 900).map(AS_OF::minusDays);
    Arbitrary<List<BalancePoint>> history = Arbitraries.integers().between(0, 200)
        .set().ofMaxSize(4)
        .flatMap(offsets -> Arbitraries.longs().between(0, 1_000_000).list().ofSize(offsets.size())
            .map(amounts -> {
              List<Integer> sorted = offsets.stream().sorted().toList();
              return IntStream.range(0, sorted.size())
                  .mapToObj(i -> new BalancePoint(AS_OF.minusDays(sorted.get(i)), BigDecimal.valueOf(amounts.get(i))))
                  .toList();
            }));
    return Combinators.combine(Arbitraries.of(LifecycleStage.class), days.injectNull(0.1), days.injectNull(0.1),
            Arbitraries.integers().between(0, 8), history)
        .as((stage, last, start, products, points) ->
            new LifecycleFacts(CustomerId.of("C1"), stage, AS_OF, last, start, products, points));
  }
}
