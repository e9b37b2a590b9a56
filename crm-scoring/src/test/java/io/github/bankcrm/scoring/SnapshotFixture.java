package io.github.bankcrm.scoring;

import io.github.bankcrm.core.customer.CustomerId;
import io.github.bankcrm.core.customer.Education;
import io.github.bankcrm.core.holding.ProductType;
import io.github.bankcrm.core.lifecycle.LifecycleStage;
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
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;

/** Builds snapshots for tests: a one-year CNY snapshot of a mature customer with nothing held. */
public final class SnapshotFixture {

  /** The day every fixture snapshot is as of. */
  public static final LocalDate AS_OF = LocalDate.of(2026, 6, 30);

  public static final Currency CNY = Currency.getInstance("CNY");
  public static final Currency USD = Currency.getInstance("USD");

  private CustomerId customerId = CustomerId.of("C-1001");
  private LocalDate asOf = AS_OF;
  private int periodDays = 365;
  private LifecycleStage stage = LifecycleStage.MATURE;
  private CustomerAttributes attributes = new CustomerAttributes(45, false, IncomeTrend.STABLE, Education.BACHELOR);
  private List<Position> positions = new ArrayList<>();
  private List<FeeIncome> fees = new ArrayList<>();
  private List<ChannelUse> channelUses = new ArrayList<>();
  private TransactionSummary transactions = TransactionSummary.none();
  private CreditRisk credit = CreditRisk.none();

  public static SnapshotFixture aCustomer() {
    return new SnapshotFixture();
  }

  public SnapshotFixture id(String id) {
    customerId = CustomerId.of(id);
    return this;
  }

  public SnapshotFixture asOf(LocalDate day) {
    asOf = day;
    return this;
  }

  public SnapshotFixture periodDays(int days) {
    periodDays = days;
    return this;
  }

  public SnapshotFixture stage(LifecycleStage value) {
    stage = value;
    return this;
  }

  public SnapshotFixture attributes(CustomerAttributes value) {
    attributes = value;
    return this;
  }

  /** A position; {@code yuan} is in major units of the currency, turned into minor units here. */
  public SnapshotFixture holds(ProductType product, Currency currency, long minorUnits, double rate) {
    positions.add(new Position(product, currency, minorUnits, rate));
    return this;
  }

  public SnapshotFixture fee(FeeType type, long fen) {
    fees.add(new FeeIncome(type, CNY, fen));
    return this;
  }

  public SnapshotFixture uses(Channel channel, int count) {
    channelUses.add(new ChannelUse(channel, count));
    return this;
  }

  public SnapshotFixture transactions(LocalDate lastActivity, int count, long fen) {
    transactions = new TransactionSummary(lastActivity, count, fen);
    return this;
  }

  public SnapshotFixture credit(double pd, double lgd, long eadFen) {
    credit = new CreditRisk(pd, lgd, eadFen);
    return this;
  }

  /** Leaves out the fields a nightly extract may miss. */
  public SnapshotFixture withoutStageTransactionsAndCredit() {
    stage = null;
    transactions = null;
    credit = null;
    return this;
  }

  public CustomerSnapshot build() {
    return new CustomerSnapshot(
        customerId, asOf, periodDays, stage, attributes, positions, fees, channelUses, transactions, credit);
  }
}
