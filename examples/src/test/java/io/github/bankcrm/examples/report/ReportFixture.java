package io.github.bankcrm.examples.report;

import io.github.bankcrm.core.customer.Customer;
import io.github.bankcrm.core.customer.CustomerId;
import io.github.bankcrm.core.lifecycle.LifecycleStage;
import io.github.bankcrm.examples.bank.SyntheticBank;
import io.github.bankcrm.examples.bank.SyntheticCustomer;
import io.github.bankcrm.examples.bank.ValueSnapshots;
import io.github.bankcrm.scoring.model.ScoringModels;
import io.github.bankcrm.scoring.score.ValueScorer;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Report test data: a small synthetic bank scored with the default model, or a hand-written report. */
final class ReportFixture {

  static final LifecycleStage[] STAGES = {LifecycleStage.MATURE, LifecycleStage.GROWING, LifecycleStage.PROSPECT, LifecycleStage.DORMANT};

  final List<SyntheticCustomer> bank;
  final Map<CustomerId, Customer> customers;

  ReportFixture(int size) {
    bank = new SyntheticBank(SyntheticBank.Config.of(11, size)).customers().toList();
    customers = bank.stream().map(c -> c.registration().customer())
        .collect(Collectors.toMap(Customer::id, c -> c, (a, b) -> a));
  }

  Function<CustomerId, Optional<Customer>> lookup() {
    return id -> Optional.ofNullable(customers.get(id));
  }

  /** Every customer scored, the stage cycling through {@link #STAGES}. */
  BankReportBuilder scored() {
    ValueScorer scorer = ValueScorer.of(ScoringModels.defaultModel());
    BankReportBuilder builder = new BankReportBuilder(ScoringModels.defaultModel(), lookup())
        .about("Test bank", "A fixture.", SyntheticBank.BUSINESS_DATE);
    for (int i = 0; i < bank.size(); i++) {
      LifecycleStage stage = STAGES[i % STAGES.length];
      builder.score(scorer.score(ValueSnapshots.of(bank.get(i), stage)).get(), stage);
    }
    return builder;
  }

  /** A report written by hand, with a hostile text in every free-text place. */
  static BankReport handWritten(String hostile) {
    BigDecimal k = new BigDecimal("1000.00");
    return new BankReport("Report " + hostile, "About " + hostile, LocalDate.of(2026, 11, 30), "CNY", "abc123",
        3,
        List.of(new BankReport.Count("PLATINUM", 1), new BankReport.Count(hostile, 2)),
        List.of(new BankReport.ScoreBand(0, 499, 2), new BankReport.ScoreBand(500, 1000, 1)),
        List.of(new BankReport.StageValue("MATURE", 2, k, k.multiply(BigDecimal.TEN)),
            new BankReport.StageValue("DORMANT", 1, k.negate(), k.negate())),
        List.of(new BankReport.TopCustomer("C-1", "王**", 900, "PLATINUM", List.of("GOLD"), k,
            List.of(new BankReport.FactorShare("CONTRIBUTION", 500), new BankReport.FactorShare("RECENCY", 400)),
            List.of("The customer was active recently.", hostile))),
        List.of(new BankReport.OpenWarning("C-2", hostile, "HIGH", "RAISED",
            List.of(new BankReport.WarningReading("COMPLAINTS", BigDecimal.valueOf(3), BigDecimal.ONE, 40)))),
        1,
        List.of(new BankReport.GroupExposure(List.of(hostile, "成都某某机械有限公司"), k, BigDecimal.ZERO)),
        List.of(new BankReport.ManagerBook("RM-1", 2, 2, k, k, 0),
            new BankReport.ManagerBook(hostile, 1, 1, k.negate(), k.negate(), 1)),
        0);
  }
}
