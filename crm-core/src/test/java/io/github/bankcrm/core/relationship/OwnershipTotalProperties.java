package io.github.bankcrm.core.relationship;

import static io.github.bankcrm.core.customer.CustomerFixture.NOW;
import static io.github.bankcrm.core.customer.CustomerFixture.TELLER;
import static io.github.bankcrm.core.organization.OrganizationFixture.BJ01;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.bankcrm.core.customer.CustomerId;
import io.github.bankcrm.core.inmemory.InMemoryCustomers;
import io.github.bankcrm.core.inmemory.InMemoryRelationships;
import io.github.bankcrm.core.organization.AccessScope;
import io.github.bankcrm.core.shared.Nullable;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Whatever sequence of establishing, re-weighting, re-dating and ending shareholdings goes through
 * {@link RelationshipMaintenance}, no company is ever owned more than 100 % on any day, and no two
 * active relationships duplicate each other.
 */
class OwnershipTotalProperties {

  private static final AccessScope BANK = AccessScope.unrestricted();
  private static final List<LocalDate> DAYS =
      List.of(
          LocalDate.of(2020, 1, 1),
          LocalDate.of(2021, 1, 1),
          LocalDate.of(2022, 6, 30),
          LocalDate.of(2023, 1, 1),
          LocalDate.of(2024, 12, 31));

  /** One command, with indexes into the customers and into the relationships established so far. */
  record Step(
      int kind, int owner, int company, int target, String percentage, int fromDay, @Nullable Integer toDay) {}

  @Property(tries = 100)
  void no_company_is_ever_owned_more_than_100_percent(@ForAll("scripts") List<Step> script) {
    InMemoryCustomers customers = new InMemoryCustomers();
    Relationships relationships = new InMemoryRelationships(customers);
    AtomicInteger numbers = new AtomicInteger();
    RelationshipMaintenance maintenance =
        new RelationshipMaintenance(
            customers,
            relationships,
            () -> RelationshipId.of("R" + numbers.incrementAndGet()),
            Clock.fixed(NOW, ZoneOffset.UTC));
    List<CustomerId> owners =
        List.of(
            RelationshipFixture.person(customers, "P1", BJ01),
            RelationshipFixture.person(customers, "P2", BJ01),
            RelationshipFixture.person(customers, "P3", BJ01),
            RelationshipFixture.company(customers, "K3", BJ01));
    List<CustomerId> companies =
        List.of(
            RelationshipFixture.company(customers, "K1", BJ01),
            RelationshipFixture.company(customers, "K2", BJ01));
    List<RelationshipId> established = new ArrayList<>();

    for (Step step : script) {
      LocalDate from = DAYS.get(step.fromDay());
      LocalDate to = step.toDay() == null ? null : DAYS.get(step.toDay());
      Optional<Relationship> target =
          established.isEmpty()
              ? Optional.empty()
              : relationships.findById(BANK, established.get(step.target() % established.size()));
      switch (step.kind()) {
        case 0 ->
            maintenance
                .establish(
                    BANK,
                    TELLER,
                    new EstablishRelationship(
                        owners.get(step.owner()).value(),
                        companies.get(step.company()).value(),
                        RelationshipType.SHAREHOLDING,
                        new BigDecimal(step.percentage()),
                        from,
                        to,
                        "CRM"))
                .forEach(update -> established.add(update.relationship().id()));
        case 1 ->
            target.ifPresent(
                stake ->
                    maintenance.changeOwnership(
                        BANK,
                        TELLER,
                        new ChangeOwnership(stake.id(), stake.version(), new BigDecimal(step.percentage()))));
        case 2 ->
            target.ifPresent(
                stake ->
                    maintenance.changeValidity(
                        BANK, TELLER, new ChangeValidity(stake.id(), stake.version(), from, to)));
        default ->
            target.ifPresent(
                stake ->
                    maintenance.end(BANK, TELLER, new EndRelationship(stake.id(), stake.version(), from)));
      }
      for (CustomerId company : companies) {
        assertTotalsAtMost100(relationships.of(BANK, company, true), company);
      }
    }
  }

  private static void assertTotalsAtMost100(List<Relationship> active, CustomerId company) {
    TreeSet<LocalDate> days = new TreeSet<>(DAYS);
    active.forEach(
        relationship -> {
          days.add(relationship.validity().from());
          relationship.validity().lastDay().ifPresent(day -> days.add(day.plusDays(1)));
        });
    for (LocalDate day : days) {
      BigDecimal total =
          active.stream()
              .filter(relationship -> relationship.type() == RelationshipType.SHAREHOLDING)
              .filter(relationship -> relationship.to().equals(company))
              .filter(relationship -> relationship.validity().contains(day))
              .map(Relationship::ownershipPercentage)
              .reduce(BigDecimal.ZERO, BigDecimal::add);
      assertThat(total).as("%s owned on %s", company, day).isLessThanOrEqualTo(new BigDecimal(100));
      for (Relationship one : active) {
        for (Relationship other : active) {
          if (one != other && one.isSameLinkAs(other)) {
            assertThat(one.validity().overlaps(other.validity())).as("duplicates %s %s", one, other).isFalse();
          }
        }
      }
    }
  }

  @Provide
  Arbitrary<List<Step>> scripts() {
    Arbitrary<Integer> days = Arbitraries.integers().between(0, DAYS.size() - 1);
    Arbitrary<Step> step =
        Combinators.combine(
                Arbitraries.frequency(
                    net.jqwik.api.Tuple.of(5, 0),
                    net.jqwik.api.Tuple.of(2, 1),
                    net.jqwik.api.Tuple.of(2, 2),
                    net.jqwik.api.Tuple.of(1, 3)),
                Arbitraries.integers().between(0, 3),
                Arbitraries.integers().between(0, 1),
                Arbitraries.integers().between(0, 50),
                Arbitraries.of("10", "25", "33.3333", "40", "50", "60", "75", "100"),
                days,
                days.injectNull(0.5))
            .as(Step::new);
    return step.list().ofMinSize(1).ofMaxSize(25);
  }
}
