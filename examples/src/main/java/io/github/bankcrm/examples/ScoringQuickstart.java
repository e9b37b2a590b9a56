package io.github.bankcrm.examples;

import io.github.bankcrm.core.customer.CustomerId;
import io.github.bankcrm.core.customer.Education;
import io.github.bankcrm.core.holding.ProductType;
import io.github.bankcrm.core.lifecycle.LifecycleStage;
import io.github.bankcrm.scoring.model.ScoringModels;
import io.github.bankcrm.scoring.score.ScoringError;
import io.github.bankcrm.scoring.score.ValueScorer;
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

/** The README's scoring example: one customer scored in real time with the shipped example model. */
public final class ScoringQuickstart {

  private ScoringQuickstart() {}

  /**
   * Scores one customer and prints the score, the tier and the reasons.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    // tag::scoring[]
    ValueScorer scorer = ValueScorer.of(ScoringModels.defaultModel()); // or ScoringModels.load(json)
    Currency cny = Currency.getInstance("CNY");
    CustomerSnapshot snapshot = new CustomerSnapshot(
        CustomerId.of("C-1001"), LocalDate.of(2026, 6, 30), 365, LifecycleStage.MATURE,
        new CustomerAttributes(45, false, IncomeTrend.STABLE, Education.BACHELOR),
        List.of(new Position(ProductType.DEPOSIT, cny, 50_000_000, 0.0150),  // 500,000.00 CNY at 1.50 %
            new Position(ProductType.LOAN, cny, 100_000_000, 0.0450)),       // amounts in fen
        List.of(new FeeIncome(FeeType.WEALTH, cny, 300_000), new FeeIncome(FeeType.CARD, cny, 50_000)),
        List.of(new ChannelUse(Channel.BRANCH, 10), new ChannelUse(Channel.MOBILE, 200)),
        new TransactionSummary(LocalDate.of(2026, 6, 25), 30, 15_000_000),
        new CreditRisk(0.01, 0.45, 100_000_000));
    System.out.println(scorer.score(snapshot).fold(ScoringError::message,
        value -> value.score() + " " + value.tier() + " " + value.explanation().reasons()));
    // end::scoring[]
  }
}
