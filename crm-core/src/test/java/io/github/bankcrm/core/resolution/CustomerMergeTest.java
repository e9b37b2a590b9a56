package io.github.bankcrm.core.resolution;

import static io.github.bankcrm.core.customer.CustomerFixture.NOW;
import static io.github.bankcrm.core.customer.CustomerFixture.TELLER;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.bankcrm.core.customer.CorporateCustomer;
import io.github.bankcrm.core.customer.CorporateProfileForm;
import io.github.bankcrm.core.customer.CustomerFixture;
import io.github.bankcrm.core.customer.CustomerKind;
import io.github.bankcrm.core.customer.FinancialStatementForm;
import io.github.bankcrm.core.customer.ReportingPeriod;
import io.github.bankcrm.core.customer.CustomerId;
import io.github.bankcrm.core.customer.IndividualCustomer;
import io.github.bankcrm.core.customer.ContactChannel;
import io.github.bankcrm.core.customer.ContactPoints;
import io.github.bankcrm.core.customer.IndividualProfile;
import io.github.bankcrm.core.customer.IndividualProfileForm;
import io.github.bankcrm.core.customer.MobileNumber;
import io.github.bankcrm.core.customer.KycRiskRating;
import io.github.bankcrm.core.organization.OrganizationFixture;
import io.github.bankcrm.core.shared.Actor;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class CustomerMergeTest {

  private static final Actor OFFICER = Actor.of("dq-officer");

  private static IndividualCustomer person(String id, IndividualProfileForm form, Instant at) {
    return (IndividualCustomer)
        IndividualCustomer.register(CustomerId.of(id), form, OrganizationFixture.BJ01, null, KycRiskRating.LOW, TELLER, at)
            .get()
            .customer();
  }

  /** The form with another mobile, no e-mail and a preferred channel that needs neither. */
  private static IndividualProfileForm withoutEmail(IndividualProfileForm form, String mobile) {
    IndividualProfile profile = form.validate().get();
    ContactPoints contact = profile.contact();
    return IndividualProfileForm.of(
        new IndividualProfile(
            profile.name(), profile.identityDocuments(), profile.birthDate(), profile.gender(), profile.nationality(),
            profile.maritalStatus(), profile.education(), profile.employment(), profile.household(),
            new ContactPoints(MobileNumber.of(mobile), contact.phones(), null, contact.addresses(),
                ContactChannel.BRANCH, contact.marketingConsent())));
  }

  private static CorporateCustomer company(String id, CorporateProfileForm form) {
    return (CorporateCustomer)
        CorporateCustomer.register(CustomerId.of(id), form, OrganizationFixture.BJ01, null, KycRiskRating.LOW, TELLER, NOW)
            .get()
            .customer();
  }

  @Nested
  class Companies {

    private final CustomerMerge merge = new CustomerMerge(Survivorship.mostRecent());

    @Test
    void two_records_with_the_same_name_and_registration_day_merge_and_the_statements_are_united() {
      CorporateCustomer kept = company("K1", CustomerFixture.corporateForm());
      CorporateProfileForm base = CustomerFixture.corporateForm("91350100000000001L", "福州星海贸易 有限公司");
      CorporateCustomer other = company("K2", base.withFinancialStatements(new FinancialStatementForm(
          java.time.LocalDate.of(2024, 12, 31), ReportingPeriod.Length.ANNUAL, "CNY",
          new java.math.BigDecimal("300000000"), new java.math.BigDecimal("200000000"),
          new java.math.BigDecimal("110000000"), new java.math.BigDecimal("15000000"))));

      CustomerMerge.Merge merged = merge.merge(MergeId.of("M1"), kept, other, OFFICER, NOW).get();

      CorporateCustomer survivor = (CorporateCustomer) merged.survivorUpdate().customer();
      assertThat(survivor.profile().creditCode()).isEqualTo(kept.profile().creditCode());
      assertThat(survivor.profile().financialStatements()).hasSize(2);
      CustomerMerge.Undo undone = merge.undo(merged.record(), survivor, OFFICER, NOW).get();
      assertThat(((CorporateCustomer) undone.survivorUpdate().customer()).profile()).isEqualTo(kept.profile());
    }

    @Test
    void two_records_sharing_neither_code_nor_name_and_day_are_different_companies() {
      CorporateCustomer kept = company("K1", CustomerFixture.corporateForm());
      CorporateCustomer other = company("K2", CustomerFixture.corporateForm("91350100000000001L", "厦门海风物流有限公司"));

      assertThat(merge.merge(MergeId.of("M1"), kept, other, OFFICER, NOW).getLeft())
          .isEqualTo(new MergeError.DifferentCompanies(kept.id(), other.id()));
    }

    @Test
    void a_person_and_a_company_never_merge() {
      CorporateCustomer kept = company("K1", CustomerFixture.corporateForm());
      IndividualCustomer other = person("C2", CustomerFixture.individualForm(), NOW);

      assertThat(merge.merge(MergeId.of("M1"), kept, other, OFFICER, NOW).getLeft())
          .isEqualTo(new MergeError.KindMismatch(kept.id(), CustomerKind.CORPORATE, other.id(), CustomerKind.INDIVIDUAL));
    }
  }

  @Nested
  class Refusals {

    @Test
    void two_different_resident_identity_numbers_refuse_the_merge() {
      IndividualCustomer one = person("C1", CustomerFixture.individualForm(), NOW);
      IndividualCustomer other =
          person("C2", CustomerFixture.individualForm("110101199003070011", "王小红", "13812345678"), NOW);

      assertThat(new CustomerMerge(Survivorship.mostRecent()).merge(MergeId.of("M1"), one, other, OFFICER, NOW).getLeft())
          .isEqualTo(new MergeError.ConflictingIdentity(one.id(), other.id()));
    }

    @Test
    void an_undo_after_a_later_change_of_the_survivor_is_refused() {
      IndividualCustomer one = person("C1", CustomerFixture.individualForm(), NOW);
      IndividualCustomer other = person("C2", withoutEmail(CustomerFixture.individualForm(), "13900001111"), NOW.plusSeconds(5));
      CustomerMerge merge = new CustomerMerge(Survivorship.mostRecent());
      CustomerMerge.Merge merged = merge.merge(MergeId.of("M1"), one, other, OFFICER, NOW).get();
      IndividualCustomer afterMerge = (IndividualCustomer) merged.survivorUpdate().customer();
      IndividualCustomer later =
          (IndividualCustomer) afterMerge.rateKycRisk(afterMerge.version(), KycRiskRating.HIGH, TELLER, NOW).get().customer();

      assertThat(merge.undo(merged.record(), later, OFFICER, NOW).getLeft())
          .isEqualTo(new MergeError.SurvivorChangedSinceMerge(one.id(), afterMerge.version(), later.version()));
    }
  }

  @Nested
  class Survivorship_ {

    @Test
    void the_most_recent_non_empty_mobile_survives_and_the_source_is_recorded() {
      IndividualCustomer one = person("C1", CustomerFixture.individualForm(), NOW);
      IndividualCustomer newer = person("C2", withoutEmail(CustomerFixture.individualForm(), "13900001111"), NOW.plusSeconds(5));

      CustomerMerge.Merge merged = new CustomerMerge(Survivorship.mostRecent()).merge(MergeId.of("M1"), one, newer, OFFICER, NOW).get();
      IndividualCustomer survivor = (IndividualCustomer) merged.survivorUpdate().customer();

      assertThat(survivor.profile().contact().mobile().value()).isEqualTo("13900001111");
      assertThat(survivor.profile().contact().email()).isEqualTo(one.profile().contact().email());
      assertThat(merged.record().fieldSources())
          .containsEntry(MergeField.MOBILE, newer.id())
          .containsEntry(MergeField.EMAIL, one.id());
      assertThat(merged.survivorUpdate().changeRecord().version()).isEqualTo(2);
    }

    @Test
    void the_most_trusted_source_wins_over_a_more_recent_one() {
      Map<MergeField, SurvivorshipRule> rules = new EnumMap<>(MergeField.class);
      for (MergeField field : MergeField.values()) {
        rules.put(field, SurvivorshipRule.MOST_TRUSTED);
      }
      Survivorship coreBankingFirst = new Survivorship(rules, customer -> customer.id().value().equals("C1") ? 10 : 1);
      IndividualCustomer core = person("C1", CustomerFixture.individualForm(), NOW);
      IndividualCustomer channel = person("C2", withoutEmail(CustomerFixture.individualForm(), "13900001111"), NOW.plusSeconds(5));

      CustomerMerge.Merge merged = new CustomerMerge(coreBankingFirst).merge(MergeId.of("M1"), core, channel, OFFICER, NOW).get();

      assertThat(merged.survivorUpdate()).isNull();
      assertThat(merged.record().survivorVersionAfter()).isEqualTo(core.version());
      assertThat(merged.record().fieldSources()).containsEntry(MergeField.MOBILE, core.id());
    }
  }
}
