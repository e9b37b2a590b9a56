package io.github.bankcrm.scoring.score;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.bankcrm.scoring.BrokenSnapshots;
import io.github.bankcrm.scoring.model.Factor;
import io.github.bankcrm.scoring.model.ModelJson;
import io.github.bankcrm.scoring.model.ScoringModel;
import io.github.bankcrm.scoring.model.ScoringModels;
import io.github.bankcrm.scoring.snapshot.CreditRisk;
import io.github.bankcrm.scoring.snapshot.CustomerAttributes;
import io.github.bankcrm.scoring.snapshot.CustomerSnapshot;
import io.github.bankcrm.scoring.snapshot.TransactionSummary;
import io.vavr.control.Either;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * {@link ValueScorer#scoreBlock} gives every row exactly what {@link ValueScorer#score} gives the row's
 * snapshot alone — the same score, explanation and flags bit for bit, the same refusal with the same
 * field errors — for valid and broken snapshots, for the default model and for models with other
 * factors, weights, fractional amounts at full, RFM thresholds, tiers and VIP rules, with blocks and
 * results reused across models.
 */
class ScoreBlockProperties {

  @Provide
  Arbitrary<List<CustomerSnapshot>> mixedSnapshots() {
    return BrokenSnapshots.validOrBroken().list().ofMinSize(1).ofMaxSize(40);
  }

  /**
   * Models unlike the default: any non-empty set of factors with any whole-percent weights, a maximum
   * score that leaves fractional RFM points, amounts at full with fractions of a fen, other RFM
   * thresholds, three or four tiers, and VIP rules using every kind of condition.
   */
  @Provide
  Arbitrary<ScoringModel> models() {
    Arbitrary<List<Factor>> factors = Arbitraries.subsetOf(Factor.values()).ofMinSize(1).map(set -> {
      List<Factor> ordered = new ArrayList<>(set);
      ordered.sort(null);
      return ordered;
    });
    return Combinators.combine(
            factors,
            Arbitraries.integers().between(1, 100).list().ofSize(5),
            Arbitraries.integers().between(7, 3_001),
            Arbitraries.longs().between(1, 10_000_000L),
            Arbitraries.integers().between(1, 40),
            Arbitraries.of(true, false),
            Arbitraries.integers().between(0, 100).list().ofSize(3))
        .as(
            (chosen, rawWeights, maxScore, fullAtTenthsOfFen, recencyStep, fourTiers, vip) ->
                load(
                    tree -> {
                      ObjectNode score = ModelJson.at(tree, "/score");
                      score.put("maxScore", maxScore);
                      ArrayNode list = score.putArray("factors");
                      int[] weights = percentages(rawWeights, chosen.size());
                      for (int i = 0; i < chosen.size(); i++) {
                        ObjectNode factor = list.addObject();
                        factor.put("factor", chosen.get(i).name());
                        factor.put("weight", BigDecimal.valueOf(weights[i], 2));
                        if (chosen.get(i).isAmount()) {
                          factor.put("fullAt", BigDecimal.valueOf(fullAtTenthsOfFen, 3));
                        }
                      }
                      ArrayNode recency = ModelJson.at(tree, "/rfm").putArray("recencyDays");
                      for (int i = 1; i <= 4; i++) {
                        recency.add(i * recencyStep);
                      }
                      ArrayNode tiers = tree.putArray("tiers");
                      int top = Math.max(4, maxScore * 3 / 4);
                      tiers.addObject().put("name", "PLATINUM").put("minScore", top);
                      if (fourTiers) {
                        tiers.addObject().put("name", "GOLD").put("minScore", top / 2 + 1);
                      }
                      tiers.addObject().put("name", "PREMIUM").put("minScore", Math.max(1, top / 3));
                      tiers.addObject().put("name", "ORDINARY").put("minScore", 0);
                      ArrayNode rules = (ArrayNode) tree.get("vipRules");
                      rules.addObject()
                          .put("code", "SCORE_AND_STAGE")
                          .put("description", "score and stage")
                          .putObject("when")
                          .put("minScore", vip.get(0) * maxScore / 100)
                          .putArray("stages")
                          .add("GROWING")
                          .add("MATURE");
                      rules.addObject()
                          .put("code", "CONTRIBUTION_YOUNG")
                          .put("description", "contribution and age")
                          .putObject("when")
                          .put("minAnnualContribution", vip.get(1) * 100)
                          .put("maxAge", 40);
                      rules.addObject()
                          .put("code", "EMPLOYED_GRADUATE")
                          .put("description", "not a business owner, a graduate, income falling")
                          .putObject("when")
                          .put("individualBusinessOwner", false)
                          .put("minEducation", "BACHELOR")
                          .put("incomeTrend", vip.get(2) % 2 == 0 ? "FALLING" : "STABLE");
                    }));
  }

  @Property(tries = 200)
  void every_row_of_a_block_scores_as_its_snapshot_alone(
      @ForAll("mixedSnapshots") List<CustomerSnapshot> snapshots,
      @ForAll("models") ScoringModel other,
      @ForAll @IntRange(min = 1, max = 16) int capacity) {
    ValueScorer[] scorers = {ValueScorer.of(ScoringModels.defaultModel()), ValueScorer.of(other)};
    SnapshotBlock block = new SnapshotBlock(capacity);
    ScoreBlock scores = new ScoreBlock(capacity + 3);
    ScoreSlot slot = new ScoreSlot();
    int scorer = 0;
    for (int from = 0; from < snapshots.size(); from += capacity, scorer ^= 1) {
      block.clear();
      List<CustomerSnapshot> part = snapshots.subList(from, Math.min(snapshots.size(), from + capacity));
      for (int i = 0; i < part.size(); i++) {
        assertThat(block.add(part.get(i))).isEqualTo(i);
      }
      ValueScorer model = scorers[scorer];

      int scored = model.scoreBlock(block, scores);

      assertThat(scores.size()).isEqualTo(part.size());
      int valid = 0;
      for (int row = 0; row < part.size(); row++) {
        CustomerSnapshot snapshot = part.get(row);
        Either<ScoringError, ValueScore> alone = model.score(snapshot);
        assertThat(block.snapshot(row)).isEqualTo(snapshot);
        assertThat(scores.toValueScore(row)).isEqualTo(alone);
        assertThat(scores.customerId(row)).isEqualTo(snapshot.customerId());
        assertThat(scores.isScored(row)).isEqualTo(alone.isRight());
        assertThat(scores.copyInto(row, slot)).isEqualTo(alone.isRight());
        assertThat(slot.toValueScore()).isEqualTo(alone);
        assertThat(slot.model()).isEqualTo(model.model());
        if (alone.isRight()) {
          valid++;
          assertThat(scores.score(row)).isEqualTo(alone.get().score());
          assertThat(scores.tier(row)).isEqualTo(alone.get().tier());
        } else {
          assertThat(scores.error(row)).isEqualTo(alone.getLeft());
        }
      }
      assertThat(scored).isEqualTo(valid);
    }
  }

  @Property(tries = 100)
  void a_row_filled_field_by_field_scores_as_the_snapshot(@ForAll("mixedSnapshots") List<CustomerSnapshot> snapshots) {
    ValueScorer scorer = ValueScorer.of(ScoringModels.defaultModel());
    SnapshotBlock whole = new SnapshotBlock(snapshots.size());
    SnapshotBlock byField = new SnapshotBlock(snapshots.size());
    for (CustomerSnapshot s : snapshots) {
      whole.add(s);
      addByField(byField, s);
    }
    ScoreBlock fromWhole = new ScoreBlock(snapshots.size());
    ScoreBlock fromFields = new ScoreBlock(snapshots.size());
    scorer.scoreBlock(whole, fromWhole);
    scorer.scoreBlock(byField, fromFields);
    for (int row = 0; row < snapshots.size(); row++) {
      assertThat(byField.snapshot(row)).isEqualTo(snapshots.get(row));
      assertThat(fromFields.toValueScore(row)).isEqualTo(fromWhole.toValueScore(row));
    }
  }

  /** What a reader of a table does: a row, then its fields; absent lists stay absent only via add. */
  private static void addByField(SnapshotBlock block, CustomerSnapshot s) {
    if (s.attributes() == null || s.positions() == null || s.fees() == null || s.channelUses() == null
        || s.transactions() == null || s.credit() == null) {
      // a part that is absent altogether has no field-by-field form
      block.add(s);
      return;
    }
    block.addRow(s.customerId(), s.asOf(), s.periodDays(), s.stage());
    CustomerAttributes a = s.attributes();
    block.attributes(a.age(), a.individualBusinessOwner(), a.incomeTrend(), a.education());
    s.positions().forEach(p -> block.position(p.product(), p.currency(), p.averageBalance(), p.customerRate()));
    s.fees().forEach(f -> block.fee(f.type(), f.currency(), f.amount()));
    s.channelUses().forEach(u -> block.channelUse(u.channel(), u.count()));
    TransactionSummary t = s.transactions();
    block.transactions(t.lastActivity(), t.count(), t.amount());
    CreditRisk c = s.credit();
    block.credit(c.probabilityOfDefault(), c.lossGivenDefault(), c.exposureAtDefault());
  }

  /** {@code count} whole percentages in proportion to the raw weights, adding up to 100. */
  private static int[] percentages(List<Integer> raw, int count) {
    int sum = 0;
    for (int i = 0; i < count; i++) {
      sum += raw.get(i);
    }
    int[] weights = new int[count];
    int given = 0;
    for (int i = 0; i < count; i++) {
      weights[i] = raw.get(i) * 100 / sum;
      given += weights[i];
    }
    weights[0] += 100 - given;
    return weights;
  }

  private static ScoringModel load(java.util.function.Consumer<ObjectNode> edit) {
    var loaded = ScoringModels.load(ModelJson.defaultWith(edit));
    if (loaded.isInvalid()) {
      throw new AssertionError(loaded.getError().mkString("\n"));
    }
    return loaded.get();
  }
}
