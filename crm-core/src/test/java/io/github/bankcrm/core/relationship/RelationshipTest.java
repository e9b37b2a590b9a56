package io.github.bankcrm.core.relationship;

import static io.github.bankcrm.core.customer.CustomerFixture.NOW;
import static io.github.bankcrm.core.customer.CustomerFixture.TELLER;
import static io.github.bankcrm.core.customer.CustomerKind.CORPORATE;
import static io.github.bankcrm.core.customer.CustomerKind.INDIVIDUAL;
import static io.github.bankcrm.core.relationship.RelationshipFixture.START;
import static io.github.bankcrm.core.relationship.RelationshipFixture.owns;
import static io.github.bankcrm.core.relationship.RelationshipFixture.relationship;
import static io.github.bankcrm.core.relationship.RelationshipType.PARENT_SUBSIDIARY;
import static io.github.bankcrm.core.relationship.RelationshipType.SHAREHOLDING;
import static io.github.bankcrm.core.relationship.RelationshipType.SPOUSE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.bankcrm.core.CrmJson;
import io.github.bankcrm.core.customer.CustomerId;
import io.github.bankcrm.core.customer.CustomerKind;
import io.github.bankcrm.core.shared.FieldError;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class RelationshipTest {

  private static final CustomerId P1 = CustomerId.of("P1");
  private static final CustomerId K1 = CustomerId.of("K1");

  private static RelationshipTerms terms(RelationshipType type, CustomerId from, CustomerId to) {
    return new RelationshipTerms(
        from,
        to,
        type,
        type.carriesPercentage() ? BigDecimal.TEN : null,
        Validity.from(START),
        RelationshipFixture.CRM);
  }

  private static List<String> paths(RelationshipError error) {
    return ((RelationshipError.InvalidRelationshipData) error)
        .errors().stream().map(FieldError::path).toList();
  }

  @Nested
  class Types {

    @Test
    void each_type_names_the_inverse_role() {
      assertThat(SHAREHOLDING.fromRole()).isEqualTo("shareholder");
      assertThat(SHAREHOLDING.toRole()).isEqualTo("owned company");
      assertThat(RelationshipType.PARENT_CHILD.toRole()).isEqualTo("child");
      assertThat(SPOUSE.isSymmetric()).isTrue();
      assertThat(RelationshipType.GUARANTEE.isSymmetric()).isFalse();
    }

    @Test
    void only_a_shareholding_carries_a_percentage() {
      assertThat(RelationshipType.values())
          .filteredOn(RelationshipType::carriesPercentage)
          .containsExactly(SHAREHOLDING);
    }

    @Test
    void family_ties_are_between_people_and_control_ties_between_companies() {
      for (RelationshipType type : RelationshipType.values()) {
        if (type.isFamilyTie()) {
          assertThat(type.fromKinds()).containsExactly(INDIVIDUAL);
          assertThat(type.toKinds()).containsExactly(INDIVIDUAL);
        }
        if (type.isControlTie()) {
          assertThat(type.fromKinds()).containsExactly(CORPORATE);
          assertThat(type.toKinds()).containsExactly(CORPORATE);
        }
      }
    }
  }

  @Nested
  class Establishing {

    @Test
    void gives_an_active_version_1_and_the_event() {
      RelationshipUpdate update =
          RelationshipFixture.established("R1", RelationshipFixture.form(P1, SHAREHOLDING, K1, "30"));

      Relationship relationship = update.relationship();
      assertThat(relationship.version()).isEqualTo(1);
      assertThat(relationship.state()).isEqualTo(RelationshipState.ACTIVE);
      assertThat(relationship.ownershipPercentage()).isEqualTo(new BigDecimal("30.0000"));
      assertThat(update.events())
          .containsExactly(
              new RelationshipEvent.RelationshipEstablished(
                  relationship.id(), 1, P1, K1, SHAREHOLDING, new BigDecimal("30.0000"),
                  Validity.from(START), RelationshipFixture.CRM, TELLER, NOW));
    }

    @Test
    void a_customer_cannot_be_related_to_itself() {
      assertThat(
              Relationship.establish(
                      RelationshipId.of("R1"), terms(SPOUSE, P1, P1), INDIVIDUAL, INDIVIDUAL, TELLER, NOW)
                  .getLeft())
          .isEqualTo(new RelationshipError.SelfRelationship(P1));
    }

    @Test
    void spouses_are_individuals() {
      assertThat(
              Relationship.establish(
                      RelationshipId.of("R1"), terms(SPOUSE, P1, K1), INDIVIDUAL, CORPORATE, TELLER, NOW)
                  .getLeft())
          .isEqualTo(new RelationshipError.KindNotAllowed(SPOUSE, "spouse", K1, CORPORATE));
    }

    @Test
    void a_subsidiary_is_a_company() {
      assertThat(
              Relationship.establish(
                      RelationshipId.of("R1"),
                      terms(PARENT_SUBSIDIARY, K1, P1),
                      CORPORATE,
                      INDIVIDUAL,
                      TELLER,
                      NOW)
                  .getLeft())
          .isEqualTo(new RelationshipError.KindNotAllowed(PARENT_SUBSIDIARY, "subsidiary", P1, INDIVIDUAL));
    }

    @ParameterizedTest
    @EnumSource(RelationshipType.class)
    void every_type_refuses_the_kinds_it_does_not_allow(RelationshipType type) {
      for (CustomerKind fromKind : CustomerKind.values()) {
        for (CustomerKind toKind : CustomerKind.values()) {
          boolean accepted =
              Relationship.establish(
                      RelationshipId.of("R1"), terms(type, P1, K1), fromKind, toKind, TELLER, NOW)
                  .isRight();
          assertThat(accepted).as("%s %s -> %s", type, fromKind, toKind).isEqualTo(type.allows(fromKind, toKind));
        }
      }
    }
  }

  @Nested
  class Entry_form {

    @Test
    void reports_every_field_error_at_once() {
      EstablishRelationship form =
          new EstablishRelationship(" ", "bad id!", null, new BigDecimal("0"), null, null, "crm");

      assertThat(form.validate().getError().map(FieldError::path))
          .containsExactly(
              "fromCustomer", "toCustomer", "type", "ownershipPercentage", "validFrom", "sourceSystem");
    }

    @Test
    void a_shareholding_needs_a_percentage_and_other_types_refuse_one() {
      EstablishRelationship stake =
          new EstablishRelationship("P1", "K1", SHAREHOLDING, null, START, null, "CRM");
      EstablishRelationship spouses =
          new EstablishRelationship("P1", "P2", SPOUSE, BigDecimal.TEN, START, null, "CRM");

      assertThat(stake.validate().getError()).containsExactly(FieldError.required("ownershipPercentage"));
      assertThat(spouses.validate().getError().map(FieldError::code)).containsExactly("not_allowed");
    }

    @Test
    void a_percentage_is_above_0_at_most_100_with_four_decimals_at_most() {
      assertThat(OwnershipPercentage.parse(new BigDecimal("100")).get()).isEqualTo("100.0000");
      assertThat(OwnershipPercentage.parse(new BigDecimal("0.0001")).isValid()).isTrue();
      assertThat(OwnershipPercentage.parse(new BigDecimal("100.0001")).getError().code())
          .isEqualTo("out_of_range");
      assertThat(OwnershipPercentage.parse(new BigDecimal("-1")).getError().code())
          .isEqualTo("out_of_range");
      assertThat(OwnershipPercentage.parse(new BigDecimal("12.34567")).getError().code())
          .isEqualTo("too_precise");
    }

    @Test
    void the_period_cannot_end_before_it_starts() {
      EstablishRelationship form =
          new EstablishRelationship("P1", "P2", SPOUSE, null, START, START.minusDays(1), "CRM");

      assertThat(form.validate().getError())
          .containsExactly(FieldError.outOfRange("validTo", "on or after the first day"));
    }

    @Test
    void the_form_round_trips_in_JSON() {
      EstablishRelationship form = RelationshipFixture.form(P1, SHAREHOLDING, K1, "12.5");

      assertThat(CrmJson.roundTrip(form, EstablishRelationship.class)).isEqualTo(form);
    }
  }

  @Nested
  class Changing {

    private final Relationship stake = owns("R1", "P1", "K1", "30");

    @Test
    void a_new_percentage_makes_the_next_version() {
      RelationshipUpdate update = stake.changeOwnership(1, new BigDecimal("45.5"), TELLER, NOW).get();

      assertThat(update.relationship().version()).isEqualTo(2);
      assertThat(update.relationship().ownershipPercentage()).isEqualTo(new BigDecimal("45.5000"));
      assertThat(update.events())
          .containsExactly(
              new RelationshipEvent.RelationshipChanged(
                  stake.id(), 2, List.of("ownershipPercentage"), TELLER, NOW));
    }

    @Test
    void the_same_percentage_changes_nothing() {
      assertThat(stake.changeOwnership(1, new BigDecimal("30.00"), TELLER, NOW).getLeft())
          .isEqualTo(new RelationshipError.Unchanged(stake.id()));
    }

    @Test
    void a_stale_version_is_a_conflict() {
      assertThat(stake.changeOwnership(3, BigDecimal.ONE, TELLER, NOW).getLeft())
          .isEqualTo(new RelationshipError.VersionConflict(stake.id(), 3, 1));
    }

    @Test
    void only_a_shareholding_has_a_percentage_to_change() {
      Relationship spouses = relationship("R2", "P1", SPOUSE, "P2", null);

      assertThat(paths(spouses.changeOwnership(1, BigDecimal.ONE, TELLER, NOW).getLeft()))
          .containsExactly("ownershipPercentage");
    }

    @Test
    void a_new_period_is_checked_field_by_field() {
      assertThat(paths(stake.changeValidity(1, null, null, TELLER, NOW).getLeft()))
          .containsExactly("validFrom");
      RelationshipUpdate update =
          stake.changeValidity(1, START, LocalDate.of(2030, 12, 31), TELLER, NOW).get();
      assertThat(update.relationship().validity()).isEqualTo(new Validity(START, LocalDate.of(2030, 12, 31)));
      assertThat(((RelationshipEvent.RelationshipChanged) update.events().get(0)).changedFields())
          .containsExactly("validity");
    }
  }

  @Nested
  class Ending {

    private final Relationship stake = owns("R1", "P1", "K1", "30");

    @Test
    void ends_the_period_on_the_last_day_and_the_state() {
      RelationshipUpdate update = stake.end(1, LocalDate.of(2025, 6, 30), TELLER, NOW).get();

      Relationship ended = update.relationship();
      assertThat(ended.state()).isEqualTo(RelationshipState.ENDED);
      assertThat(ended.validity()).isEqualTo(new Validity(START, LocalDate.of(2025, 6, 30)));
      assertThat(ended.isEffectiveOn(LocalDate.of(2025, 1, 1))).isFalse();
      assertThat(update.events())
          .containsExactly(
              new RelationshipEvent.RelationshipEnded(stake.id(), 2, LocalDate.of(2025, 6, 30), TELLER, NOW));
    }

    @Test
    void a_period_that_ended_earlier_keeps_its_last_day() {
      Relationship lapsed =
          stake.changeValidity(1, START, LocalDate.of(2022, 12, 31), TELLER, NOW).get().relationship();

      assertThat(lapsed.end(2, LocalDate.of(2026, 1, 1), TELLER, NOW).get().relationship().validity().to())
          .isEqualTo(LocalDate.of(2022, 12, 31));
    }

    @Test
    void the_last_day_is_required_and_not_before_the_first() {
      assertThat(paths(stake.end(1, null, TELLER, NOW).getLeft())).containsExactly("lastDay");
      assertThat(paths(stake.end(1, START.minusDays(1), TELLER, NOW).getLeft()))
          .containsExactly("lastDay");
    }

    @Test
    void an_ended_relationship_cannot_be_edited() {
      Relationship ended = stake.end(1, START, TELLER, NOW).get().relationship();
      RelationshipError refusal = new RelationshipError.RelationshipEnded(stake.id());

      assertThat(ended.changeOwnership(2, BigDecimal.ONE, TELLER, NOW).getLeft()).isEqualTo(refusal);
      assertThat(ended.changeValidity(2, START, null, TELLER, NOW).getLeft()).isEqualTo(refusal);
      assertThat(ended.end(2, START, TELLER, NOW).getLeft()).isEqualTo(refusal);
    }
  }

  @Nested
  class Invariants {

    @Test
    void a_relationship_that_breaks_a_rule_cannot_be_built() {
      Relationship valid = owns("R1", "P1", "K1", "30");

      assertThatThrownBy(
              () ->
                  new Relationship(
                      valid.id(), 1, P1, INDIVIDUAL, P1, INDIVIDUAL, SPOUSE, null,
                      valid.validity(), valid.sourceSystem(), valid.state(), NOW, NOW))
          .isInstanceOf(IllegalArgumentException.class);
      assertThatThrownBy(
              () ->
                  new Relationship(
                      valid.id(), 1, P1, INDIVIDUAL, K1, CORPORATE, SHAREHOLDING, null,
                      valid.validity(), valid.sourceSystem(), valid.state(), NOW, NOW))
          .isInstanceOf(IllegalArgumentException.class);
      assertThatThrownBy(
              () ->
                  new Relationship(
                      valid.id(), 1, K1, CORPORATE, P1, INDIVIDUAL, SHAREHOLDING, BigDecimal.TEN,
                      valid.validity(), valid.sourceSystem(), valid.state(), NOW, NOW))
          .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void relationships_updates_events_and_errors_round_trip_in_JSON() {
      RelationshipUpdate update =
          RelationshipFixture.established("R1", RelationshipFixture.form(P1, SHAREHOLDING, K1, "30"));
      RelationshipUpdate ended = update.relationship().end(1, START, TELLER, NOW).get();

      assertThat(CrmJson.roundTrip(update, RelationshipUpdate.class)).isEqualTo(update);
      assertThat(CrmJson.roundTrip(ended, RelationshipUpdate.class)).isEqualTo(ended);
      for (RelationshipEvent event : List.of(update.events().get(0), ended.events().get(0))) {
        assertThat(CrmJson.roundTrip(event, RelationshipEvent.class)).isEqualTo(event);
      }
      assertThat(CrmJson.write(update.events().get(0))).contains("\"type\":\"RelationshipEstablished\"");
    }

    @Test
    void commands_and_terms_round_trip_in_JSON() {
      RelationshipId id = RelationshipId.of("R1");
      List<Object> values =
          List.of(
              new ChangeOwnership(id, 3, new BigDecimal("12.5")),
              new ChangeValidity(id, 3, START, LocalDate.of(2030, 1, 1)),
              new EndRelationship(id, 3, START),
              terms(SHAREHOLDING, P1, K1),
              new Validity(START, null),
              SourceSystem.of("CREDIT"));

      for (Object value : values) {
        assertThat(CrmJson.roundTripAsItsClass(value)).isEqualTo(value);
      }
    }

    @Test
    void every_error_variant_round_trips_as_its_own_class_and_names_no_person() {
      RelationshipId id = RelationshipId.of("R1");
      List<RelationshipError> errors =
          List.of(
              new RelationshipError.InvalidRelationshipData(List.of(FieldError.required("validFrom"))),
              new RelationshipError.RelationshipNotFound(id),
              new RelationshipError.CustomerNotFound(P1),
              new RelationshipError.SelfRelationship(P1),
              new RelationshipError.ViewNotApplicable(K1, CORPORATE, "household"),
              new RelationshipError.ViewTooDeep(K1, "beneficial owners", 20),
              new RelationshipError.KindNotAllowed(SPOUSE, "spouse", K1, CORPORATE),
              new RelationshipError.RelationshipEnded(id),
              new RelationshipError.OwnershipExceeded(K1, new BigDecimal("80.0000"), new BigDecimal("30.0000")),
              new RelationshipError.DuplicateRelationship(id),
              new RelationshipError.VersionConflict(id, 1, 2),
              new RelationshipError.Unchanged(id));

      assertThat(errors.stream().map(Object::getClass).map(Class::getName))
          .containsExactlyInAnyOrderElementsOf(
              java.util.Arrays.stream(RelationshipError.class.getPermittedSubclasses())
                  .map(Class::getName)
                  .toList());
      for (RelationshipError error : errors) {
        assertThat(CrmJson.roundTripAsItsClass(error)).isEqualTo(error);
        assertThat(error.code()).matches("[a-z_]+");
        assertThat(error.message()).isNotBlank();
      }
    }

    @Test
    void an_event_type_that_is_not_a_relationship_event_is_refused() {
      String json =
          CrmJson.write(
                  RelationshipFixture.established("R1", RelationshipFixture.form(P1, SPOUSE, CustomerId.of("P2"), null))
                      .events()
                      .get(0))
              .replace("\"RelationshipEstablished\"", "\"java.lang.Object\"");

      assertThatThrownBy(() -> CrmJson.MAPPER.readValue(json, RelationshipEvent.class))
          .isInstanceOf(com.fasterxml.jackson.databind.exc.InvalidTypeIdException.class);
    }
  }
}
