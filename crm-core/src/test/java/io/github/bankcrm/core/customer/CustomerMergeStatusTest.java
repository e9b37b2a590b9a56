package io.github.bankcrm.core.customer;

import static io.github.bankcrm.core.customer.CustomerFixture.NOW;
import static io.github.bankcrm.core.customer.CustomerFixture.TELLER;
import static io.github.bankcrm.core.organization.OrganizationFixture.BJ01;
import static io.github.bankcrm.core.organization.OrganizationFixture.BJ02;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.bankcrm.core.CrmJson;
import io.github.bankcrm.core.organization.RelationshipManagerId;
import io.github.bankcrm.core.shared.Actor;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The merge status of a customer record [归户]: marked by a merge, refusing changes, unmarked by its undo. */
class CustomerMergeStatusTest {

  private static final CustomerId SURVIVOR = CustomerId.of("C900");
  private static final Actor OFFICER = Actor.of("dq-officer");
  private static final Instant LATER = NOW.plusSeconds(60);

  private static final IndividualCustomer PERSON =
      (IndividualCustomer)
          IndividualCustomer.register(
                  CustomerId.of("C001"),
                  CustomerFixture.individualForm(),
                  BJ01,
                  RelationshipManagerId.of("RM001"),
                  KycRiskRating.LOW,
                  TELLER,
                  NOW)
              .get()
              .customer();

  private static final CorporateCustomer COMPANY =
      (CorporateCustomer)
          CorporateCustomer.register(
                  CustomerId.of("C002"), CustomerFixture.corporateForm(), BJ01, null, KycRiskRating.LOW, TELLER, NOW)
              .get()
              .customer();

  private static Customer merged(Customer customer) {
    return customer.markMerged(customer.version(), SURVIVOR, OFFICER, LATER).get().customer();
  }

  @Nested
  class Marking {

    @Test
    void a_registered_customer_is_not_merged() {
      assertThat(PERSON.mergedInto()).isNull();
      assertThat(PERSON.isMerged()).isFalse();
      assertThat(COMPANY.isMerged()).isFalse();
    }

    @Test
    void marking_makes_the_next_version_with_its_change_record_and_event() {
      CustomerUpdate update = PERSON.markMerged(1, SURVIVOR, OFFICER, LATER).get();

      Customer next = update.customer();
      assertThat(next.mergedInto()).isEqualTo(SURVIVOR);
      assertThat(next.isMerged()).isTrue();
      assertThat(next.version()).isEqualTo(2);
      assertThat(next.updatedAt()).isEqualTo(LATER);
      assertThat(((IndividualCustomer) next).profile()).isEqualTo(PERSON.profile());
      assertThat(update.changeRecord().type()).isEqualTo(ChangeType.MERGED);
      assertThat(update.changeRecord().changes())
          .containsExactly(new FieldChange("mergedInto", null, SURVIVOR.value()));
      assertThat(update.events())
          .containsExactly(new CustomerEvent.CustomerMergedInto(PERSON.id(), 2, SURVIVOR, OFFICER, LATER));
    }

    @Test
    void a_company_is_marked_the_same_way() {
      Customer next = merged(COMPANY);

      assertThat(next).isInstanceOf(CorporateCustomer.class);
      assertThat(next.mergedInto()).isEqualTo(SURVIVOR);
      assertThat(((CorporateCustomer) next).profile()).isEqualTo(COMPANY.profile());
    }

    @Test
    void a_stale_version_is_a_conflict() {
      assertThat(PERSON.markMerged(7, SURVIVOR, OFFICER, LATER).getLeft())
          .isEqualTo(new CustomerError.VersionConflict(PERSON.id(), 7, 1));
    }

    @Test
    void a_merged_record_cannot_be_merged_again() {
      Customer once = merged(PERSON);

      assertThat(once.markMerged(2, CustomerId.of("C901"), OFFICER, LATER).getLeft())
          .isEqualTo(new CustomerError.AlreadyMerged(PERSON.id(), SURVIVOR));
    }

    @Test
    void a_record_cannot_be_merged_into_itself() {
      assertThatThrownBy(() -> PERSON.markMerged(1, PERSON.id(), OFFICER, LATER))
          .isInstanceOf(IllegalArgumentException.class);
    }
  }

  @Nested
  class AMergedRecordRefusesEveryOtherCommand {

    private final CustomerError refusal = new CustomerError.CustomerMerged(PERSON.id(), SURVIVOR);

    @Test
    void profile_maintenance() {
      IndividualCustomer person = (IndividualCustomer) merged(PERSON);
      IndividualProfileForm changed =
          CustomerFixture.individualForm(CustomerFixture.RESIDENT_ID, "王小红", "13900000000");

      assertThat(person.changeProfile(2, changed, TELLER, LATER).getLeft()).isEqualTo(refusal);
    }

    @Test
    void a_company_profile_change() {
      CorporateCustomer company = (CorporateCustomer) merged(COMPANY);

      assertThat(
              company
                  .changeProfile(2, CustomerFixture.corporateForm(CustomerFixture.CREDIT_CODE, "新名称有限公司"),
                      TELLER, LATER)
                  .getLeft())
          .isEqualTo(new CustomerError.CustomerMerged(COMPANY.id(), SURVIVOR));
    }

    @Test
    void reassignment() {
      assertThat(merged(PERSON).reassign(2, BJ02, null, TELLER, LATER).getLeft()).isEqualTo(refusal);
    }

    @Test
    void kyc_rating() {
      assertThat(merged(PERSON).rateKycRisk(2, KycRiskRating.HIGH, TELLER, LATER).getLeft())
          .isEqualTo(refusal);
    }

    @Test
    void a_stale_version_is_still_reported_as_a_conflict_first() {
      assertThat(merged(PERSON).rateKycRisk(1, KycRiskRating.HIGH, TELLER, LATER).getLeft())
          .isEqualTo(new CustomerError.VersionConflict(PERSON.id(), 1, 2));
    }

    @Test
    void the_refusal_names_numbers_only() {
      assertThat(refusal.code()).isEqualTo("customer_merged");
      assertThat(refusal.message()).contains("C001", "C900").doesNotContain("王小红", "Wang", "13812345678");
      assertThat(merged(PERSON).toString())
          .contains("mergedInto=C900")
          .doesNotContain("王小红", CustomerFixture.RESIDENT_ID);
    }
  }

  @Nested
  class Unmarking {

    @Test
    void unmarking_restores_the_record_at_the_next_version() {
      Customer marked = merged(PERSON);
      CustomerUpdate update = marked.unmarkMerged(2, SURVIVOR, OFFICER, LATER.plusSeconds(1)).get();

      IndividualCustomer back = (IndividualCustomer) update.customer();
      assertThat(back.mergedInto()).isNull();
      assertThat(back.version()).isEqualTo(3);
      assertThat(back.profile()).isEqualTo(PERSON.profile());
      assertThat(back.owningUnit()).isEqualTo(PERSON.owningUnit());
      assertThat(back.relationshipManager()).isEqualTo(PERSON.relationshipManager());
      assertThat(update.changeRecord().type()).isEqualTo(ChangeType.UNMERGED);
      assertThat(update.changeRecord().changes())
          .containsExactly(new FieldChange("mergedInto", SURVIVOR.value(), null));
      assertThat(update.events())
          .containsExactly(
              new CustomerEvent.CustomerUnmerged(PERSON.id(), 3, SURVIVOR, OFFICER, LATER.plusSeconds(1)));
      assertThat(back.rateKycRisk(3, KycRiskRating.HIGH, TELLER, LATER.plusSeconds(2)).isRight()).isTrue();
    }

    @Test
    void a_record_that_is_not_merged_or_merged_elsewhere_is_refused() {
      assertThat(PERSON.unmarkMerged(1, SURVIVOR, OFFICER, LATER).getLeft())
          .isEqualTo(new CustomerError.NotMerged(PERSON.id(), SURVIVOR));
      assertThat(merged(PERSON).unmarkMerged(2, CustomerId.of("C901"), OFFICER, LATER).getLeft())
          .isEqualTo(new CustomerError.NotMerged(PERSON.id(), CustomerId.of("C901")));
    }

    @Test
    void a_stale_version_is_a_conflict() {
      assertThat(merged(PERSON).unmarkMerged(1, SURVIVOR, OFFICER, LATER).getLeft())
          .isEqualTo(new CustomerError.VersionConflict(PERSON.id(), 1, 2));
    }
  }

  @Nested
  class Json {

    @Test
    void the_status_and_its_events_survive_a_round_trip() {
      Customer marked = merged(COMPANY);
      CustomerUpdate update = marked.unmarkMerged(2, SURVIVOR, OFFICER, LATER).get();

      assertThat(CrmJson.roundTrip(marked, Customer.class)).isEqualTo(marked);
      assertThat(CrmJson.roundTrip(update.customer(), Customer.class)).isEqualTo(update.customer());
      for (CustomerEvent event :
          List.of(
              new CustomerEvent.CustomerMergedInto(COMPANY.id(), 2, SURVIVOR, OFFICER, LATER),
              update.events().get(0))) {
        assertThat(CrmJson.roundTrip(event, CustomerEvent.class)).isEqualTo(event);
      }
    }
  }
}
