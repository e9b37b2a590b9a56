package io.github.bankcrm.core.resolution;

import static io.github.bankcrm.core.customer.CustomerFixture.NOW;
import static io.github.bankcrm.core.customer.CustomerFixture.TELLER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.bankcrm.core.customer.CustomerId;
import io.github.bankcrm.core.customer.CustomerKind;
import io.github.bankcrm.core.holding.Guarantee;
import io.github.bankcrm.core.holding.GuaranteeType;
import io.github.bankcrm.core.holding.HoldingError;
import io.github.bankcrm.core.holding.HoldingEvent;
import io.github.bankcrm.core.holding.HoldingFixture;
import io.github.bankcrm.core.holding.LoanContract;
import io.github.bankcrm.core.interaction.Interaction;
import io.github.bankcrm.core.interaction.InteractionError;
import io.github.bankcrm.core.interaction.InteractionFixture;
import io.github.bankcrm.core.interaction.InteractionId;
import io.github.bankcrm.core.relationship.Relationship;
import io.github.bankcrm.core.relationship.RelationshipError;
import io.github.bankcrm.core.relationship.RelationshipFixture;
import io.github.bankcrm.core.relationship.RelationshipId;
import io.github.bankcrm.core.relationship.RelationshipType;
import io.github.bankcrm.core.relationship.Validity;
import io.github.bankcrm.core.warning.EarlyWarning;
import io.github.bankcrm.core.warning.WarningError;
import io.github.bankcrm.core.warning.WarningFactor;
import io.github.bankcrm.core.warning.WarningFixture;
import io.github.bankcrm.core.warning.WarningId;
import io.github.bankcrm.core.warning.WarningLevel;
import io.github.bankcrm.core.warning.WarningStep;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The commands a merge uses to re-point what another record of the same customer owns: each is refused
 * where it would break its aggregate's rules, and the port allows a change of customer for it only.
 */
class RepointCommandsTest {

  private static final CustomerId P1 = CustomerId.of("P1");
  private static final CustomerId P2 = CustomerId.of("P2");
  private static final CustomerId P3 = CustomerId.of("P3");

  @Nested
  class A_loan_borrower_transfer {

    private final LoanContract contract = HoldingFixture.signing("L1", P1).contract();

    @Test
    void hands_the_borrowers_place_over_and_says_so() {
      var update = contract.transferBorrower(1, P1, P2, TELLER, NOW).get();

      assertThat(update.contract().borrower()).isEqualTo(P2);
      assertThat(update.transfersBorrower()).isTrue();
      assertThat(update.events()).containsExactly(new HoldingEvent.BorrowerTransferred(contract.id(), 2, P1, P2, TELLER, NOW));
    }

    @Test
    void is_refused_to_a_guarantor_of_the_contract_from_a_non_borrower_to_itself_or_over_a_stale_version() {
      LoanContract guaranteed = contract.addGuarantee(
          1, new Guarantee(P2, GuaranteeType.GENERAL, HoldingFixture.cny("1.00")), TELLER, NOW).get().contract();

      assertThat(guaranteed.transferBorrower(2, P1, P2, TELLER, NOW).getLeft())
          .isEqualTo(new HoldingError.GuarantorIsBorrower(contract.id(), P2));
      assertThat(contract.transferBorrower(1, P3, P2, TELLER, NOW).getLeft().code()).isEqualTo("contract_part_not_found");
      assertThat(contract.transferBorrower(1, P1, P1, TELLER, NOW).getLeft().code()).isEqualTo("unchanged");
      assertThat(contract.transferBorrower(0, P1, P2, TELLER, NOW).getLeft().code()).isEqualTo("version_conflict");
    }
  }

  @Nested
  class A_contact_reassignment {

    private final Interaction contact = InteractionFixture.inquiry("I1", P1, NOW).interaction();

    @Test
    void re_points_the_contact_and_keeps_everything_else() {
      Interaction moved = contact.reassign(1, P2, TELLER, NOW).get().interaction();

      assertThat(moved.customerId()).isEqualTo(P2);
      assertThat(moved.notes()).isEqualTo(contact.notes());
      assertThat(moved.version()).isEqualTo(2);
    }

    @Test
    void is_refused_over_a_stale_version_and_is_a_programming_error_to_the_same_customer() {
      assertThat(contact.reassign(2, P2, TELLER, NOW).getLeft())
          .isEqualTo(new InteractionError.VersionConflict(InteractionId.of("I1"), 2, 1));
      assertThatThrownBy(() -> contact.reassign(1, P1, TELLER, NOW)).isInstanceOf(IllegalArgumentException.class);
    }
  }

  @Nested
  class A_relationship_repoint {

    private final Relationship spouses = Relationship.establish(RelationshipId.of("R1"),
        RelationshipFixture.form(P1, RelationshipType.SPOUSE, P3, null).validate().toEither()
            .getOrElseThrow(errors -> new AssertionError(errors.toString())),
        CustomerKind.INDIVIDUAL, CustomerKind.INDIVIDUAL, TELLER, NOW).get().relationship();

    @Test
    void replaces_one_side_and_keeps_the_other_the_type_and_the_period() {
      Relationship moved = spouses.repoint(1, P1, P2, CustomerKind.INDIVIDUAL, TELLER, NOW).get().relationship();

      assertThat(moved.from()).isEqualTo(P2);
      assertThat(moved.to()).isEqualTo(P3);
      assertThat(moved.validity()).isEqualTo(spouses.validity());
    }

    @Test
    void is_refused_onto_the_other_side_for_a_stranger_for_a_wrong_kind_and_once_ended() {
      assertThat(spouses.repoint(1, P1, P3, CustomerKind.INDIVIDUAL, TELLER, NOW).getLeft())
          .isEqualTo(new RelationshipError.SelfRelationship(P3));
      assertThat(spouses.repoint(1, P2, P3, CustomerKind.INDIVIDUAL, TELLER, NOW).getLeft())
          .isEqualTo(new RelationshipError.CustomerNotFound(P2));
      assertThat(spouses.repoint(1, P1, P2, CustomerKind.CORPORATE, TELLER, NOW).getLeft().code())
          .isEqualTo("kind_not_allowed");
      Relationship ended = spouses.end(1, RelationshipFixture.TODAY, TELLER, NOW).get().relationship();
      assertThat(ended.repoint(2, P1, P2, CustomerKind.INDIVIDUAL, TELLER, NOW).getLeft())
          .isEqualTo(new RelationshipError.RelationshipEnded(spouses.id()));
    }

    @Test
    void a_restore_brings_back_the_period_before_the_ending_and_only_that() {
      Relationship ended = spouses.end(1, RelationshipFixture.TODAY, TELLER, NOW).get().relationship();

      Relationship restored = ended.restore(2, spouses.validity(), TELLER, NOW).get().relationship();

      assertThat(restored.isActive()).isTrue();
      assertThat(restored.validity()).isEqualTo(spouses.validity());
      assertThat(spouses.restore(1, spouses.validity(), TELLER, NOW).getLeft())
          .isEqualTo(new RelationshipError.Unchanged(spouses.id()));
      assertThat(ended.restore(2, Validity.from(RelationshipFixture.TODAY), TELLER, NOW).getLeft().code())
          .isEqualTo("invalid_relationship_data");
    }
  }

  @Nested
  class A_warning_repoint {

    private final EarlyWarning raised = EarlyWarning.raise(WarningId.of("W1"),
        WarningFixture.assessment(P1, WarningFactor.LOAN_OVERDUE, 30, WarningLevel.HIGH), TELLER, NOW).warning();

    @Test
    void re_points_the_open_warning_and_logs_the_step() {
      var update = raised.repoint(1, P2, TELLER, NOW).get();

      assertThat(update.warning().customerId()).isEqualTo(P2);
      assertThat(update.warning().state()).isEqualTo(raised.state());
      assertThat(update.warning().log().get(1).step()).isEqualTo(WarningStep.REPOINTED);
      assertThat(update.repointsCustomer()).isTrue();
    }

    @Test
    void is_refused_for_a_closed_warning() {
      EarlyWarning acknowledged = raised.acknowledge(1, null, TELLER, NOW).get().warning();
      EarlyWarning handling = acknowledged.assign(2, io.github.bankcrm.core.organization.RelationshipManagerId.of("RM1"),
          WarningFixture.AS_OF.plusDays(3), null, TELLER, NOW).get().warning();
      EarlyWarning lost = handling.markLost(3, null, TELLER, NOW).get().warning();

      assertThat(lost.repoint(4, P2, TELLER, NOW).getLeft()).isInstanceOf(WarningError.StepNotAllowed.class);
    }
  }
}
