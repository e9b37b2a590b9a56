package io.github.bankcrm.scoring;

import io.github.bankcrm.core.holding.ProductType;
import io.github.bankcrm.core.lifecycle.LifecycleStage;
import io.github.bankcrm.scoring.snapshot.Channel;
import io.github.bankcrm.scoring.snapshot.ChannelUse;
import io.github.bankcrm.scoring.snapshot.CreditRisk;
import io.github.bankcrm.scoring.snapshot.CustomerAttributes;
import io.github.bankcrm.scoring.snapshot.CustomerSnapshot;
import io.github.bankcrm.scoring.snapshot.FeeIncome;
import io.github.bankcrm.scoring.snapshot.FeeType;
import io.github.bankcrm.scoring.snapshot.Position;
import io.github.bankcrm.scoring.snapshot.TransactionSummary;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;

/**
 * Snapshots the default model refuses: a valid snapshot broken in one of the ways every check of a
 * snapshot looks for, one field at a time or several at once.
 */
public final class BrokenSnapshots {

  private static final Currency EUR = Currency.getInstance("EUR");

  /** Ways a valid snapshot goes wrong: every check of a snapshot, one at a time or a few at once. */
  private static final List<UnaryOperator<CustomerSnapshot>> BREAKAGES =
      List.of(
          s -> with(s, b -> b.asOf = null),
          s -> with(s, b -> b.periodDays = 0),
          s -> with(s, b -> b.periodDays = 367),
          s -> with(s, b -> b.stage = null),
          s -> with(s, b -> b.attributes = null),
          s -> with(s, b -> b.attributes = new CustomerAttributes(151, false, null, null)),
          s -> with(s, b -> b.attributes = new CustomerAttributes(-1, true, null, null)),
          s -> with(s, b -> b.positions = null),
          s -> with(s, b -> b.positions = plus(b.positions, new Position(null, SnapshotFixture.CNY, 5, 0.01))),
          s -> with(s, b -> b.positions = plus(b.positions, new Position(ProductType.CARD, null, 5, 0.01))),
          s -> with(s, b -> b.positions = plus(b.positions, new Position(ProductType.CARD, EUR, 5, 0.01))),
          s -> with(s, b -> b.positions = plus(b.positions, new Position(ProductType.LOAN, SnapshotFixture.USD, 5, 0.01))),
          s -> with(s, b -> b.positions = plus(b.positions, new Position(ProductType.WEALTH, SnapshotFixture.CNY, -1, 0))),
          s -> with(s, b -> b.positions = plus(b.positions, new Position(ProductType.WEALTH, SnapshotFixture.CNY, 1, 1.5))),
          s -> with(s, b -> b.positions = plus(b.positions, new Position(ProductType.WEALTH, SnapshotFixture.CNY, 1, Double.NaN))),
          s -> with(s, b -> b.positions = twice(b.positions)),
          s -> with(s, b -> b.fees = null),
          s -> with(s, b -> b.fees = plus(b.fees, new FeeIncome(null, SnapshotFixture.CNY, 1))),
          s -> with(s, b -> b.fees = plus(b.fees, new FeeIncome(FeeType.CARD, EUR, 1))),
          s -> with(s, b -> b.fees = plus(b.fees, new FeeIncome(FeeType.CARD, null, 1))),
          s -> with(s, b -> b.fees = plus(b.fees, new FeeIncome(FeeType.CARD, SnapshotFixture.CNY, -1))),
          s -> with(s, b -> b.channelUses = null),
          s -> with(s, b -> b.channelUses = plus(b.channelUses, new ChannelUse(null, 1))),
          s -> with(s, b -> b.channelUses = plus(b.channelUses, new ChannelUse(Channel.ATM, -1))),
          s -> with(s, b -> b.credit = null),
          s -> with(s, b -> b.credit = new CreditRisk(1.5, 0.4, 10)),
          s -> with(s, b -> b.credit = new CreditRisk(0.1, -0.4, 10)),
          s -> with(s, b -> b.credit = new CreditRisk(0.1, 0.4, -10)),
          s -> with(s, b -> b.transactions = null),
          s -> with(s, b -> b.transactions = new TransactionSummary(b.asOf.plusDays(1), 3, 5)),
          s -> with(s, b -> b.transactions = new TransactionSummary(null, -3, 5)),
          s -> with(s, b -> b.transactions = new TransactionSummary(null, 3, -5)),
          s -> with(s, b -> {
            b.asOf = null;
            b.stage = null;
            b.credit = new CreditRisk(-1, 2, -1);
          }));

  private BrokenSnapshots() {}

  /** A valid snapshot three times in four, otherwise one broken in one of the ways above. */
  public static Arbitrary<CustomerSnapshot> validOrBroken() {
    return ScoringArbitraries.snapshots()
        .flatMap(
            valid ->
                Arbitraries.integers()
                    .between(-3 * BREAKAGES.size(), BREAKAGES.size() - 1)
                    .map(b -> b < 0 ? valid : BREAKAGES.get(b).apply(valid)));
  }

  private static <T> List<T> plus(List<T> list, T extra) {
    List<T> more = new ArrayList<>(list);
    more.add(extra);
    return more;
  }

  private static List<Position> twice(List<Position> positions) {
    List<Position> more = new ArrayList<>(positions);
    more.add(new Position(ProductType.DEPOSIT, SnapshotFixture.CNY, 1, 0.01));
    more.add(new Position(ProductType.DEPOSIT, SnapshotFixture.CNY, 2, 0.01));
    return more;
  }

  /** A snapshot's components, to change one or a few. */
  private static final class Parts {
    LocalDate asOf;
    int periodDays;
    LifecycleStage stage;
    CustomerAttributes attributes;
    List<Position> positions;
    List<FeeIncome> fees;
    List<ChannelUse> channelUses;
    TransactionSummary transactions;
    CreditRisk credit;
  }

  private static CustomerSnapshot with(CustomerSnapshot s, Consumer<Parts> change) {
    Parts b = new Parts();
    b.asOf = s.asOf();
    b.periodDays = s.periodDays();
    b.stage = s.stage();
    b.attributes = s.attributes();
    b.positions = s.positions();
    b.fees = s.fees();
    b.channelUses = s.channelUses();
    b.transactions = s.transactions();
    b.credit = s.credit();
    change.accept(b);
    return new CustomerSnapshot(
        s.customerId(), b.asOf, b.periodDays, b.stage, b.attributes, b.positions, b.fees, b.channelUses, b.transactions, b.credit);
  }
}
