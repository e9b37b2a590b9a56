package io.github.bankcrm.core.group;

import static io.github.bankcrm.core.group.SegmentFixture.TODAY;
import static io.github.bankcrm.core.group.SegmentFixture.company;
import static io.github.bankcrm.core.group.SegmentFixture.line;
import static io.github.bankcrm.core.group.SegmentFixture.person;
import static io.github.bankcrm.core.group.SegmentFixture.subject;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.bankcrm.core.customer.AddressType;
import io.github.bankcrm.core.customer.CustomerKind;
import io.github.bankcrm.core.customer.Education;
import io.github.bankcrm.core.customer.IndividualCustomer;
import io.github.bankcrm.core.customer.KycRiskRating;
import io.github.bankcrm.core.holding.ProductType;
import io.github.bankcrm.core.group.SegmentRule.AgeBand;
import io.github.bankcrm.core.group.SegmentRule.BalanceBand;
import io.github.bankcrm.core.group.SegmentRule.EducationIn;
import io.github.bankcrm.core.group.SegmentRule.Industry;
import io.github.bankcrm.core.group.SegmentRule.KindIs;
import io.github.bankcrm.core.group.SegmentRule.KycRatingIn;
import io.github.bankcrm.core.group.SegmentRule.ProductsHeld;
import io.github.bankcrm.core.group.SegmentRule.Region;
import io.github.bankcrm.core.group.SegmentRule.TierIn;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class SegmentRuleTest {

  private static SegmentSubject bornOn(LocalDate birthDate) {
    return subject(person("P1", birthDate, Education.MASTER, "110105"));
  }

  private static final SegmentSubject BEIJING_MASTER = bornOn(LocalDate.of(2000, 1, 1));
  private static final SegmentSubject TRADING_COMPANY = subject(company("K1", "F5179"));

  @Nested
  class AgeBands {

    private final AgeBand band = new AgeBand(22, 28);

    @Test
    void the_youngest_age_counts_from_the_birthday_on() {
      assertThat(band.matches(bornOn(TODAY.minusYears(22)))).isTrue();
      assertThat(band.matches(bornOn(TODAY.minusYears(22).plusDays(1)))).isFalse();
    }

    @Test
    void the_oldest_age_counts_until_the_day_before_the_next_birthday() {
      assertThat(band.matches(bornOn(TODAY.minusYears(29).plusDays(1)))).isTrue();
      assertThat(band.matches(bornOn(TODAY.minusYears(29)))).isFalse();
    }

    @Test
    void open_bands() {
      assertThat(new AgeBand(60, null).matches(bornOn(LocalDate.of(1940, 5, 5)))).isTrue();
      assertThat(new AgeBand(null, 17).matches(bornOn(LocalDate.of(2010, 5, 5)))).isTrue();
      assertThat(new AgeBand(null, 17).matches(bornOn(LocalDate.of(2000, 5, 5)))).isFalse();
    }

    @Test
    void a_leap_day_birthday_is_completed_on_the_first_of_march_in_common_years() {
      LocalDate leapDay = LocalDate.of(2004, 2, 29);

      assertThat(AgeBand.ageOn(leapDay, LocalDate.of(2026, 2, 28))).isEqualTo(21);
      assertThat(AgeBand.ageOn(leapDay, LocalDate.of(2026, 3, 1))).isEqualTo(22);
      assertThat(AgeBand.ageOn(leapDay, LocalDate.of(2028, 2, 29))).isEqualTo(24);
    }

    @Test
    void a_company_has_no_age() {
      assertThat(new AgeBand(0, 150).matches(TRADING_COMPANY)).isFalse();
    }
  }

  @Nested
  class Regions {

    @Test
    void province_prefecture_and_county_prefixes_match() {
      assertThat(new Region("11", null).matches(BEIJING_MASTER)).isTrue();
      assertThat(new Region("1101", null).matches(BEIJING_MASTER)).isTrue();
      assertThat(new Region("110105", null).matches(BEIJING_MASTER)).isTrue();
      assertThat(new Region("110106", null).matches(BEIJING_MASTER)).isFalse();
      assertThat(new Region("31", null).matches(BEIJING_MASTER)).isFalse();
    }

    @Test
    void an_address_type_restricts_the_addresses_read() {
      assertThat(new Region("11", AddressType.HOME).matches(BEIJING_MASTER)).isTrue();
      assertThat(new Region("11", AddressType.WORK).matches(BEIJING_MASTER)).isFalse();
    }

    @Test
    void a_company_is_located_by_the_region_in_its_credit_code() {
      assertThat(new Region("35", null).matches(TRADING_COMPANY)).isTrue();
      assertThat(new Region("350100", AddressType.REGISTERED).matches(TRADING_COMPANY)).isTrue();
      assertThat(new Region("35", AddressType.BUSINESS).matches(TRADING_COMPANY)).isFalse();
      assertThat(new Region("11", null).matches(TRADING_COMPANY)).isFalse();
    }
  }

  @Nested
  class Industries {

    @Test
    void section_division_group_and_class_prefixes_match() {
      assertThat(new Industry("F").matches(TRADING_COMPANY)).isTrue();
      assertThat(new Industry("F51").matches(TRADING_COMPANY)).isTrue();
      assertThat(new Industry("F5179").matches(TRADING_COMPANY)).isTrue();
      assertThat(new Industry("F52").matches(TRADING_COMPANY)).isFalse();
    }

    @Test
    void a_person_has_no_industry() {
      assertThat(new Industry("F").matches(BEIJING_MASTER)).isFalse();
    }
  }

  @Nested
  class Attributes {

    @Test
    void kind_education_and_kyc_rating() {
      assertThat(new KindIs(CustomerKind.INDIVIDUAL).matches(BEIJING_MASTER)).isTrue();
      assertThat(new KindIs(CustomerKind.INDIVIDUAL).matches(TRADING_COMPANY)).isFalse();
      assertThat(new EducationIn(Set.of(Education.MASTER, Education.DOCTORATE)).matches(BEIJING_MASTER)).isTrue();
      assertThat(new EducationIn(Set.of(Education.BACHELOR)).matches(BEIJING_MASTER)).isFalse();
      assertThat(new EducationIn(Set.of(Education.values())).matches(TRADING_COMPANY)).isFalse();
      assertThat(new KycRatingIn(Set.of(KycRiskRating.LOW)).matches(BEIJING_MASTER)).isTrue();
      assertThat(new KycRatingIn(Set.of(KycRiskRating.HIGH)).matches(BEIJING_MASTER)).isFalse();
    }

    @Test
    void a_tier_condition_on_a_subject_without_a_tier_is_false() {
      TierIn platinum = new TierIn(Set.of("PLATINUM"));

      assertThat(platinum.matches(BEIJING_MASTER)).isFalse();
      assertThat(platinum.matches(BEIJING_MASTER.withTier("PLATINUM"))).isTrue();
      assertThat(platinum.matches(BEIJING_MASTER.withTier("PREMIUM"))).isFalse();
    }
  }

  @Nested
  class BalanceBands {

    private final BalanceBand deposits =
        new BalanceBand(Set.of(ProductType.DEPOSIT), "CNY", new BigDecimal("10000"), new BigDecimal("50000"));

    private SegmentSubject withDeposits(String amount) {
      IndividualCustomer customer = person("P1", LocalDate.of(2000, 1, 1), Education.MASTER, "110105");
      return subject(customer, line(ProductType.DEPOSIT, amount, "CNY"));
    }

    @Test
    void the_band_includes_min_and_stops_below_max() {
      assertThat(deposits.matches(withDeposits("9999.99"))).isFalse();
      assertThat(deposits.matches(withDeposits("10000.00"))).isTrue();
      assertThat(deposits.matches(withDeposits("49999.99"))).isTrue();
      assertThat(deposits.matches(withDeposits("50000.00"))).isFalse();
    }

    @Test
    void the_total_sums_the_product_types_in_the_currency_only() {
      BalanceBand depositsAndWealth =
          new BalanceBand(Set.of(ProductType.DEPOSIT, ProductType.WEALTH), "CNY", new BigDecimal("50000"), null);
      IndividualCustomer customer = person("P1", LocalDate.of(2000, 1, 1), Education.MASTER, "110105");

      assertThat(
              depositsAndWealth.matches(
                  subject(
                      customer,
                      line(ProductType.DEPOSIT, "30000", "CNY"),
                      line(ProductType.WEALTH, "20000", "CNY"))))
          .isTrue();
      assertThat(
              depositsAndWealth.matches(
                  subject(
                      customer,
                      line(ProductType.DEPOSIT, "30000", "CNY"),
                      line(ProductType.WEALTH, "20000", "USD"),
                      line(ProductType.LOAN, "900000", "CNY"))))
          .isFalse();
    }

    @Test
    void no_balance_is_a_total_of_zero() {
      BalanceBand belowFiftyThousand =
          new BalanceBand(Set.of(ProductType.DEPOSIT), "CNY", null, new BigDecimal("50000"));

      assertThat(belowFiftyThousand.matches(BEIJING_MASTER)).isTrue();
      assertThat(deposits.matches(BEIJING_MASTER)).isFalse();
    }
  }

  @Nested
  class ProductsHeldConditions {

    private final SegmentSubject depositAndCard =
        subject(
            person("P1", LocalDate.of(2000, 1, 1), Education.MASTER, "110105"),
            line(ProductType.DEPOSIT, "1", "CNY"),
            line(ProductType.CARD, "0", "CNY"));

    @Test
    void all_needs_every_product_type() {
      assertThat(new ProductsHeld(Set.of(ProductType.DEPOSIT, ProductType.CARD), ProductsHeld.Match.ALL).matches(depositAndCard)).isTrue();
      assertThat(new ProductsHeld(Set.of(ProductType.DEPOSIT, ProductType.LOAN), ProductsHeld.Match.ALL).matches(depositAndCard)).isFalse();
    }

    @Test
    void any_needs_one_of_them() {
      assertThat(new ProductsHeld(Set.of(ProductType.LOAN, ProductType.CARD), ProductsHeld.Match.ANY).matches(depositAndCard)).isTrue();
      assertThat(new ProductsHeld(Set.of(ProductType.LOAN, ProductType.WEALTH), ProductsHeld.Match.ANY).matches(depositAndCard)).isFalse();
    }
  }

  @Nested
  class Combinations {

    private final SegmentRule beijing = new Region("11", null);
    private final SegmentRule bachelor = new EducationIn(Set.of(Education.BACHELOR));

    @Test
    void all_any_and_not() {
      assertThat(SegmentRule.all(beijing, bachelor).matches(BEIJING_MASTER)).isFalse();
      assertThat(SegmentRule.all(beijing, SegmentRule.not(bachelor)).matches(BEIJING_MASTER)).isTrue();
      assertThat(SegmentRule.any(beijing, bachelor).matches(BEIJING_MASTER)).isTrue();
      assertThat(SegmentRule.any(bachelor, new Industry("F")).matches(BEIJING_MASTER)).isFalse();
      assertThat(SegmentRule.any(bachelor, new Industry("F")).matches(TRADING_COMPANY)).isTrue();
    }
  }
}
