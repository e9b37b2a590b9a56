package io.github.bankcrm.core.relationship;

import static io.github.bankcrm.core.customer.CustomerFixture.NOW;
import static io.github.bankcrm.core.customer.CustomerFixture.TELLER;
import static io.github.bankcrm.core.organization.OrganizationFixture.BJ01;
import static io.github.bankcrm.core.organization.OrganizationFixture.BJ02;
import static io.github.bankcrm.core.organization.OrganizationFixture.SH01;
import static io.github.bankcrm.core.relationship.RelationshipFixture.START;
import static io.github.bankcrm.core.relationship.RelationshipType.GUARANTEE;
import static io.github.bankcrm.core.relationship.RelationshipType.SHAREHOLDING;
import static io.github.bankcrm.core.relationship.RelationshipType.SPOUSE;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.bankcrm.core.customer.CustomerId;
import io.github.bankcrm.core.customer.CustomerKind;
import io.github.bankcrm.core.customer.Customers;
import io.github.bankcrm.core.organization.AccessScope;
import io.github.bankcrm.core.organization.OrganizationFixture;
import io.github.bankcrm.core.shared.Nullable;
import io.vavr.control.Either;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

/**
 * The contract of the {@link Relationships} port. Every adapter extends this class unchanged and
 * supplies a fresh, empty customer store from {@link #newCustomers()} and a relationship store over
 * the same storage from {@link #newRelationships(Customers)}; the in-memory, H2 and PostgreSQL
 * adapters all pass it.
 */
public abstract class RelationshipsContract {

  /** The whole bank. */
  protected static final AccessScope HEAD_OFFICE = OrganizationFixture.scopeOf("HO");

  /** A Beijing branch user: sees BJ, BJ01, BJ02. */
  protected static final AccessScope BEIJING = OrganizationFixture.scopeOf("BJ");

  /** A Shanghai branch user: sees SH, SH01. */
  protected static final AccessScope SHANGHAI = OrganizationFixture.scopeOf("SH");

  /**
   * A fresh, empty customer store. Called once per test, before {@link #newRelationships(Customers)}.
   *
   * @return the store
   */
  protected abstract Customers newCustomers();

  /**
   * A fresh, empty relationship store that sees the customers of {@code customers} (for a database
   * adapter: the same database).
   *
   * @param customers the store {@link #newCustomers()} just returned
   * @return the store
   */
  protected abstract Relationships newRelationships(Customers customers);

  private Relationships relationships;
  private CustomerId p1;
  private CustomerId p2;
  private CustomerId p3;
  private CustomerId ps;
  private CustomerId k1;
  private CustomerId k2;
  private CustomerId ks;

  @BeforeEach
  void freshStores() {
    Customers customers = newCustomers();
    p1 = RelationshipFixture.person(customers, "P1", BJ01);
    p2 = RelationshipFixture.person(customers, "P2", BJ01);
    p3 = RelationshipFixture.person(customers, "P3", BJ02);
    ps = RelationshipFixture.person(customers, "PS", SH01);
    k1 = RelationshipFixture.company(customers, "K1", BJ01);
    k2 = RelationshipFixture.company(customers, "K2", BJ01);
    ks = RelationshipFixture.company(customers, "KS", SH01);
    relationships = newRelationships(customers);
  }

  private static RelationshipUpdate establish(
      String id, CustomerId from, RelationshipType type, CustomerId to, @Nullable String percentage) {
    return RelationshipFixture.established(id, RelationshipFixture.form(from, type, to, percentage));
  }

  private static RelationshipUpdate establish(
      String id, CustomerId from, RelationshipType type, CustomerId to, String percentage, Validity period) {
    RelationshipTerms terms =
        new RelationshipTerms(from, to, type, new BigDecimal(percentage), period, RelationshipFixture.CRM);
    return Relationship.establish(
            RelationshipId.of(id),
            terms,
            RelationshipFixture.kindOf(from.value()),
            CustomerKind.CORPORATE,
            TELLER,
            NOW)
        .get();
  }

  private Relationship saved(RelationshipUpdate update) {
    Either<RelationshipError, Relationship> result = relationships.save(HEAD_OFFICE, update);
    assertThat(result.isRight()).as("save refused: %s", result).isTrue();
    return result.get();
  }

  private Relationship ended(Relationship relationship, LocalDate lastDay) {
    return saved(relationship.end(relationship.version(), lastDay, TELLER, NOW).get());
  }

  @Nested
  class Saving {

    @Test
    void a_new_relationship_is_found_by_number_and_from_both_customers() {
      Relationship spouses = saved(establish("R1", p1, SPOUSE, p2, null));

      assertThat(relationships.findById(BEIJING, spouses.id())).contains(spouses);
      assertThat(relationships.of(BEIJING, p1, true)).containsExactly(spouses);
      assertThat(relationships.of(BEIJING, p2, true)).containsExactly(spouses);
    }

    @Test
    void saving_a_number_twice_is_a_version_conflict() {
      saved(establish("R1", p1, SPOUSE, p2, null));

      assertThat(relationships.save(HEAD_OFFICE, establish("R1", p1, GUARANTEE, k1, null)).getLeft())
          .isEqualTo(new RelationshipError.VersionConflict(RelationshipId.of("R1"), 0, 1));
      assertThat(relationships.findById(HEAD_OFFICE, RelationshipId.of("R1")).get().type())
          .isEqualTo(SPOUSE);
    }

    @Test
    void a_change_over_the_stored_version_is_saved() {
      Relationship stake = saved(establish("R1", p1, SHAREHOLDING, k1, "30"));

      Relationship changed =
          saved(stake.changeOwnership(1, new BigDecimal("45"), TELLER, NOW).get());

      assertThat(changed.version()).isEqualTo(2);
      assertThat(relationships.findById(BEIJING, stake.id())).contains(changed);
    }

    @Test
    void a_stale_change_is_a_conflict_and_overwrites_nothing() {
      Relationship stake = saved(establish("R1", p1, SHAREHOLDING, k1, "30"));
      Relationship first = saved(stake.changeOwnership(1, new BigDecimal("40"), TELLER, NOW).get());

      RelationshipUpdate late = stake.changeOwnership(1, new BigDecimal("20"), TELLER, NOW).get();

      assertThat(relationships.save(HEAD_OFFICE, late).getLeft())
          .isEqualTo(new RelationshipError.VersionConflict(stake.id(), 1, 2));
      assertThat(relationships.findById(HEAD_OFFICE, stake.id())).contains(first);
    }

    @Test
    void a_change_of_a_relationship_never_saved_is_not_found() {
      Relationship never = establish("R9", p1, SHAREHOLDING, k1, "30").relationship();

      RelationshipUpdate change = never.changeOwnership(1, BigDecimal.TEN, TELLER, NOW).get();

      assertThat(relationships.save(HEAD_OFFICE, change).getLeft())
          .isEqualTo(new RelationshipError.RelationshipNotFound(never.id()));
    }

    @Test
    void a_new_relationship_with_an_unknown_customer_is_refused() {
      RelationshipUpdate update = establish("R1", p1, GUARANTEE, CustomerId.of("P404"), null);

      assertThat(relationships.save(HEAD_OFFICE, update).getLeft())
          .isEqualTo(new RelationshipError.CustomerNotFound(CustomerId.of("P404")));
    }
  }

  @Nested
  class Repointing_by_a_merge {

    @Test
    void a_repointed_relationship_is_listed_under_the_new_customer_only() {
      Relationship guarantee = saved(establish("R1", p1, GUARANTEE, k1, null));

      Relationship moved =
          saved(guarantee.repoint(1, p1, p2, CustomerKind.INDIVIDUAL, TELLER, NOW).get());

      assertThat(relationships.findById(BEIJING, guarantee.id())).contains(moved);
      assertThat(relationships.of(BEIJING, p2, false)).containsExactly(moved);
      assertThat(relationships.of(BEIJING, p1, false)).isEmpty();
      assertThat(relationships.of(BEIJING, k1, false)).containsExactly(moved);
    }

    @Test
    void a_repoint_onto_a_duplicate_is_refused() {
      Relationship survivors = saved(establish("R1", p2, GUARANTEE, k1, null));
      Relationship absorbed = saved(establish("R2", p1, GUARANTEE, k1, null));

      assertThat(relationships.save(HEAD_OFFICE,
              absorbed.repoint(1, p1, p2, CustomerKind.INDIVIDUAL, TELLER, NOW).get()).getLeft())
          .isEqualTo(new RelationshipError.DuplicateRelationship(survivors.id()));
      assertThat(relationships.findById(HEAD_OFFICE, absorbed.id())).contains(absorbed);
    }

    @Test
    void a_new_customer_outside_the_scope_is_refused() {
      Relationship guarantee = saved(establish("R1", p1, GUARANTEE, k1, null));

      assertThat(relationships.save(BEIJING,
              guarantee.repoint(1, p1, ps, CustomerKind.INDIVIDUAL, TELLER, NOW).get()).getLeft())
          .isEqualTo(new RelationshipError.CustomerNotFound(ps));
    }

    @Test
    void a_relationship_ended_by_a_merge_is_restored_with_its_period() {
      Relationship guarantee = saved(establish("R1", p1, GUARANTEE, k1, null));
      Relationship ended = ended(guarantee, RelationshipFixture.TODAY);

      Relationship restored = saved(ended.restore(ended.version(), guarantee.validity(), TELLER, NOW).get());

      assertThat(restored.isActive()).isTrue();
      assertThat(restored.validity()).isEqualTo(guarantee.validity());
      assertThat(relationships.of(BEIJING, p1, true)).containsExactly(restored);
    }
  }

  @Nested
  class Rules_across_relationships {

    @Test
    void an_active_duplicate_is_refused() {
      Relationship first = saved(establish("R1", p1, GUARANTEE, k1, null));

      assertThat(relationships.save(HEAD_OFFICE, establish("R2", p1, GUARANTEE, k1, null)).getLeft())
          .isEqualTo(new RelationshipError.DuplicateRelationship(first.id()));
      assertThat(relationships.findById(HEAD_OFFICE, RelationshipId.of("R2"))).isEmpty();
    }

    @Test
    void spouses_recorded_the_other_way_round_are_a_duplicate() {
      Relationship first = saved(establish("R1", p1, SPOUSE, p2, null));

      assertThat(relationships.save(HEAD_OFFICE, establish("R2", p2, SPOUSE, p1, null)).getLeft())
          .isEqualTo(new RelationshipError.DuplicateRelationship(first.id()));
    }

    @Test
    void the_reverse_of_a_directed_relationship_is_not_a_duplicate() {
      saved(establish("R1", p1, GUARANTEE, p2, null));

      assertThat(relationships.save(HEAD_OFFICE, establish("R2", p2, GUARANTEE, p1, null)).isRight())
          .isTrue();
    }

    @Test
    void an_ended_relationship_does_not_block_a_new_one() {
      Relationship first = saved(establish("R1", p1, GUARANTEE, k1, null));
      ended(first, LocalDate.of(2024, 6, 30));

      assertThat(relationships.save(HEAD_OFFICE, establish("R2", p1, GUARANTEE, k1, null)).isRight())
          .isTrue();
    }

    @Test
    void shareholdings_of_one_company_add_up_to_100_at_most() {
      saved(establish("R1", p1, SHAREHOLDING, k1, "60"));
      saved(establish("R2", k2, SHAREHOLDING, k1, "40"));

      assertThat(relationships.save(HEAD_OFFICE, establish("R3", p2, SHAREHOLDING, k1, "0.0001")).getLeft())
          .isEqualTo(
              new RelationshipError.OwnershipExceeded(
                  k1, new BigDecimal("100.0000"), new BigDecimal("0.0001")));
    }

    @Test
    void raising_a_stake_past_100_is_refused_and_nothing_is_stored() {
      Relationship stake = saved(establish("R1", p1, SHAREHOLDING, k1, "60"));
      saved(establish("R2", p2, SHAREHOLDING, k1, "30"));

      RelationshipUpdate raise = stake.changeOwnership(1, new BigDecimal("70.5"), TELLER, NOW).get();

      assertThat(relationships.save(HEAD_OFFICE, raise).getLeft())
          .isInstanceOf(RelationshipError.OwnershipExceeded.class);
      assertThat(relationships.findById(HEAD_OFFICE, stake.id())).contains(stake);
    }

    @Test
    void stakes_held_one_after_the_other_do_not_add_up() {
      saved(establish("R1", p1, SHAREHOLDING, k1, "80", new Validity(START, LocalDate.of(2023, 12, 31))));

      RelationshipUpdate buyer =
          establish("R2", p2, SHAREHOLDING, k1, "80", Validity.from(LocalDate.of(2024, 1, 1)));

      assertThat(relationships.save(HEAD_OFFICE, buyer).isRight()).isTrue();
    }

    @Test
    void an_ended_stake_no_longer_counts() {
      Relationship seller = saved(establish("R1", p1, SHAREHOLDING, k1, "80"));
      ended(seller, LocalDate.of(2025, 12, 31));

      assertThat(relationships.save(HEAD_OFFICE, establish("R2", p2, SHAREHOLDING, k1, "80")).isRight())
          .isTrue();
    }

    @RepeatedTest(5)
    void of_two_concurrent_stakes_that_together_exceed_100_exactly_one_is_saved() throws Exception {
      List<RelationshipUpdate> updates =
          List.of(
              establish("R1", p1, SHAREHOLDING, k1, "60"),
              establish("R2", p2, SHAREHOLDING, k1, "60"));
      CountDownLatch start = new CountDownLatch(1);
      ExecutorService pool = Executors.newFixedThreadPool(2);
      try {
        List<Future<Either<RelationshipError, Relationship>>> results =
            updates.stream()
                .map(
                    update ->
                        pool.submit(
                            () -> {
                              start.await();
                              return relationships.save(HEAD_OFFICE, update);
                            }))
                .toList();
        start.countDown();
        long saved = 0;
        for (Future<Either<RelationshipError, Relationship>> result : results) {
          if (result.get(30, TimeUnit.SECONDS).isRight()) {
            saved++;
          }
        }
        assertThat(saved).isEqualTo(1);
        assertThat(relationships.of(HEAD_OFFICE, k1, true)).hasSize(1);
      } finally {
        pool.shutdownNow();
      }
    }
  }

  @Nested
  class Access_scope {

    @Test
    void a_relationship_with_one_customer_in_scope_is_visible_and_names_the_other_by_number() {
      Relationship guarantee = saved(establish("R1", ps, GUARANTEE, p1, null));

      assertThat(relationships.findById(BEIJING, guarantee.id())).contains(guarantee);
      assertThat(relationships.findById(SHANGHAI, guarantee.id())).contains(guarantee);
      assertThat(relationships.of(BEIJING, p1, true)).containsExactly(guarantee);
    }

    @Test
    void a_relationship_of_two_customers_outside_the_scope_does_not_exist_for_the_caller() {
      Relationship stake = saved(establish("R1", ps, SHAREHOLDING, ks, "51"));

      assertThat(relationships.findById(BEIJING, stake.id())).isEmpty();
      assertThat(relationships.of(BEIJING, ps, false)).isEmpty();
      assertThat(relationships.effectiveOn(BEIJING, RelationshipFixture.TODAY)).isEmpty();
      RelationshipUpdate change = stake.changeOwnership(1, BigDecimal.TEN, TELLER, NOW).get();
      assertThat(relationships.save(BEIJING, change).getLeft())
          .isEqualTo(new RelationshipError.RelationshipNotFound(stake.id()));
    }

    @Test
    void a_branch_cannot_link_a_customer_it_cannot_see() {
      RelationshipUpdate update = establish("R1", ps, GUARANTEE, p1, null);

      assertThat(relationships.save(BEIJING, update).getLeft())
          .isEqualTo(new RelationshipError.CustomerNotFound(ps));
      assertThat(relationships.findById(HEAD_OFFICE, update.relationship().id())).isEmpty();
    }

    @Test
    void the_relationships_of_a_customer_outside_the_scope_are_not_listed() {
      saved(establish("R1", ps, GUARANTEE, p1, null));

      assertThat(relationships.of(BEIJING, ps, false)).isEmpty();
    }
  }

  @Nested
  class Queries {

    @Test
    void the_relationships_of_a_customer_run_both_ways_in_number_order() {
      Relationship r3 = saved(establish("R3", p3, GUARANTEE, p1, null));
      Relationship r1 = saved(establish("R1", p1, SPOUSE, p2, null));
      Relationship r2 = saved(establish("R2", p1, SHAREHOLDING, k1, "10"));
      saved(establish("R4", p2, SHAREHOLDING, k2, "10"));

      assertThat(relationships.of(HEAD_OFFICE, p1, false)).containsExactly(r1, r2, r3);
    }

    @Test
    void active_only_leaves_out_ended_relationships() {
      Relationship spouses = saved(establish("R1", p1, SPOUSE, p2, null));
      Relationship endedStake = ended(saved(establish("R2", p1, SHAREHOLDING, k1, "10")), START);

      assertThat(relationships.of(HEAD_OFFICE, p1, true)).containsExactly(spouses);
      assertThat(relationships.of(HEAD_OFFICE, p1, false)).containsExactly(spouses, endedStake);
    }

    @Test
    void effective_on_a_day_means_active_and_within_the_period() {
      Relationship open = saved(establish("R1", p1, SPOUSE, p2, null));
      saved(establish("R2", p1, SHAREHOLDING, k1, "10", new Validity(START, LocalDate.of(2021, 1, 1))));
      saved(establish("R3", p2, SHAREHOLDING, k1, "10", Validity.from(LocalDate.of(2030, 1, 1))));
      ended(saved(establish("R4", p3, GUARANTEE, k2, null)), LocalDate.of(2030, 1, 1));

      assertThat(relationships.effectiveOn(HEAD_OFFICE, RelationshipFixture.TODAY))
          .containsExactly(open);
      assertThat(relationships.effectiveOn(AccessScope.unrestricted(), LocalDate.of(2020, 6, 1)))
          .extracting(Relationship::id)
          .containsExactly(RelationshipId.of("R1"), RelationshipId.of("R2"));
    }
  }
}
