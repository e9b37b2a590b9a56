package io.github.bankcrm.scoring.score;

import static io.github.bankcrm.scoring.SnapshotFixture.AS_OF;
import static io.github.bankcrm.scoring.SnapshotFixture.CNY;
import static io.github.bankcrm.scoring.SnapshotFixture.aCustomer;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.bankcrm.core.customer.Education;
import io.github.bankcrm.core.holding.ProductType;
import io.github.bankcrm.core.lifecycle.LifecycleStage;
import io.github.bankcrm.scoring.model.Factor;
import io.github.bankcrm.scoring.model.ScoringModels;
import io.github.bankcrm.scoring.snapshot.Channel;
import io.github.bankcrm.scoring.snapshot.CustomerAttributes;
import io.github.bankcrm.scoring.snapshot.FeeType;
import io.github.bankcrm.scoring.snapshot.IncomeTrend;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Scores computed by hand with the shipped default model (docs/SCORING.md): FTP CNY deposit 2.00 %,
 * loan 3.00 %; servicing 20 / 150 CNY a year; branch use 12.00, mobile use 0.10; RFM thresholds
 * recency 7/30/90/180 days, frequency 60/24/12/4, monetary 500k/100k/20k/5k CNY; lifetime value over
 * 5 years at 8 % discount; weights 0.40 contribution (full at 20,000), 0.30 lifetime value (full at
 * 60,000), 0.10 each R, F, M; tiers PLATINUM 750, PREMIUM 450, ORDINARY 0. Amounts in fen.
 */
class WorkedExamplesTest {

  private final ValueScorer scorer = ValueScorer.of(ScoringModels.defaultModel());

  @Nested
  class A_mature_borrower_with_deposits_and_wealth {

    // deposit 500,000.00 CNY at 1.50 %: 50,000,000 × (0.0200 − 0.0150)       =   250,000 fen
    // loan 1,000,000.00 CNY at 4.50 %: 100,000,000 × (0.0450 − 0.0300)        = 1,500,000 fen
    // fees: wealth 3,000.00 + card 500.00                                      =   350,000 fen
    // cost: servicing 20 + 150 CNY, 10 branch uses × 12, 200 mobile × 0.10    =    31,000 fen
    // expected loss: PD 1 % × LGD 45 % × EAD 1,000,000.00 CNY                 =   450,000 fen
    // contribution = 250,000 + 1,500,000 + 350,000 − 31,000 − 450,000        = 1,619,000 fen
    // a 365-day period: annual contribution = 1,619,000
    // lifetime: MATURE retention 0.90, q = 0.90 / 1.08 = 5/6,
    //   Σ_{t=1..5} q^t = 5 × (1 − (5/6)^5) = 23255 / 7776 = 2.99061214
    //   CLV = 1,619,000 × 2.99061214 = 4,841,801.05 → 4,841,801 fen
    // RFM: last activity 5 days ago → R 5; 30 transactions → F 4; 150,000.00 CNY → M 4
    // exact points: contribution 400 × 16,190 / 20,000 = 323.8; CLV 300 × 48,418.01 / 60,000 = 242.09
    //   R 100 × 4/4 = 100; F 100 × 3/4 = 75; M 100 × 3/4 = 75; sum 815.89 → score 816
    //   whole parts 323 + 242 + 100 + 75 + 75 = 815; the missing point goes to the largest
    //   fraction (contribution, .8): 324
    private final ValueScore score =
        scorer
            .score(
                aCustomer()
                    .holds(ProductType.DEPOSIT, CNY, 50_000_000, 0.0150)
                    .holds(ProductType.LOAN, CNY, 100_000_000, 0.0450)
                    .fee(FeeType.WEALTH, 300_000)
                    .fee(FeeType.CARD, 50_000)
                    .uses(Channel.BRANCH, 10)
                    .uses(Channel.MOBILE, 200)
                    .credit(0.01, 0.45, 100_000_000)
                    .transactions(AS_OF.minusDays(5), 30, 15_000_000)
                    .build())
            .get();

    @Test
    void contribution_is_interest_plus_fees_minus_cost_and_expected_loss() {
      assertThat(score.contribution())
          .isEqualTo(new ContributionBreakdown(250_000, 1_500_000, 350_000, 31_000, 450_000, 1_619_000));
      assertThat(score.annualContribution()).isEqualTo(1_619_000);
    }

    @Test
    void lifetime_value_discounts_retained_years() {
      assertThat(score.lifetimeValue()).isEqualTo(4_841_801);
    }

    @Test
    void rfm_scores_by_the_model_thresholds() {
      assertThat(score.rfm()).isEqualTo(new RfmScore(5, 4, 4));
    }

    @Test
    void is_platinum_with_points_that_add_up() {
      assertThat(score.score()).isEqualTo(816);
      assertThat(score.tier()).isEqualTo("PLATINUM");
      assertThat(score.explanation().factors())
          .extracting(FactorPoints::factor, FactorPoints::points)
          .containsExactly(
              org.assertj.core.groups.Tuple.tuple(Factor.CONTRIBUTION, 324),
              org.assertj.core.groups.Tuple.tuple(Factor.LIFETIME_VALUE, 242),
              org.assertj.core.groups.Tuple.tuple(Factor.RECENCY, 100),
              org.assertj.core.groups.Tuple.tuple(Factor.FREQUENCY, 75),
              org.assertj.core.groups.Tuple.tuple(Factor.MONETARY, 75));
      assertThat(score.explanation().factors().get(0).rawValue()).isEqualTo(16_190.00);
      assertThat(score.explanation().factors().get(0).share()).isEqualTo(324 / 816.0);
    }

    @Test
    void explains_itself_by_its_largest_factors() {
      // 324 (contribution, 0.81 of full) > 242 (CLV, 0.81) > 100 (recency, 1.0)
      assertThat(score.explanation().reasons())
          .containsExactly(Reason.CONTRIBUTION_HIGH, Reason.LIFETIME_VALUE_HIGH, Reason.RECENCY_HIGH);
      assertThat(Reason.CONTRIBUTION_HIGH.text())
          .isEqualTo("The customer brings a high contribution to the bank's profit.");
    }

    @Test
    void carries_the_fingerprint_of_the_model() {
      assertThat(score.model()).isEqualTo(ScoringModels.defaultModel().fingerprint());
      assertThat(score.flags()).isEmpty();
    }
  }

  @Nested
  class A_small_saver_who_queues_at_the_branch {

    // deposit 2,000.00 CNY at 1.50 %: 200,000 × 0.0050              =   1,000 fen
    // cost: servicing 20.00 + 12 branch uses × 12.00 = 164.00 CNY   =  16,400 fen
    // contribution = 1,000 − 16,400                                 = −15,400 fen: loss-making
    // RFM: last activity 100 days ago → R 2; 14 transactions → F 3; 8,000.00 CNY → M 2
    // points: contribution and CLV 0 (negative); R 100 × 1/4 = 25; F 100 × 2/4 = 50; M 25 → 100
    private final ValueScore score =
        scorer
            .score(
                aCustomer()
                    .stage(LifecycleStage.GROWING)
                    .holds(ProductType.DEPOSIT, CNY, 200_000, 0.0150)
                    .uses(Channel.BRANCH, 12)
                    .transactions(AS_OF.minusDays(100), 14, 800_000)
                    .build())
            .get();

    @Test
    void costs_more_than_it_brings() {
      assertThat(score.contribution().total()).isEqualTo(-15_400);
      assertThat(score.isLossMaking()).isTrue();
      assertThat(score.lifetimeValue()).isNegative();
    }

    @Test
    void is_in_the_loss_making_tier_whatever_its_score() {
      assertThat(score.score()).isEqualTo(100);
      assertThat(score.tier()).isEqualTo("LOSS_MAKING");
    }

    @Test
    void says_first_that_it_loses_money() {
      // then the factors by points: frequency 50 (level 0.5), recency 25 before monetary 25 (order)
      assertThat(score.explanation().reasons())
          .containsExactly(Reason.CONTRIBUTION_NEGATIVE, Reason.FREQUENCY_MEDIUM, Reason.RECENCY_LOW);
    }
  }

  @Nested
  class Gold_customers_that_deposit_rules_miss {

    @Test
    void an_individual_business_owner_with_high_turnover() {
      // 1,200,000.00 CNY in 182 days: annualised 120,000,000 × 365 / 182 = 240,659,341 fen
      // ≥ 2,000,000.00 CNY, the rule's threshold; deposits alone (50,000.00 CNY) say ordinary
      ValueScore score =
          scorer
              .score(
                  aCustomer()
                      .periodDays(182)
                      .attributes(new CustomerAttributes(38, true, IncomeTrend.STABLE, null))
                      .holds(ProductType.DEPOSIT, CNY, 5_000_000, 0.0030)
                      .transactions(AS_OF.minusDays(1), 400, 120_000_000)
                      .build())
              .get();

      assertThat(score.flags()).containsExactly("BUSINESS_OWNER_TURNOVER");
      assertThat(score.tier()).isEqualTo("ORDINARY");
    }

    @Test
    void a_young_graduate_with_rising_income() {
      ValueScore score =
          scorer
              .score(
                  aCustomer()
                      .stage(LifecycleStage.ONBOARDING)
                      .attributes(new CustomerAttributes(26, false, IncomeTrend.RISING, Education.DOCTORATE))
                      .holds(ProductType.DEPOSIT, CNY, 800_000, 0.0030)
                      .build())
              .get();

      assertThat(score.flags()).containsExactly("HIGH_POTENTIAL");
    }

    @Test
    void not_a_graduate_whose_income_falls() {
      ValueScore score =
          scorer
              .score(
                  aCustomer()
                      .attributes(new CustomerAttributes(26, false, IncomeTrend.FALLING, Education.MASTER))
                      .build())
              .get();

      assertThat(score.flags()).isEmpty();
    }
  }
}
