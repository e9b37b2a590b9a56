package io.github.bankcrm.scoring.score;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.bankcrm.scoring.BrokenSnapshots;
import io.github.bankcrm.scoring.ScoringArbitraries;
import io.github.bankcrm.scoring.model.ScoringModel;
import io.github.bankcrm.scoring.model.ScoringModels;
import io.github.bankcrm.scoring.snapshot.CustomerSnapshot;
import io.vavr.control.Either;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * A reused {@link ScoreSlot} holds exactly what {@link ValueScorer#score} gives for its last snapshot,
 * whatever it held before (another customer, another model, a refusal), and its accessors read the
 * same figures as the {@link ValueScore}.
 */
class ScoreSlotProperties {

  private static final ValueScorer DEFAULT = ValueScorer.of(ScoringModels.defaultModel());

  @Provide
  Arbitrary<List<CustomerSnapshot>> mixedSnapshots() {
    return BrokenSnapshots.validOrBroken().list().ofMinSize(1).ofMaxSize(12);
  }

  @Provide
  Arbitrary<ScoringModel> models() {
    return ScoringArbitraries.models();
  }

  @Property(tries = 300)
  void a_reused_slot_holds_what_score_gives_for_each_snapshot(
      @ForAll("mixedSnapshots") List<CustomerSnapshot> snapshots, @ForAll("models") ScoringModel other) {
    ValueScorer[] scorers = {DEFAULT, ValueScorer.of(other)};
    ScoreSlot reused = new ScoreSlot();
    for (int i = 0; i < snapshots.size(); i++) {
      CustomerSnapshot snapshot = snapshots.get(i);
      ValueScorer scorer = scorers[i % 2];
      Either<ScoringError, ValueScore> expected = scorer.score(snapshot);
      ScoreSlot fresh = new ScoreSlot();

      boolean scored = scorer.scoreInto(snapshot, reused);
      scorer.scoreInto(snapshot, fresh);

      assertThat(scored).isEqualTo(expected.isRight()).isEqualTo(reused.isScored());
      assertThat(reused.toValueScore()).isEqualTo(expected).isEqualTo(fresh.toValueScore());
      assertThat(reused.customerId()).isEqualTo(snapshot.customerId());
      assertThat(reused.model()).isEqualTo(scorer.model());
      if (scored) {
        readsLike(reused, expected.get());
      } else {
        assertThat(reused.error()).isEqualTo(expected.getLeft());
      }
    }
  }

  private static void readsLike(ScoreSlot slot, ValueScore score) {
    assertThat(slot.score()).isEqualTo(score.score());
    assertThat(slot.tier()).isEqualTo(score.tier());
    assertThat(slot.isLossMaking()).isEqualTo(score.isLossMaking());
    List<String> flags = new ArrayList<>();
    for (int i = 0; i < slot.flagCount(); i++) {
      flags.add(slot.flag(i));
    }
    assertThat(flags).isEqualTo(score.flags());
    assertThat(
            new ContributionBreakdown(
                slot.depositInterest(),
                slot.lendingInterest(),
                slot.feeIncome(),
                slot.operatingCost(),
                slot.expectedCreditLoss(),
                slot.contribution()))
        .isEqualTo(score.contribution());
    assertThat(slot.annualContribution()).isEqualTo(score.annualContribution());
    assertThat(slot.lifetimeValue()).isEqualTo(score.lifetimeValue());
    assertThat(new RfmScore(slot.recency(), slot.frequency(), slot.monetary())).isEqualTo(score.rfm());
    List<FactorPoints> factors = new ArrayList<>();
    for (io.github.bankcrm.scoring.model.Factor factor : io.github.bankcrm.scoring.model.Factor.values()) {
      if (slot.hasFactor(factor)) {
        factors.add(new FactorPoints(factor, slot.rawValue(factor), slot.points(factor), slot.share(factor)));
      }
    }
    assertThat(factors).isEqualTo(score.explanation().factors());
    List<Reason> reasons = new ArrayList<>();
    for (int i = 0; i < slot.reasonCount(); i++) {
      reasons.add(slot.reason(i));
    }
    assertThat(reasons).isEqualTo(score.explanation().reasons());
  }
}
