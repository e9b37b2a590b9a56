package io.github.bankcrm.examples.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.bankcrm.core.customer.Customer;
import io.github.bankcrm.core.customer.CustomerId;
import io.github.bankcrm.core.customer.IndividualCustomer;
import io.github.bankcrm.core.lifecycle.LifecycleStage;
import io.github.bankcrm.core.lifecycle.PolicyVersion;
import io.github.bankcrm.core.organization.RelationshipManagerId;
import io.github.bankcrm.core.shared.Actor;
import io.github.bankcrm.core.warning.EarlyWarning;
import io.github.bankcrm.core.warning.FactorReading;
import io.github.bankcrm.core.warning.WarningAssessment;
import io.github.bankcrm.core.warning.WarningFactor;
import io.github.bankcrm.core.warning.WarningId;
import io.github.bankcrm.core.warning.WarningLevel;
import io.github.bankcrm.examples.bank.SyntheticBank;
import io.github.bankcrm.scoring.model.ScoringModel;
import io.github.bankcrm.scoring.model.ScoringModels;
import io.github.bankcrm.scoring.model.TierCutOff;
import io.github.bankcrm.scoring.score.ValueScorer;
import io.github.bankcrm.examples.bank.ValueSnapshots;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class BankReportBuilderTest {

  static final ReportFixture FIXTURE = new ReportFixture(240);
  static final BankReport REPORT = FIXTURE.scored().build();

  @Nested
  class Distributions {

    @Test
    void the_tiers_list_every_tier_of_the_model_in_order_and_add_up_to_the_customers_scored() {
      ScoringModel model = ScoringModels.defaultModel();
      List<String> expected = new ArrayList<>(model.tiers().stream().map(TierCutOff::name).toList());
      expected.add(model.lossMakingTier());

      assertThat(REPORT.customers()).isEqualTo(240);
      assertThat(REPORT.tiers()).extracting(BankReport.Count::label).containsExactlyElementsOf(expected);
      assertThat(REPORT.tiers().stream().mapToLong(BankReport.Count::count).sum()).isEqualTo(240);
    }

    @Test
    void the_histogram_has_ten_contiguous_bands_from_zero_to_the_maximum_score_and_counts_everybody() {
      int max = ScoringModels.defaultModel().score().maxScore();

      assertThat(REPORT.scoreHistogram()).hasSize(10);
      assertThat(REPORT.scoreHistogram().get(0).from()).isZero();
      assertThat(REPORT.scoreHistogram().get(9).to()).isEqualTo(max);
      for (int i = 1; i < 10; i++) {
        assertThat(REPORT.scoreHistogram().get(i).from()).isEqualTo(REPORT.scoreHistogram().get(i - 1).to() + 1);
      }
      assertThat(REPORT.scoreHistogram().stream().mapToLong(BankReport.ScoreBand::count).sum()).isEqualTo(240);
    }

    @Test
    void value_by_stage_sums_the_scores_of_each_stage_in_stage_order() {
      assertThat(REPORT.valueByStage()).extracting(BankReport.StageValue::stage)
          .containsExactly("PROSPECT", "GROWING", "MATURE", "DORMANT");
      assertThat(REPORT.valueByStage()).allSatisfy(stage -> assertThat(stage.customers()).isEqualTo(60));
      ValueScorer scorer = ValueScorer.of(ScoringModels.defaultModel());
      long mature = 0;
      for (int i = 0; i < FIXTURE.bank.size(); i += ReportFixture.STAGES.length) {
        mature += scorer.score(ValueSnapshots.of(FIXTURE.bank.get(i), ReportFixture.STAGES[0])).get().annualContribution();
      }
      assertThat(REPORT.valueByStage().get(2).annualContribution()).isEqualByComparingTo(BigDecimal.valueOf(mature, 2));
    }
  }

  @Nested
  class TopCustomers {

    @Test
    void are_the_ten_highest_scores_each_with_factor_points_adding_up_to_the_score_and_reasons() {
      assertThat(REPORT.topCustomers()).hasSize(10)
          .isSortedAccordingTo(Comparator.comparingInt(BankReport.TopCustomer::score).reversed());
      assertThat(REPORT.topCustomers()).allSatisfy(customer -> {
        assertThat(customer.factors().stream().mapToInt(BankReport.FactorShare::points).sum()).isEqualTo(customer.score());
        assertThat(customer.reasons()).isNotEmpty().allSatisfy(reason -> assertThat(reason).startsWith("The customer "));
      });
      assertThat(REPORT.scoreHistogram().stream().filter(b -> b.from() > REPORT.topCustomers().get(0).score())
          .mapToLong(BankReport.ScoreBand::count).sum()).isZero();
    }

    @Test
    void show_masked_names_and_no_personal_name_appears_anywhere_in_the_report() {
      for (BankReport.TopCustomer top : REPORT.topCustomers()) {
        assertThat(top.maskedName()).isEqualTo(FIXTURE.customers.get(CustomerId.of(top.number())).maskedName());
      }
      String everything = REPORT.toString();
      FIXTURE.customers.values().stream()
          .filter(IndividualCustomer.class::isInstance)
          .map(c -> ((IndividualCustomer) c).profile().name().legalName())
          .forEach(name -> assertThat(everything).doesNotContain(name));
    }
  }

  @Nested
  class Managers {

    @Test
    void every_scored_customer_counts_for_its_manager_or_as_unassigned() {
      long assigned = FIXTURE.customers.values().stream().map(Customer::relationshipManager).filter(Objects::nonNull).count();

      assertThat(REPORT.managers().stream().mapToLong(BankReport.ManagerBook::scored).sum() + REPORT.unassigned())
          .isEqualTo(240);
      assertThat(REPORT.managers().stream().mapToLong(BankReport.ManagerBook::customers).sum()).isEqualTo(assigned);
      assertThat(REPORT.managers())
          .isSortedAccordingTo(Comparator.comparing(BankReport.ManagerBook::annualContribution).reversed());
      assertThat(REPORT.managers()).extracting(BankReport.ManagerBook::manager)
          .allSatisfy(manager -> assertThat(RelationshipManagerId.parse(manager).isValid()).isTrue());
    }
  }

  @Nested
  class Warnings {

    @Test
    void only_open_warnings_are_listed_most_severe_first_with_their_factors() {
      Actor job = Actor.system("warning-job");
      Instant now = SyntheticBank.AS_OF;
      List<CustomerId> ids = FIXTURE.bank.stream().limit(3).map(c -> c.id()).toList();
      EarlyWarning low = warning("W-1", ids.get(0), WarningLevel.LOW, 10);
      EarlyWarning critical = warning("W-2", ids.get(1), WarningLevel.CRITICAL, 90);
      EarlyWarning resolved = warning("W-3", ids.get(2), WarningLevel.CRITICAL, 95)
          .acknowledge(1, null, job, now).get().warning()
          .assign(2, RelationshipManagerId.of("RM-1"), SyntheticBank.BUSINESS_DATE.plusDays(7), null, job, now).get().warning()
          .resolve(3, null, job, now).get().warning();

      BankReport report = FIXTURE.scored().warnings(List.of(low, critical, resolved)).build();

      assertThat(report.openWarningCount()).isEqualTo(2);
      assertThat(report.openWarnings()).extracting(BankReport.OpenWarning::number)
          .containsExactly(ids.get(1).value(), ids.get(0).value());
      assertThat(report.openWarnings().get(0).factors())
          .containsExactly(new BankReport.WarningReading("COMPLAINTS", BigDecimal.valueOf(3), BigDecimal.ONE, 90));
      assertThat(report.openWarnings().get(0).maskedName()).isEqualTo(FIXTURE.customers.get(ids.get(1)).maskedName());
    }

    private EarlyWarning warning(String id, CustomerId customer, WarningLevel level, int points) {
      return EarlyWarning.raise(WarningId.of(id), new WarningAssessment(customer, SyntheticBank.BUSINESS_DATE,
              new PolicyVersion("demo", 1),
              List.of(new FactorReading(WarningFactor.COMPLAINTS, BigDecimal.valueOf(3), BigDecimal.ONE, points)),
              points, level),
          Actor.system("warning-job"), SyntheticBank.AS_OF).warning();
    }
  }

  @Nested
  class Refusals {

    @Test
    void a_score_of_another_model_is_a_programming_error() {
      ScoringModel model = ScoringModels.defaultModel();
      ScoringModel next = new ScoringModel(model.id(), model.version() + 1, model.reportingCurrency(), model.currencies(),
          model.rates(), model.channelCosts(), model.rfm(), model.lifetimeValue(), model.score(), model.tiers(),
          model.lossMakingTier(), model.vipRules());
      var score = ValueScorer.of(next).score(ValueSnapshots.of(FIXTURE.bank.get(0), LifecycleStage.MATURE)).get();

      assertThatThrownBy(() -> new BankReportBuilder(model, FIXTURE.lookup()).score(score, LifecycleStage.MATURE))
          .isInstanceOf(IllegalArgumentException.class);
      assertThatThrownBy(() -> new BankReportBuilder(model, FIXTURE.lookup()).limits(0, 1, 1))
          .isInstanceOf(IllegalArgumentException.class);
    }
  }
}
