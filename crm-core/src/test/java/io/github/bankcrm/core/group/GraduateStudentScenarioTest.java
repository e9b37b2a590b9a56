package io.github.bankcrm.core.group;

import static io.github.bankcrm.core.group.SegmentFixture.TODAY;
import static io.github.bankcrm.core.group.SegmentFixture.line;
import static io.github.bankcrm.core.group.SegmentFixture.person;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.bankcrm.core.CrmJson;
import io.github.bankcrm.core.customer.CustomerFixture;
import io.github.bankcrm.core.customer.Education;
import io.github.bankcrm.core.customer.IndividualCustomer;
import io.github.bankcrm.core.holding.BalanceLine;
import io.github.bankcrm.core.holding.BalanceSummary;
import io.github.bankcrm.core.holding.ProductType;
import io.github.bankcrm.core.inmemory.InMemoryCustomers;
import io.github.bankcrm.core.inmemory.InMemorySegmentMemberships;
import io.github.bankcrm.core.organization.AccessScope;
import io.github.bankcrm.core.shared.Actor;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * DOMAIN.md §3: "today's low-value graduate student is tomorrow's target customer". A segment of
 * graduate students in Beijing aged 22–28 with deposits below 50,000 CNY is re-evaluated as balances
 * grow and birthdays pass; members enter and leave, as events.
 */
class GraduateStudentScenarioTest {

  private static final Actor NIGHTLY = Actor.system("segments");
  private static final LocalDate NEXT_MONTH = TODAY.plusMonths(1);

  private final SegmentDefinition graduates = definition();

  private static SegmentDefinition definition() {
    try {
      SegmentDefinition definition =
          CrmJson.MAPPER.readValue(SegmentDefinitionLoadingTest.GRADUATES_JSON, SegmentDefinition.class);
      assertThat(definition.validate().isValid()).isTrue();
      return definition;
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }

  private final IndividualCustomer liWei = person("G1", LocalDate.of(2001, 3, 1), Education.MASTER, "110108");
  private final IndividualCustomer zhaoMin = person("G2", TODAY.minusYears(22).plusDays(10), Education.DOCTORATE, "110105");
  private final IndividualCustomer chenJing = person("G3", LocalDate.of(2001, 3, 1), Education.MASTER, "310115");
  private final IndividualCustomer bachelor = person("G4", LocalDate.of(2001, 3, 1), Education.BACHELOR, "110105");

  private static SegmentSubject on(LocalDate day, IndividualCustomer customer, BalanceLine... lines) {
    return SegmentSubject.of(customer, new BalanceSummary(customer.id(), day, List.of(lines)), day);
  }

  @Test
  void members_leave_when_their_deposits_grow_and_enter_when_they_come_of_age() {
    SegmentEvaluation june =
        SegmentEvaluation.evaluate(
            graduates,
            TODAY,
            List.of(
                on(TODAY, liWei, line(ProductType.DEPOSIT, "8000.00", "CNY")),
                on(TODAY, zhaoMin, line(ProductType.DEPOSIT, "500.00", "CNY")),
                on(TODAY, chenJing, line(ProductType.DEPOSIT, "100.00", "CNY")),
                on(TODAY, bachelor)),
            java.util.Set.of(),
            NIGHTLY,
            Instant.parse("2026-06-30T20:00:00Z"));

    assertThat(june.members()).containsExactly(liWei.id());
    assertThat(june.entered()).containsExactly(liWei.id());

    // Li Wei's first salary lands on deposits; Zhao Min turns 22.
    SegmentEvaluation july =
        SegmentEvaluation.evaluate(
            graduates,
            NEXT_MONTH,
            List.of(
                on(NEXT_MONTH, liWei, line(ProductType.DEPOSIT, "50000.00", "CNY")),
                on(NEXT_MONTH, zhaoMin, line(ProductType.DEPOSIT, "800.00", "CNY")),
                on(NEXT_MONTH, chenJing, line(ProductType.DEPOSIT, "100.00", "CNY")),
                on(NEXT_MONTH, bachelor)),
            june.members(),
            NIGHTLY,
            Instant.parse("2026-07-30T20:00:00Z"));

    assertThat(july.members()).containsExactly(zhaoMin.id());
    assertThat(july.events())
        .containsExactly(
            new SegmentEvent.CustomerEnteredSegment(
                SegmentId.of("graduates-bj"), 3, zhaoMin.id(), NEXT_MONTH, NIGHTLY, Instant.parse("2026-07-30T20:00:00Z")),
            new SegmentEvent.CustomerLeftSegment(
                SegmentId.of("graduates-bj"), 3, liWei.id(), NEXT_MONTH, NIGHTLY, Instant.parse("2026-07-30T20:00:00Z")));
  }

  @Test
  void a_nightly_refresh_stores_the_membership_and_reports_the_change() {
    InMemoryCustomers customers = new InMemoryCustomers();
    SegmentRefresh refresh = new SegmentRefresh(new InMemorySegmentMemberships(customers));
    AccessScope system = AccessScope.unrestricted();

    SegmentEvaluation first =
        refresh
            .refresh(system, graduates, TODAY, List.of(on(TODAY, liWei, line(ProductType.DEPOSIT, "8000", "CNY"))), NIGHTLY, CustomerFixture.NOW)
            .get();
    SegmentEvaluation second =
        refresh
            .refresh(system, graduates, NEXT_MONTH, List.of(on(NEXT_MONTH, liWei, line(ProductType.DEPOSIT, "80000", "CNY"))), NIGHTLY, CustomerFixture.NOW)
            .get();

    assertThat(first.entered()).containsExactly(liWei.id());
    assertThat(second.left()).containsExactly(liWei.id());
    assertThat(second.members()).isEmpty();
  }

  @Test
  void a_refresh_needs_the_system_scope_and_a_valid_definition() {
    SegmentRefresh refresh = new SegmentRefresh(new InMemorySegmentMemberships(new InMemoryCustomers()));
    SegmentDefinition invalid = new SegmentDefinition(SegmentId.of("x"), "x", 1, SegmentRule.any());

    assertThat(refresh.refresh(GroupsContract.BEIJING, graduates, TODAY, List.of(), NIGHTLY, CustomerFixture.NOW).getLeft())
        .isEqualTo(new SegmentError.ScopeTooNarrow(graduates.id()));
    assertThat(refresh.refresh(AccessScope.unrestricted(), invalid, TODAY, List.of(), NIGHTLY, CustomerFixture.NOW).getLeft())
        .isInstanceOf(SegmentError.InvalidDefinition.class);
  }

  @Test
  void events_survive_a_json_round_trip() {
    SegmentEvent event =
        new SegmentEvent.CustomerLeftSegment(SegmentId.of("graduates-bj"), 3, liWei.id(), TODAY, NIGHTLY, CustomerFixture.NOW);

    assertThat(CrmJson.roundTrip(event, SegmentEvent.class)).isEqualTo(event);
  }
}
