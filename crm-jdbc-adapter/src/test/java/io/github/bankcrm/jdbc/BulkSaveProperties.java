package io.github.bankcrm.jdbc;

import static io.github.bankcrm.core.organization.OrganizationFixture.BJ01;
import static io.github.bankcrm.core.organization.OrganizationFixture.BJ02;
import static io.github.bankcrm.core.organization.OrganizationFixture.SH01;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.bankcrm.core.customer.Customer;
import io.github.bankcrm.core.customer.CustomerError;
import io.github.bankcrm.core.customer.CustomerId;
import io.github.bankcrm.core.customer.CustomerUpdate;
import io.github.bankcrm.core.customer.KycRiskRating;
import io.github.bankcrm.core.organization.OrganizationUnitId;
import io.vavr.control.Either;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.statistics.Statistics;

/**
 * A bulk save is the same as saving its updates one by one: for any sequence of registrations (new
 * numbers, repeated numbers, documents already held, units outside the scope) and KYC changes (from a
 * stale or current version, of stored or unknown customers), in chunks of any size, {@code saveAll}
 * refuses the same updates, at the same indexes, for the same reasons as consecutive {@code save}
 * calls, and leaves the same customers stored. (The one documented difference, a document that an
 * earlier update of the chunk drops staying taken for the rest of the chunk, needs a change of
 * documents, which these sequences do not make.) Run on H2 and on PostgreSQL, whose key lists and
 * COPY paths differ.
 */
abstract class BulkSaveProperties {

  private static final int PEOPLE = 24;

  /** The migrated database under test. */
  abstract DataSource database();

  /** One update of a generated sequence, described so that a failing case reads plainly. */
  record Step(String kind, int person, int other, OrganizationUnitId unit, KycRiskRating rating) {

    CustomerUpdate update() {
      return switch (kind) {
        case "register" -> JdbcBulkContract.person(person, unit);
        case "impostor" -> JdbcBulkContract.impostor(String.format("I%05d", person), other);
        // a change made from the registration's version 1: current once, stale after another change
        case "rate" -> JdbcBulkContract.rated(JdbcBulkContract.person(person, unit), rating);
        default -> throw new IllegalStateException(kind);
      };
    }

    @Override
    public String toString() {
      return kind + "(" + person + (kind.equals("impostor") ? " holding " + other + "'s document" : "")
          + (kind.equals("impostor") ? "" : ", " + unit.value()) + (kind.equals("rate") ? ", " + rating : "")
          + ")";
    }
  }

  @Provide
  Arbitrary<List<Step>> sequences() {
    Arbitrary<Integer> person = Arbitraries.integers().between(0, PEOPLE - 1);
    // impostors copy the documents of the first few people, so that they often meet a stored holder
    Arbitrary<Integer> copied = Arbitraries.integers().between(0, 4);
    Arbitrary<OrganizationUnitId> unit = Arbitraries.of(BJ01, BJ01, BJ02, SH01);
    // a change to the rating registrations have (LOW) is refused by the aggregate, not by the store
    Arbitrary<KycRiskRating> rating = Arbitraries.of(KycRiskRating.class).filter(r -> r != KycRiskRating.LOW);
    Arbitrary<String> kind = Arbitraries.of("register", "register", "impostor", "rate", "rate");
    return Combinators.combine(kind, person, copied, unit, rating).as(Step::new).list().ofMaxSize(60);
  }

  @Property(tries = 80)
  void saves_and_refuses_exactly_what_consecutive_saves_do(
      @ForAll("sequences") List<Step> steps, @ForAll @IntRange(min = 1, max = 60) int chunkSize) {
    List<CustomerUpdate> updates = steps.stream().map(Step::update).toList();

    JdbcCrm oneByOne = TestDatabases.fresh(database());
    List<Optional<String>> expected = new ArrayList<>();
    for (CustomerUpdate update : updates) {
      Either<CustomerError, Customer> saved = oneByOne.customers().save(JdbcBulkContract.BEIJING, update);
      expected.add(saved.isLeft() ? Optional.of(saved.getLeft().code()) : Optional.empty());
    }
    List<Optional<Customer>> expectedStored = stored(oneByOne, updates);
    // every kind of refusal must come up in the generated sequences, or the property proves little
    expected.stream().flatMap(Optional::stream).distinct().forEach(code -> Statistics.label("refusals").collect(code));
    Statistics.label("refusals")
        .coverage(
            checker -> {
              for (String code : List.of("duplicate_identity", "version_conflict", "outside_access_scope", "customer_not_found")) {
                checker.check(code).count(tries -> tries >= 3);
              }
            });

    JdbcCrm bulk = TestDatabases.fresh(database());
    BulkResult<CustomerId, CustomerError> result =
        bulk.customers().saveAll(JdbcBulkContract.BEIJING, updates, chunkSize, BulkProgress.none());
    List<Optional<String>> actual = new ArrayList<>(updates.stream().map(u -> Optional.<String>empty()).toList());
    result.refused().forEach(r -> actual.set((int) r.index(), Optional.of(r.error().code())));

    assertThat(actual).as("refusal per index").isEqualTo(expected);
    assertThat(result.saved()).isEqualTo(expected.stream().filter(Optional::isEmpty).count());
    assertThat(stored(bulk, updates)).as("customers stored").isEqualTo(expectedStored);
  }

  /** Every customer a sequence names, as the head office reads it afterwards. */
  private static List<Optional<Customer>> stored(JdbcCrm crm, List<CustomerUpdate> updates) {
    return updates.stream()
        .map(update -> update.customer().id())
        .distinct()
        .sorted(java.util.Comparator.comparing(CustomerId::value))
        .map(id -> crm.customers().findById(JdbcBulkContract.HEAD_OFFICE, id))
        .toList();
  }
}
