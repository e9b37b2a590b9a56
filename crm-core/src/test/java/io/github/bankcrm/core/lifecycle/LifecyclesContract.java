package io.github.bankcrm.core.lifecycle;

import static io.github.bankcrm.core.customer.CustomerFixture.NOW;
import static io.github.bankcrm.core.customer.CustomerFixture.TELLER;
import static io.github.bankcrm.core.customer.CustomerStoreFixture.BEIJING;
import static io.github.bankcrm.core.customer.CustomerStoreFixture.C1;
import static io.github.bankcrm.core.customer.CustomerStoreFixture.C2;
import static io.github.bankcrm.core.customer.CustomerStoreFixture.C3;
import static io.github.bankcrm.core.customer.CustomerStoreFixture.HEAD_OFFICE;
import static io.github.bankcrm.core.customer.CustomerStoreFixture.S1;
import static io.github.bankcrm.core.customer.CustomerStoreFixture.SHANGHAI;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.bankcrm.core.ConcurrentAttempts;
import io.github.bankcrm.core.customer.CustomerId;
import io.github.bankcrm.core.customer.CustomerStoreFixture;
import io.github.bankcrm.core.customer.Customers;
import io.github.bankcrm.core.shared.PageRequest;
import io.vavr.control.Either;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

/**
 * The contract of the {@link Lifecycles} port. Every adapter extends this class unchanged and supplies a
 * fresh, empty customer store from {@link #newCustomers()} and a lifecycle store over the same storage
 * from {@link #newLifecycles(Customers)}.
 */
public abstract class LifecyclesContract {

  /**
   * A fresh, empty customer store; the contract registers its customers.
   *
   * @return the store
   */
  protected abstract Customers newCustomers();

  /**
   * A fresh, empty lifecycle store that sees the customers of {@code customers}.
   *
   * @param customers the store {@link #newCustomers()} just returned
   * @return the store
   */
  protected abstract Lifecycles newLifecycles(Customers customers);

  private Lifecycles lifecycles;

  @BeforeEach
  void freshStores() {
    lifecycles = newLifecycles(CustomerStoreFixture.withFourCustomers(newCustomers()));
  }

  private CustomerLifecycle started(CustomerId customer) {
    return lifecycles.save(HEAD_OFFICE, LifecycleFixture.prospect(customer)).get();
  }

  private CustomerLifecycle opened(CustomerLifecycle lifecycle) {
    return lifecycles
        .save(
            HEAD_OFFICE,
            lifecycle
                .command(lifecycle.version(), LifecycleCommand.OPEN_FIRST_PRODUCT,
                    LifecycleFixture.holdingAccount(lifecycle.customerId()), "branch opening", TELLER, NOW)
                .get())
        .get();
  }

  @Nested
  class Saving {

    @Test
    void a_start_is_stored_with_its_log() {
      started(C1);

      CustomerLifecycle found = lifecycles.find(BEIJING, C1).orElseThrow();
      assertThat(found.stage()).isEqualTo(LifecycleStage.PROSPECT);
      assertThat(found.version()).isEqualTo(1);
      assertThat(found.transitions()).hasSize(1);
    }

    @Test
    void a_move_is_stored_with_the_whole_log_and_the_comment() {
      CustomerLifecycle moved = opened(started(C1));

      CustomerLifecycle found = lifecycles.find(HEAD_OFFICE, C1).orElseThrow();
      assertThat(found).isEqualTo(moved);
      assertThat(found.transitions().get(1).comment()).isEqualTo("branch opening");
      assertThat(CustomerLifecycle.replay(found.transitions())).isEqualTo(LifecycleStage.ONBOARDING);
    }

    @Test
    void a_second_start_for_the_same_customer_is_a_version_conflict() {
      started(C1);

      var second = lifecycles.save(HEAD_OFFICE, LifecycleFixture.prospect(C1));

      assertThat(second.getLeft()).isEqualTo(new LifecycleError.VersionConflict(C1, 0, 1));
    }

    @Test
    void a_move_computed_from_a_stale_version_is_refused_and_stores_nothing() {
      CustomerLifecycle first = started(C1);
      opened(first);
      LifecycleUpdate stale =
          first.command(1, LifecycleCommand.REJECT_PROSPECT, HoldingsPosition.nothing(C1), null, TELLER, NOW)
              .get();

      var result = lifecycles.save(HEAD_OFFICE, stale);

      assertThat(result.getLeft()).isEqualTo(new LifecycleError.VersionConflict(C1, 1, 2));
      assertThat(lifecycles.find(HEAD_OFFICE, C1).orElseThrow().stage()).isEqualTo(LifecycleStage.ONBOARDING);
    }

    @RepeatedTest(5)
    void of_two_concurrent_moves_from_the_same_version_exactly_one_wins() throws Exception {
      CustomerLifecycle prospect = started(C1);
      LifecycleUpdate open =
          prospect.command(1, LifecycleCommand.OPEN_FIRST_PRODUCT, LifecycleFixture.holdingAccount(C1), null, TELLER, NOW).get();
      LifecycleUpdate reject =
          prospect.command(1, LifecycleCommand.REJECT_PROSPECT, HoldingsPosition.nothing(C1), null, TELLER, NOW).get();

      List<Either<LifecycleError, CustomerLifecycle>> outcomes = ConcurrentAttempts.race(List.of(
          () -> lifecycles.save(HEAD_OFFICE, open), () -> lifecycles.save(HEAD_OFFICE, reject)));

      assertThat(outcomes).filteredOn(Either::isRight).hasSize(1);
      assertThat(outcomes).filteredOn(Either::isLeft).extracting(Either::getLeft)
          .containsExactly(new LifecycleError.VersionConflict(C1, 1, 2));
      CustomerLifecycle winner = outcomes.stream().filter(Either::isRight).findFirst().orElseThrow().get();
      assertThat(lifecycles.find(HEAD_OFFICE, C1)).contains(winner);
    }

    @Test
    void a_customer_outside_the_scope_cannot_be_saved() {
      var result = lifecycles.save(BEIJING, LifecycleFixture.prospect(S1));

      assertThat(result.getLeft()).isEqualTo(new LifecycleError.LifecycleNotFound(S1));
      assertThat(lifecycles.find(HEAD_OFFICE, S1)).isEmpty();
    }

    @Test
    void an_unknown_customer_cannot_be_saved() {
      CustomerId nobody = CustomerId.of("NOBODY");

      assertThat(lifecycles.save(HEAD_OFFICE, LifecycleFixture.prospect(nobody)).getLeft())
          .isEqualTo(new LifecycleError.LifecycleNotFound(nobody));
    }
  }

  @Nested
  class Reading {

    @Test
    void a_lifecycle_outside_the_scope_does_not_exist() {
      started(S1);

      assertThat(lifecycles.find(BEIJING, S1)).isEmpty();
      assertThat(lifecycles.find(SHANGHAI, S1)).isPresent();
    }

    @Test
    void a_customer_without_a_lifecycle_has_none() {
      assertThat(lifecycles.find(HEAD_OFFICE, C2)).isEmpty();
    }

    @Test
    void listing_filters_by_stage_and_scope_in_customer_order() {
      opened(started(C3));
      started(C2);
      started(C1);
      started(S1);

      assertThat(lifecycles.list(BEIJING, LifecycleStage.PROSPECT, PageRequest.first(10)).items())
          .extracting(CustomerLifecycle::customerId)
          .containsExactly(C1, C2);
      assertThat(lifecycles.list(HEAD_OFFICE, null, PageRequest.first(10)).total()).isEqualTo(4);
      assertThat(lifecycles.list(HEAD_OFFICE, null, new PageRequest(1, 2)).items())
          .extracting(CustomerLifecycle::customerId)
          .containsExactly(C2, C3);
    }
  }
}
