package io.github.bankcrm.core.relationship;

import static io.github.bankcrm.core.customer.CustomerFixture.NOW;
import static io.github.bankcrm.core.customer.CustomerFixture.TELLER;
import static io.github.bankcrm.core.organization.OrganizationFixture.BJ01;
import static io.github.bankcrm.core.organization.OrganizationFixture.SH01;
import static io.github.bankcrm.core.relationship.RelationshipFixture.START;
import static io.github.bankcrm.core.relationship.RelationshipFixture.form;
import static io.github.bankcrm.core.relationship.RelationshipType.GUARANTEE;
import static io.github.bankcrm.core.relationship.RelationshipType.PARENT_SUBSIDIARY;
import static io.github.bankcrm.core.relationship.RelationshipType.SHAREHOLDING;
import static io.github.bankcrm.core.relationship.RelationshipType.SPOUSE;
import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.spi.ILoggingEvent;
import io.github.bankcrm.core.CapturedLogs;
import io.github.bankcrm.core.customer.CustomerId;
import io.github.bankcrm.core.customer.CustomerKind;
import io.github.bankcrm.core.inmemory.InMemoryCustomers;
import io.github.bankcrm.core.inmemory.InMemoryRelationships;
import io.github.bankcrm.core.organization.AccessScope;
import io.github.bankcrm.core.organization.OrganizationFixture;
import io.github.bankcrm.core.shared.FieldError;
import io.vavr.control.Either;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class RelationshipMaintenanceTest {

  private static final AccessScope HEAD_OFFICE = OrganizationFixture.scopeOf("HO");
  private static final AccessScope BEIJING = OrganizationFixture.scopeOf("BJ");

  private final InMemoryCustomers customers = new InMemoryCustomers();
  private final Relationships relationships = new InMemoryRelationships(customers);
  private final AtomicInteger numbers = new AtomicInteger();
  private final RelationshipMaintenance maintenance =
      new RelationshipMaintenance(
          customers,
          relationships,
          () -> RelationshipId.of("R" + numbers.incrementAndGet()),
          Clock.fixed(NOW, ZoneOffset.UTC));

  private final CustomerId person = RelationshipFixture.person(customers, "P1", BJ01);
  private final CustomerId spouse = RelationshipFixture.person(customers, "P2", BJ01);
  private final CustomerId company = RelationshipFixture.company(customers, "K1", BJ01);
  private final CustomerId shanghaiCompany = RelationshipFixture.company(customers, "KS", SH01);

  private RelationshipUpdate established(EstablishRelationship form) {
    Either<RelationshipError, RelationshipUpdate> result = maintenance.establish(BEIJING, TELLER, form);
    assertThat(result.isRight()).as("refused: %s", result).isTrue();
    return result.get();
  }

  @Nested
  class Establishing {

    @Test
    void records_a_shareholding_between_customers_in_scope() {
      RelationshipUpdate update = established(form(person, SHAREHOLDING, company, "35"));

      Relationship stake = update.relationship();
      assertThat(stake.fromKind()).isEqualTo(CustomerKind.INDIVIDUAL);
      assertThat(stake.toKind()).isEqualTo(CustomerKind.CORPORATE);
      assertThat(relationships.findById(BEIJING, stake.id())).contains(stake);
      assertThat(update.events()).hasSize(1);
    }

    @Test
    void reports_every_field_error_and_stores_nothing() {
      EstablishRelationship bad =
          new EstablishRelationship(null, "P1", SHAREHOLDING, new BigDecimal("101"), null, null, null);

      RelationshipError error = maintenance.establish(BEIJING, TELLER, bad).getLeft();

      assertThat(((RelationshipError.InvalidRelationshipData) error).errors())
          .extracting(FieldError::path)
          .containsExactly("fromCustomer", "ownershipPercentage", "validFrom", "sourceSystem");
      assertThat(relationships.effectiveOn(HEAD_OFFICE, START)).isEmpty();
    }

    @Test
    void refuses_a_relationship_of_a_customer_with_itself() {
      assertThat(maintenance.establish(BEIJING, TELLER, form(person, GUARANTEE, person, null)).getLeft())
          .isEqualTo(new RelationshipError.SelfRelationship(person));
    }

    @Test
    void reads_the_kinds_of_the_customers_to_check_the_type() {
      assertThat(maintenance.establish(BEIJING, TELLER, form(person, SPOUSE, company, null)).getLeft())
          .isEqualTo(new RelationshipError.KindNotAllowed(SPOUSE, "spouse", company, CustomerKind.CORPORATE));
      assertThat(
              maintenance
                  .establish(HEAD_OFFICE, TELLER, form(person, PARENT_SUBSIDIARY, company, null))
                  .getLeft())
          .isEqualTo(
              new RelationshipError.KindNotAllowed(
                  PARENT_SUBSIDIARY, "parent company", person, CustomerKind.INDIVIDUAL));
    }

    @Test
    void a_customer_outside_the_scope_is_not_found() {
      assertThat(
              maintenance.establish(BEIJING, TELLER, form(company, GUARANTEE, shanghaiCompany, null)).getLeft())
          .isEqualTo(new RelationshipError.CustomerNotFound(shanghaiCompany));
      assertThat(
              maintenance
                  .establish(HEAD_OFFICE, TELLER, form(company, GUARANTEE, shanghaiCompany, null))
                  .isRight())
          .isTrue();
    }

    @Test
    void refuses_an_active_duplicate() {
      Relationship first = established(form(person, SPOUSE, spouse, null)).relationship();

      assertThat(maintenance.establish(BEIJING, TELLER, form(spouse, SPOUSE, person, null)).getLeft())
          .isEqualTo(new RelationshipError.DuplicateRelationship(first.id()));
    }

    @Test
    void refuses_ownership_of_a_company_above_100_percent() {
      established(form(person, SHAREHOLDING, company, "70"));

      assertThat(maintenance.establish(BEIJING, TELLER, form(spouse, SHAREHOLDING, company, "30.0001")).getLeft())
          .isEqualTo(
              new RelationshipError.OwnershipExceeded(
                  company, new BigDecimal("70.0000"), new BigDecimal("30.0001")));
    }
  }

  @Nested
  class Editing {

    @Test
    void changes_a_percentage_over_the_version_the_caller_saw() {
      Relationship stake = established(form(person, SHAREHOLDING, company, "35")).relationship();

      RelationshipUpdate update =
          maintenance
              .changeOwnership(BEIJING, TELLER, new ChangeOwnership(stake.id(), 1, new BigDecimal("40")))
              .get();

      assertThat(relationships.findById(BEIJING, stake.id())).contains(update.relationship());
      assertThat(
              maintenance
                  .changeOwnership(BEIJING, TELLER, new ChangeOwnership(stake.id(), 1, new BigDecimal("45")))
                  .getLeft())
          .isEqualTo(new RelationshipError.VersionConflict(stake.id(), 1, 2));
    }

    @Test
    void an_unknown_relationship_is_not_found() {
      RelationshipId unknown = RelationshipId.of("R404");

      assertThat(maintenance.end(BEIJING, TELLER, new EndRelationship(unknown, 1, START)).getLeft())
          .isEqualTo(new RelationshipError.RelationshipNotFound(unknown));
    }

    @Test
    void an_ended_relationship_cannot_be_edited() {
      Relationship stake = established(form(person, SHAREHOLDING, company, "35")).relationship();
      maintenance.end(BEIJING, TELLER, new EndRelationship(stake.id(), 1, LocalDate.of(2025, 1, 31))).get();

      assertThat(
              maintenance
                  .changeValidity(BEIJING, TELLER, new ChangeValidity(stake.id(), 2, START, null))
                  .getLeft())
          .isEqualTo(new RelationshipError.RelationshipEnded(stake.id()));
    }

    @Test
    void a_new_period_that_overlaps_a_duplicate_is_refused() {
      Relationship old =
          maintenance
              .establish(
                  BEIJING,
                  TELLER,
                  new EstablishRelationship(
                      "P1", "K1", GUARANTEE, null, START, LocalDate.of(2022, 12, 31), "CREDIT"))
              .get()
              .relationship();
      Relationship renewal =
          maintenance
              .establish(
                  BEIJING,
                  TELLER,
                  new EstablishRelationship("P1", "K1", GUARANTEE, null, LocalDate.of(2023, 1, 1), null, "CREDIT"))
              .get()
              .relationship();

      assertThat(
              maintenance
                  .changeValidity(BEIJING, TELLER, new ChangeValidity(old.id(), 1, START, null))
                  .getLeft())
          .isEqualTo(new RelationshipError.DuplicateRelationship(renewal.id()));
    }
  }

  @Nested
  class Privacy {

    @Test
    void no_name_or_identity_number_appears_in_logs_results_or_errors() {
      List<Object> shown = new ArrayList<>();
      List<ILoggingEvent> logs =
          CapturedLogs.during(
              () -> {
                RelationshipUpdate stake =
                    maintenance.establish(BEIJING, TELLER, form(person, SHAREHOLDING, company, "60")).get();
                shown.add(stake);
                shown.add(stake.relationship());
                shown.addAll(stake.events());
                shown.add(maintenance.establish(BEIJING, TELLER, form(spouse, SHAREHOLDING, company, "60")).getLeft());
                shown.add(maintenance.establish(BEIJING, TELLER, form(person, SPOUSE, company, null)).getLeft());
                shown.add(maintenance.establish(BEIJING, TELLER, form(person, SPOUSE, person, null)).getLeft());
                shown.add(
                    maintenance
                        .establish(BEIJING, TELLER, new EstablishRelationship("张伟明", "K1", SPOUSE, null, null, null, "张伟明"))
                        .getLeft());
                RelationshipUpdate ended =
                    maintenance.end(BEIJING, TELLER, new EndRelationship(stake.relationship().id(), 1, START)).get();
                shown.add(ended);
                shown.add(maintenance.end(BEIJING, TELLER, new EndRelationship(stake.relationship().id(), 2, START)).getLeft());
                RelationshipAnalysis analysis =
                    new RelationshipAnalysis(
                        RelationshipGraph.of(relationships.effectiveOn(HEAD_OFFICE, START), START));
                shown.add(analysis.household(person));
                shown.add(analysis.corporateGroup(company));
                shown.add(analysis.ultimateBeneficialOwners(company));
              });

      List<String> texts = new ArrayList<>();
      shown.forEach(value -> texts.add(value.toString()));
      shown.stream()
          .filter(RelationshipError.class::isInstance)
          .forEach(error -> texts.add(((RelationshipError) error).message()));
      logs.forEach(event -> texts.add(event.getFormattedMessage()));
      assertThat(logs).isNotEmpty();
      for (String text : texts) {
        assertThat(text)
            .doesNotContain("张伟明", "Wang Xiaohong", "福州星海", "110105", "1391234", "xiaohong.wang");
      }
    }
  }
}
