package io.github.bankcrm.scoring.score;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.bankcrm.scoring.ScoringArbitraries;
import io.github.bankcrm.scoring.model.ScoringModel;
import io.github.bankcrm.scoring.model.ScoringModels;
import io.github.bankcrm.scoring.model.TierCutOff;
import io.github.bankcrm.scoring.snapshot.CustomerSnapshot;
import io.github.bankcrm.scoring.snapshot.FeeIncome;
import io.github.bankcrm.scoring.snapshot.FeeType;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

class ValueScoreProperties {

  private static final ValueScorer DEFAULT = ValueScorer.of(ScoringModels.defaultModel());

  @Provide
  Arbitrary<CustomerSnapshot> snapshots() {
    return ScoringArbitraries.snapshots();
  }

  @Provide
  Arbitrary<ScoringModel> models() {
    return ScoringArbitraries.models();
  }

  @Provide
  Arbitrary<FeeType> feeTypes() {
    return Arbitraries.of(FeeType.class);
  }

  @Property
  void factor_points_add_up_to_the_score(
      @ForAll("models") ScoringModel model, @ForAll("snapshots") CustomerSnapshot snapshot) {
    ValueScore score = ValueScorer.of(model).score(snapshot).get();

    assertThat(score.explanation().totalPoints()).isEqualTo(score.score());
    assertThat(score.score()).isBetween(0, model.score().maxScore());
    assertThat(score.explanation().factors()).allSatisfy(f -> assertThat(f.points()).isNotNegative());
    if (score.score() > 0) {
      double shares = score.explanation().factors().stream().mapToDouble(FactorPoints::share).sum();
      assertThat(shares).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-9));
    }
    assertThat(score.explanation().reasons()).hasSizeLessThanOrEqualTo(3).doesNotHaveDuplicates();
  }

  @Property
  void reasons_name_a_loss_first_then_the_factors_by_points_ties_in_factor_order(
      @ForAll("models") ScoringModel model, @ForAll("snapshots") CustomerSnapshot snapshot) {
    ValueScore score = ValueScorer.of(model).score(snapshot).get();
    List<io.github.bankcrm.scoring.model.Factor> expected = new ArrayList<>();
    if (score.isLossMaking()) {
      expected.add(io.github.bankcrm.scoring.model.Factor.CONTRIBUTION);
    }
    score.explanation().factors().stream()
        .filter(f -> !(score.isLossMaking() && f.factor() == io.github.bankcrm.scoring.model.Factor.CONTRIBUTION))
        .sorted(
            java.util.Comparator.comparingInt(FactorPoints::points)
                .reversed()
                .thenComparing(FactorPoints::factor))
        .forEach(f -> expected.add(f.factor()));

    assertThat(score.explanation().reasons())
        .extracting(Reason::factor)
        .containsExactlyElementsOf(expected.subList(0, Math.min(3, expected.size())));
    if (score.isLossMaking()) {
      assertThat(score.explanation().reasons().get(0)).isEqualTo(Reason.CONTRIBUTION_NEGATIVE);
    }
  }

  @Property
  void more_fee_income_never_lowers_contribution_nor_score(
      @ForAll("snapshots") CustomerSnapshot snapshot,
      @ForAll("feeTypes") FeeType type,
      @ForAll @LongRange(min = 0, max = 100_000_000_00L) long extraFen) {
    List<FeeIncome> fees = new ArrayList<>(snapshot.fees());
    fees.add(new FeeIncome(type, Currency.getInstance("CNY"), extraFen));
    CustomerSnapshot richer =
        new CustomerSnapshot(
            snapshot.customerId(),
            snapshot.asOf(),
            snapshot.periodDays(),
            snapshot.stage(),
            snapshot.attributes(),
            snapshot.positions(),
            fees,
            snapshot.channelUses(),
            snapshot.transactions(),
            snapshot.credit());

    ValueScore before = DEFAULT.score(snapshot).get();
    ValueScore after = DEFAULT.score(richer).get();

    assertThat(after.contribution().total()).isGreaterThanOrEqualTo(before.contribution().total());
    assertThat(after.annualContribution()).isGreaterThanOrEqualTo(before.annualContribution());
    assertThat(after.score()).isGreaterThanOrEqualTo(before.score());
  }

  @Property
  void the_tier_is_a_function_of_the_score_and_the_cut_offs(
      @ForAll("models") ScoringModel model, @ForAll("snapshots") CustomerSnapshot snapshot) {
    ValueScorer scorer = ValueScorer.of(model);
    ValueScore score = scorer.score(snapshot).get();

    assertThat(score.tier()).isEqualTo(scorer.tierOf(score.score(), score.isLossMaking()));
    String expected =
        score.isLossMaking()
            ? model.lossMakingTier()
            : model.tiers().stream()
                .filter(tier -> score.score() >= tier.minScore())
                .map(TierCutOff::name)
                .findFirst()
                .orElseThrow();
    assertThat(score.tier()).isEqualTo(expected);
  }

  @Property
  void a_higher_score_never_has_a_lower_tier(
      @ForAll("models") ScoringModel model,
      @ForAll @IntRange(min = 0, max = 1000) int low,
      @ForAll @IntRange(min = 0, max = 1000) int high) {
    ValueScorer scorer = ValueScorer.of(model);
    List<String> order = model.tiers().stream().map(TierCutOff::name).toList();
    int a = Math.min(low, high);
    int b = Math.max(low, high);

    assertThat(order.indexOf(scorer.tierOf(b, false))).isLessThanOrEqualTo(order.indexOf(scorer.tierOf(a, false)));
  }

  @Property
  void the_same_snapshot_and_model_give_the_same_score(@ForAll("snapshots") CustomerSnapshot snapshot) {
    ValueScorer again = ValueScorer.of(ScoringModels.load(ScoringModels.write(ScoringModels.defaultModel())).get());

    assertThat(again.score(snapshot)).isEqualTo(DEFAULT.score(snapshot));
  }
}
