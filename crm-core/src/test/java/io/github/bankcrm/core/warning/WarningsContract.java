package io.github.bankcrm.core.warning;

import static io.github.bankcrm.core.customer.CustomerFixture.NOW;
import static io.github.bankcrm.core.customer.CustomerFixture.TELLER;
import static io.github.bankcrm.core.customer.CustomerStoreFixture.BEIJING;
import static io.github.bankcrm.core.customer.CustomerStoreFixture.C1;
import static io.github.bankcrm.core.customer.CustomerStoreFixture.C2;
import static io.github.bankcrm.core.customer.CustomerStoreFixture.HEAD_OFFICE;
import static io.github.bankcrm.core.customer.CustomerStoreFixture.S1;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.bankcrm.core.ConcurrentAttempts;
import io.github.bankcrm.core.customer.CustomerId;
import io.github.bankcrm.core.customer.CustomerStoreFixture;
import io.github.bankcrm.core.customer.Customers;
import io.github.bankcrm.core.organization.RelationshipManagerId;
import io.github.bankcrm.core.shared.PageRequest;
import io.vavr.control.Either;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

/**
 * The contract of the {@link Warnings} port. Every adapter extends this class unchanged and supplies a
 * fresh, empty customer store from {@link #newCustomers()} and a warning store over the same storage
 * from {@link #newWarnings(Customers)}.
 */
public abstract class WarningsContract {

  /**
   * A fresh, empty customer store; the contract registers its customers.
   *
   * @return the store
   */
  protected abstract Customers newCustomers();

  /**
   * A fresh, empty warning store that sees the customers of {@code customers}.
   *
   * @param customers the store {@link #newCustomers()} just returned
   * @return the store
   */
  protected abstract Warnings newWarnings(Customers customers);

  private Warnings warnings;

  @BeforeEach
  void freshStores() {
    warnings = newWarnings(CustomerStoreFixture.withFourCustomers(newCustomers()));
  }

  private static WarningUpdate raise(String id, CustomerId customer) {
    return EarlyWarning.raise(WarningId.of(id),
        WarningFixture.assessment(customer, WarningFactor.BALANCE_OUTFLOW, 30, WarningLevel.MEDIUM), TELLER, NOW);
  }

  private EarlyWarning saved(WarningUpdate update) {
    return warnings.save(HEAD_OFFICE, update).getOrElseThrow(error -> new AssertionError(error.message()));
  }

  private EarlyWarning closed(EarlyWarning warning) {
    EarlyWarning acknowledged = saved(warning.acknowledge(warning.version(), null, TELLER, NOW).get());
    EarlyWarning handling = saved(acknowledged.assign(acknowledged.version(), RelationshipManagerId.of("RM001"),
        WarningFixture.AS_OF.plusDays(7), null, TELLER, NOW).get());
    return saved(handling.resolve(handling.version(), "kept", TELLER, NOW).get());
  }

  @Nested
  class Saving {

    @Test
    void a_warning_is_stored_with_its_whole_log() {
      EarlyWarning raised = saved(raise("W1", C1));
      EarlyWarning resolved = closed(raised);

      assertThat(warnings.findById(BEIJING, WarningId.of("W1"))).contains(resolved);
      assertThat(resolved.log().get(3).comment()).isEqualTo("kept");
    }

    @Test
    void a_second_open_warning_for_the_same_customer_is_refused() {
      saved(raise("W1", C1));

      assertThat(warnings.save(HEAD_OFFICE, raise("W2", C1)).getLeft())
          .isEqualTo(new WarningError.OpenWarningExists(C1, WarningId.of("W1")));
      assertThat(warnings.findById(HEAD_OFFICE, WarningId.of("W2"))).isEmpty();
    }

    @RepeatedTest(5)
    void of_two_concurrent_raises_for_one_customer_exactly_one_wins() throws Exception {
      List<Either<WarningError, EarlyWarning>> outcomes = ConcurrentAttempts.race(List.of(
          () -> warnings.save(HEAD_OFFICE, raise("W1", C1)), () -> warnings.save(HEAD_OFFICE, raise("W2", C1))));

      assertThat(outcomes).filteredOn(Either::isRight).hasSize(1);
      assertThat(outcomes).filteredOn(Either::isLeft).extracting(either -> either.getLeft().code())
          .containsExactly("open_warning_exists");
      assertThat(warnings.ofCustomer(HEAD_OFFICE, C1)).hasSize(1);
    }

    @Test
    void once_the_open_warning_is_closed_a_new_one_can_be_raised() {
      closed(saved(raise("W1", C1)));

      saved(raise("W2", C1));

      assertThat(warnings.findOpen(HEAD_OFFICE, C1).map(EarlyWarning::id)).contains(WarningId.of("W2"));
      assertThat(warnings.ofCustomer(HEAD_OFFICE, C1)).extracting(EarlyWarning::id)
          .containsExactlyInAnyOrder(WarningId.of("W1"), WarningId.of("W2"));
    }

    @Test
    void a_step_over_a_stale_version_is_refused_and_stores_nothing() {
      EarlyWarning raised = saved(raise("W1", C1));
      saved(raised.acknowledge(1, null, TELLER, NOW).get());

      var stale = warnings.save(HEAD_OFFICE, raised.reassess(1,
          WarningFixture.assessment(C1, WarningFactor.COMPLAINTS, 40, WarningLevel.HIGH), TELLER, NOW).get());

      assertThat(stale.getLeft()).isEqualTo(new WarningError.VersionConflict(WarningId.of("W1"), 1, 2));
      assertThat(warnings.findById(HEAD_OFFICE, WarningId.of("W1")).orElseThrow().level()).isEqualTo(WarningLevel.MEDIUM);
    }

    @Test
    void a_warning_about_a_customer_outside_the_scope_is_refused() {
      assertThat(warnings.save(BEIJING, raise("W1", S1)).getLeft()).isEqualTo(new WarningError.CustomerNotFound(S1));
    }
  }

  @Nested
  class Repointing_by_a_merge {

    @Test
    void a_repointed_open_warning_is_the_new_customers_open_warning() {
      EarlyWarning raised = saved(raise("W1", C1));

      EarlyWarning moved = saved(raised.repoint(1, C2, TELLER, NOW).get());

      assertThat(warnings.findById(BEIJING, WarningId.of("W1"))).contains(moved);
      assertThat(warnings.findOpen(BEIJING, C2)).contains(moved);
      assertThat(warnings.findOpen(BEIJING, C1)).isEmpty();
      assertThat(warnings.ofCustomer(BEIJING, C1)).isEmpty();
      saved(raise("W2", C1));
    }

    @Test
    void a_repoint_onto_a_customer_with_an_open_warning_is_refused() {
      EarlyWarning raised = saved(raise("W1", C1));
      saved(raise("W2", C2));

      assertThat(warnings.save(HEAD_OFFICE, raised.repoint(1, C2, TELLER, NOW).get()).getLeft())
          .isEqualTo(new WarningError.OpenWarningExists(C2, WarningId.of("W2")));
      assertThat(warnings.findOpen(HEAD_OFFICE, C1)).contains(raised);
    }
  }

  @Nested
  class Reading {

    @Test
    void warnings_outside_the_scope_do_not_exist() {
      saved(raise("W1", S1));

      assertThat(warnings.findById(BEIJING, WarningId.of("W1"))).isEmpty();
      assertThat(warnings.findOpen(BEIJING, S1)).isEmpty();
      assertThat(warnings.ofCustomer(BEIJING, S1)).isEmpty();
      assertThat(warnings.open(BEIJING, PageRequest.first(10)).total()).isZero();
    }

    @Test
    void the_open_list_holds_only_open_warnings_in_number_order() {
      saved(raise("W3", C2));
      closed(saved(raise("W2", C1)));
      saved(raise("W1", S1));
      saved(raise("W4", C1));

      assertThat(warnings.open(HEAD_OFFICE, PageRequest.first(10)).items()).extracting(warning -> warning.id().value())
          .containsExactly("W1", "W3", "W4");
      assertThat(warnings.open(BEIJING, PageRequest.first(1)).total()).isEqualTo(2);
    }
  }
}
