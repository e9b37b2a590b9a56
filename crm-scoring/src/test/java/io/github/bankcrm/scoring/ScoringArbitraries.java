package io.github.bankcrm.scoring;

import io.github.bankcrm.core.customer.CustomerId;
import io.github.bankcrm.core.customer.Education;
import io.github.bankcrm.core.holding.ProductType;
import io.github.bankcrm.core.lifecycle.LifecycleStage;
import io.github.bankcrm.scoring.model.ModelJson;
import io.github.bankcrm.scoring.model.ScoringModel;
import io.github.bankcrm.scoring.model.ScoringModels;
import io.github.bankcrm.scoring.snapshot.Channel;
import io.github.bankcrm.scoring.snapshot.ChannelUse;
import io.github.bankcrm.scoring.snapshot.CreditRisk;
import io.github.bankcrm.scoring.snapshot.CustomerAttributes;
import io.github.bankcrm.scoring.snapshot.CustomerSnapshot;
import io.github.bankcrm.scoring.snapshot.FeeIncome;
import io.github.bankcrm.scoring.snapshot.FeeType;
import io.github.bankcrm.scoring.snapshot.IncomeTrend;
import io.github.bankcrm.scoring.snapshot.Position;
import io.github.bankcrm.scoring.snapshot.TransactionSummary;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/** Snapshots the default model accepts, and valid variations of the default model. */
public final class ScoringArbitraries {

  /** The product type and currency pairs the default model has rates for. */
  private static final List<Position> SLOTS =
      List.of(
          new Position(ProductType.DEPOSIT, SnapshotFixture.CNY, 0, 0),
          new Position(ProductType.DEPOSIT, SnapshotFixture.USD, 0, 0),
          new Position(ProductType.DEPOSIT, Currency.getInstance("HKD"), 0, 0),
          new Position(ProductType.LOAN, SnapshotFixture.CNY, 0, 0),
          new Position(ProductType.CARD, SnapshotFixture.CNY, 0, 0),
          new Position(ProductType.WEALTH, SnapshotFixture.CNY, 0, 0),
          new Position(ProductType.INSURANCE, SnapshotFixture.CNY, 0, 0));

  private ScoringArbitraries() {}

  /** A valid snapshot for the default model. */
  public static Arbitrary<CustomerSnapshot> snapshots() {
    Arbitrary<List<Position>> positions =
        Arbitraries.subsetOf(SLOTS)
            .flatMap(
                slots -> {
                  List<Arbitrary<Position>> each = new ArrayList<>();
                  for (Position slot : slots) {
                    each.add(
                        Combinators.combine(
                                Arbitraries.longs().between(0, 2_000_000_000_00L),
                                Arbitraries.integers().between(0, 2_000))
                            .as(
                                (balance, basisPoints) ->
                                    new Position(slot.product(), slot.currency(), balance, basisPoints / 10_000.0)));
                  }
                  return Combinators.combine(each).as(List::copyOf);
                });
    Arbitrary<List<FeeIncome>> fees =
        Arbitraries.of(FeeType.class)
            .flatMap(type -> Arbitraries.longs().between(0, 10_000_000).map(fen -> new FeeIncome(type, SnapshotFixture.CNY, fen)))
            .list()
            .ofMaxSize(3);
    Arbitrary<List<ChannelUse>> uses =
        Arbitraries.of(Channel.class)
            .flatMap(channel -> Arbitraries.integers().between(0, 500).map(n -> new ChannelUse(channel, n)))
            .list()
            .ofMaxSize(3);
    Arbitrary<TransactionSummary> transactions =
        Combinators.combine(
                Arbitraries.integers().between(-1, 400),
                Arbitraries.integers().between(0, 500),
                Arbitraries.longs().between(0, 100_000_000_00L))
            .as(
                (daysAgo, count, amount) ->
                    new TransactionSummary(
                        daysAgo < 0 ? null : SnapshotFixture.AS_OF.minusDays(daysAgo), count, amount));
    Arbitrary<CreditRisk> credit =
        Combinators.combine(
                Arbitraries.integers().between(0, 1_000),
                Arbitraries.integers().between(0, 100),
                Arbitraries.longs().between(0, 1_000_000_000_00L))
            .as((pd, lgd, ead) -> new CreditRisk(pd / 1_000.0, lgd / 100.0, ead));
    Arbitrary<CustomerAttributes> attributes =
        Combinators.combine(
                Arbitraries.integers().between(18, 90).injectNull(0.1),
                Arbitraries.of(true, false),
                Arbitraries.of(IncomeTrend.class).injectNull(0.1),
                Arbitraries.of(Education.class).injectNull(0.1))
            .as(CustomerAttributes::new);
    return Combinators.combine(
            Arbitraries.strings().numeric().ofMinLength(1).ofMaxLength(12).map(id -> CustomerId.of("C" + id)),
            Arbitraries.integers().between(1, 366),
            Arbitraries.of(LifecycleStage.class),
            attributes,
            positions,
            fees,
            uses,
            Combinators.combine(transactions, credit).as(List::<Object>of))
        .as(
            (id, days, stage, attrs, held, fee, use, rest) ->
                new CustomerSnapshot(
                    id,
                    SnapshotFixture.AS_OF,
                    days,
                    stage,
                    attrs,
                    held,
                    fee,
                    use,
                    (TransactionSummary) rest.get(0),
                    (CreditRisk) rest.get(1)));
  }

  /**
   * The default model with other weights (whole percentages adding up to 100), full-points amounts,
   * tier cut-offs, horizon and discount rate.
   */
  public static Arbitrary<ScoringModel> models() {
    Arbitrary<int[]> weights =
        Arbitraries.integers()
            .between(0, 100)
            .list()
            .ofSize(4)
            .map(
                cuts -> {
                  int[] sorted = cuts.stream().mapToInt(Integer::intValue).sorted().toArray();
                  return new int[] {
                    sorted[0], sorted[1] - sorted[0], sorted[2] - sorted[1], sorted[3] - sorted[2], 100 - sorted[3]
                  };
                });
    Arbitrary<int[]> cutOffs =
        Arbitraries.integers()
            .between(1, 1000)
            .set()
            .ofSize(2)
            .map(set -> set.stream().mapToInt(Integer::intValue).sorted().toArray());
    return Combinators.combine(
            weights,
            cutOffs,
            Arbitraries.integers().between(1, 100_000),
            Arbitraries.integers().between(1, 50),
            Arbitraries.integers().between(0, 100))
        .as(
            (w, cuts, fullAt, horizon, discount) ->
                valid(ScoringModels.load(
                        ModelJson.defaultWith(
                            tree -> {
                              for (int i = 0; i < w.length; i++) {
                                ModelJson.at(tree, "/score/factors/" + i)
                                    .put("weight", BigDecimal.valueOf(w[i], 2));
                              }
                              ModelJson.at(tree, "/score/factors/0").put("fullAt", BigDecimal.valueOf(fullAt));
                              ModelJson.at(tree, "/tiers/0").put("minScore", cuts[1]);
                              ModelJson.at(tree, "/tiers/1").put("minScore", cuts[0]);
                              ModelJson.at(tree, "/lifetimeValue").put("horizonYears", horizon);
                              ModelJson.at(tree, "/lifetimeValue")
                                  .put("discountRate", BigDecimal.valueOf(discount, 2));
                            }))));
  }

  private static ScoringModel valid(
      io.vavr.control.Validation<io.vavr.collection.Seq<io.github.bankcrm.core.shared.FieldError>, ScoringModel>
          loaded) {
    if (loaded.isInvalid()) {
      throw new AssertionError(loaded.getError().mkString("\n"));
    }
    return loaded.get();
  }
}
