package io.github.bankcrm.benchmarks;

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
import java.util.Currency;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Customers for the value scoring benchmarks, the same ones in three forms: a {@link CustomerSnapshot}
 * (the SDK), primitive columns (the hand-written limit) and raw PMML arguments (the JPMML peer). One
 * shape: a CNY deposit, a CNY loan for 40 % of them, card and wealth fees, branch and mobile uses, a
 * one-year period, scored with the default model. Customer {@code i} is always the same customer.
 */
public final class GeneratedCustomers {

  static final LocalDate AS_OF = LocalDate.of(2026, 6, 30);
  private static final Currency CNY = Currency.getInstance("CNY");
  private static final LifecycleStage[] STAGES = LifecycleStage.values();
  private static final IncomeTrend[] TRENDS = IncomeTrend.values();
  private static final Education[] EDUCATION = Education.values();

  /** Customer {@code i}'s figures, drawn from a generator seeded with {@code i}. */
  static final class Figures {
    long depositBalance;
    double depositRate;
    long loanBalance;
    double loanRate;
    long cardFee;
    long wealthFee;
    int branchUses;
    int mobileUses;
    double pd;
    double lgd;
    int recencyDays;
    int transactionCount;
    long transactionAmount;
    int stage;
    int age;
    boolean businessOwner;
    int trend;
    int education;

    Figures(long i) {
      SplittableRandom random = new SplittableRandom(i * 0x9E3779B97F4A7C15L + 42);
      depositBalance = random.nextLong(200_000_000L);
      depositRate = random.nextInt(1, 200) / 10_000.0;
      if (random.nextInt(10) < 4) {
        loanBalance = random.nextLong(1, 300_000_000L);
        loanRate = random.nextInt(350, 600) / 10_000.0;
      }
      cardFee = random.nextLong(200_000);
      wealthFee = random.nextLong(2_000_000);
      branchUses = random.nextInt(30);
      mobileUses = random.nextInt(400);
      pd = random.nextInt(500) / 10_000.0;
      lgd = 0.45;
      recencyDays = random.nextInt(400);
      transactionCount = random.nextInt(120);
      transactionAmount = random.nextLong(100_000_000L);
      stage = random.nextInt(STAGES.length);
      age = random.nextInt(20, 70);
      businessOwner = random.nextInt(10) == 0;
      trend = random.nextInt(TRENDS.length);
      education = random.nextInt(EDUCATION.length);
    }
  }

  private GeneratedCustomers() {}

  /**
   * Customer {@code i} as a snapshot.
   *
   * @param i the customer's number
   * @return the snapshot
   */
  public static CustomerSnapshot snapshot(long i) {
    return snapshot(i, new Figures(i));
  }

  static CustomerSnapshot snapshot(long i, Figures f) {
    List<Position> positions =
        f.loanBalance > 0
            ? List.of(
                new Position(ProductType.DEPOSIT, CNY, f.depositBalance, f.depositRate),
                new Position(ProductType.LOAN, CNY, f.loanBalance, f.loanRate))
            : List.of(new Position(ProductType.DEPOSIT, CNY, f.depositBalance, f.depositRate));
    return new CustomerSnapshot(
        new CustomerId("C" + i),
        AS_OF,
        365,
        STAGES[f.stage],
        new CustomerAttributes(f.age, f.businessOwner, TRENDS[f.trend], EDUCATION[f.education]),
        positions,
        List.of(new FeeIncome(FeeType.CARD, CNY, f.cardFee), new FeeIncome(FeeType.WEALTH, CNY, f.wealthFee)),
        List.of(new ChannelUse(Channel.BRANCH, f.branchUses), new ChannelUse(Channel.MOBILE, f.mobileUses)),
        new TransactionSummary(AS_OF.minusDays(f.recencyDays), f.transactionCount, f.transactionAmount),
        new CreditRisk(f.pd, f.lgd, f.loanBalance));
  }
}
