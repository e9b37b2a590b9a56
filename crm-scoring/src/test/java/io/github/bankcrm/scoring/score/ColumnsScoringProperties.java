package io.github.bankcrm.scoring.score;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.bankcrm.core.holding.ProductType;
import io.github.bankcrm.core.shared.FieldError;
import io.github.bankcrm.scoring.ScoringArbitraries;
import io.github.bankcrm.scoring.SnapshotFixture;
import io.github.bankcrm.scoring.model.ScoringModel;
import io.github.bankcrm.scoring.model.ScoringModels;
import io.github.bankcrm.scoring.snapshot.CreditRisk;
import io.github.bankcrm.scoring.snapshot.CustomerSnapshot;
import io.github.bankcrm.scoring.snapshot.FeeIncome;
import io.github.bankcrm.scoring.snapshot.FeeType;
import io.github.bankcrm.scoring.snapshot.Position;
import io.github.bankcrm.scoring.snapshot.SnapshotColumns;
import io.github.bankcrm.scoring.snapshot.TransactionSummary;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Validation;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Currency;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/**
 * A snapshot scores the same as its row of {@link SnapshotColumns}: the same {@link ValueScore},
 * explanation included, or the same refused fields (the row names a list item by its key, {@code
 * positions[DEPOSIT/CNY]}, where the snapshot names it by its index, {@code positions[2]}).
 */
class ColumnsScoringProperties {

  private static final ValueScorer DEFAULT = ValueScorer.of(ScoringModels.defaultModel());
  private static final Currency EUR = Currency.getInstance("EUR");
  private static final Currency HKD = Currency.getInstance("HKD");
  private static final Pattern ITEM = Pattern.compile("^(positions|fees|channelUses)\\[(\\d+)\\]");

  /** Ways a valid snapshot goes wrong: one refused field or several, a row can hold them all. */
  private static final List<UnaryOperator<CustomerSnapshot>> BREAKAGES =
      List.of(
          s -> copy(s, null, s.periodDays(), s.positions(), s.fees(), s.transactions(), s.credit()),
          s -> copy(s, s.asOf(), 0, s.positions(), s.fees(), s.transactions(), s.credit()),
          s -> copy(s, s.asOf(), s.periodDays(), null, s.fees(), null, null),
          s -> copy(s, s.asOf(), s.periodDays(), with(s.positions(), new Position(ProductType.CARD, EUR, 5, 0.1)), s.fees(), s.transactions(), s.credit()),
          s -> copy(s, s.asOf(), s.periodDays(), with(s.positions(), new Position(ProductType.LOAN, SnapshotFixture.USD, 9, 0.1)), s.fees(), s.transactions(), s.credit()),
          s -> copy(s, s.asOf(), s.periodDays(), with(s.positions(), new Position(ProductType.INSURANCE, HKD, -1, 2)), s.fees(), s.transactions(), s.credit()),
          s -> copy(s, s.asOf(), s.periodDays(), s.positions(), withFee(s.fees(), new FeeIncome(FeeType.OTHER, EUR, -4)), s.transactions(), s.credit()),
          s -> copy(s, s.asOf(), s.periodDays(), s.positions(), s.fees(), new TransactionSummary(s.asOf().plusDays(3), -2, -1), new CreditRisk(1.5, Double.NaN, -1)));

  @Provide
  Arbitrary<List<CustomerSnapshot>> mixedSnapshots() {
    return ScoringArbitraries.mixed(BREAKAGES);
  }

  @Provide
  Arbitrary<ScoringModel> models() {
    return ScoringArbitraries.models();
  }

  @Property(tries = 300)
  void a_row_scores_as_its_snapshot(
      @ForAll("mixedSnapshots") List<CustomerSnapshot> snapshots, @ForAll("models") ScoringModel other) {
    ValueScorer[] scorers = {DEFAULT, ValueScorer.of(other)};
    SnapshotColumns columns = new SnapshotColumns(snapshots.size(), List.of(SnapshotFixture.CNY, SnapshotFixture.USD, HKD, EUR));
    ScoreSlot reused = new ScoreSlot();
    for (int i = 0; i < snapshots.size(); i++) {
      CustomerSnapshot snapshot = snapshots.get(i);
      ValueScorer scorer = scorers[i % 2];
      Either<ScoringError, ValueScore> expected = scorer.score(snapshot);
      Validation<Seq<FieldError>, Integer> row = columns.add(snapshot);

      Statistics.label("outcome")
          .collect(row.isInvalid() ? "not representable" : expected.isRight() ? "scored" : "refused");
      if (row.isInvalid()) {
        // what a row cannot hold (a repeated position) the snapshot path refuses with the same path
        assertThat(expected.isLeft()).isTrue();
        assertThat(((ScoringError.InvalidSnapshot) expected.getLeft()).errors()).containsAll(row.getError());
        continue;
      }
      boolean scored = scorer.scoreInto(columns, row.get(), reused);

      assertThat(scored).isEqualTo(expected.isRight());
      if (scored) {
        assertThat(reused.toValueScore()).isEqualTo(expected);
      } else {
        assertThat(reused.error().customerId()).isEqualTo(snapshot.customerId());
        assertThat(refused(reused.error(), null)).isEqualTo(refused(expected.getLeft(), snapshot));
      }
    }
    Statistics.label("outcome")
        .coverage(
            coverage -> {
              coverage.check("scored").percentage(p -> p > 20);
              coverage.check("refused").percentage(p -> p > 20);
            });
  }

  @Property(tries = 200)
  void a_score_does_not_depend_on_the_order_of_the_lists(
      @ForAll("mixedSnapshots") List<CustomerSnapshot> snapshots, @ForAll long seed) {
    for (CustomerSnapshot snapshot : snapshots) {
      Random random = new Random(seed);
      CustomerSnapshot shuffled =
          new CustomerSnapshot(
              snapshot.customerId(),
              snapshot.asOf(),
              snapshot.periodDays(),
              snapshot.stage(),
              snapshot.attributes(),
              shuffle(snapshot.positions(), random),
              shuffle(snapshot.fees(), random),
              shuffle(snapshot.channelUses(), random),
              snapshot.transactions(),
              snapshot.credit());

      Either<ScoringError, ValueScore> original = DEFAULT.score(snapshot);
      Either<ScoringError, ValueScore> reordered = DEFAULT.score(shuffled);

      assertThat(reordered.isRight()).isEqualTo(original.isRight());
      if (original.isRight()) {
        assertThat(reordered).isEqualTo(original);
      }
    }
  }

  /**
   * The refused fields as "path code", a snapshot's list indexes replaced by the item's key (several
   * items of one key, such as two negative fees of one type and currency, are one field of a row).
   */
  private static Set<String> refused(ScoringError error, CustomerSnapshot keysOf) {
    Set<String> fields = new TreeSet<>();
    for (FieldError e : ((ScoringError.InvalidSnapshot) error).errors()) {
      String path = e.path();
      Matcher item = ITEM.matcher(path);
      if (keysOf != null && item.find()) {
        int index = Integer.parseInt(item.group(2));
        String key =
            switch (item.group(1)) {
              case "positions" -> keysOf.positions().get(index).product() + "/" + keysOf.positions().get(index).currency();
              case "fees" -> keysOf.fees().get(index).type() + "/" + keysOf.fees().get(index).currency();
              default -> String.valueOf(keysOf.channelUses().get(index).channel());
            };
        path = item.group(1) + "[" + key + "]" + path.substring(item.end());
      }
      fields.add(path + " " + e.code());
    }
    return fields;
  }

  private static <T> List<T> shuffle(List<T> list, Random random) {
    if (list == null) {
      return null;
    }
    List<T> copy = new ArrayList<>(list);
    Collections.shuffle(copy, random);
    return copy;
  }

  private static List<Position> with(List<Position> positions, Position extra) {
    List<Position> more = new ArrayList<>(positions);
    more.add(extra);
    return more;
  }

  private static List<FeeIncome> withFee(List<FeeIncome> fees, FeeIncome extra) {
    List<FeeIncome> more = new ArrayList<>(fees);
    more.add(extra);
    return more;
  }

  private static CustomerSnapshot copy(
      CustomerSnapshot s,
      java.time.LocalDate asOf,
      int periodDays,
      List<Position> positions,
      List<FeeIncome> fees,
      TransactionSummary transactions,
      CreditRisk credit) {
    return new CustomerSnapshot(
        s.customerId(),
        asOf,
        periodDays,
        s.stage(),
        s.attributes(),
        positions,
        fees,
        s.channelUses(),
        transactions,
        credit);
  }
}
