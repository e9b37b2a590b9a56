package io.github.bankcrm.jdbc;

import static io.github.bankcrm.core.customer.CustomerFixture.NOW;
import static io.github.bankcrm.core.customer.CustomerFixture.TELLER;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.bankcrm.core.customer.Customer;
import io.github.bankcrm.core.customer.CustomerError;
import io.github.bankcrm.core.customer.CustomerFixture;
import io.github.bankcrm.core.customer.CustomerId;
import io.github.bankcrm.core.customer.IndividualCustomer;
import io.github.bankcrm.core.customer.KycRiskRating;
import io.github.bankcrm.core.organization.AccessScope;
import io.github.bankcrm.core.organization.OrganizationFixture;
import io.github.bankcrm.core.shared.Actor;
import io.vavr.control.Either;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Optimistic locking under real contention on PostgreSQL: 8 threads, each making thousands of
 * read-change-save attempts on the same 4 customers. Every attempt either lands or is a typed
 * version conflict; no update is lost, and each customer's version, history and outbox agree.
 */
class PostgresOptimisticLockingTest {

  private static final int THREADS = 8;
  private static final int ATTEMPTS_PER_THREAD = 500;
  private static final int CUSTOMERS = 4;
  private static final AccessScope BEIJING = OrganizationFixture.scopeOf("BJ");
  private static final String[] RESIDENT_IDS = {
    "110101199003070011", "110101199003070038", "110101199003070054", "110101199003070070"
  };

  /** What one thread saw. */
  private record Tally(int[] saved, int conflicts) {}

  @Test
  void eight_threads_updating_the_same_customers_lose_no_update() throws Exception {
    JdbcCrm crm = TestDatabases.fresh(TestDatabases.postgres());
    JdbcCustomers customers = crm.customers();
    List<CustomerId> ids = new ArrayList<>();
    for (int i = 0; i < CUSTOMERS; i++) {
      CustomerId id = CustomerId.of("P" + i);
      ids.add(id);
      customers
          .save(
              BEIJING,
              IndividualCustomer.register(
                      id,
                      CustomerFixture.individualForm(RESIDENT_IDS[i], "并发客户", "1380000000" + i),
                      OrganizationFixture.BJ01,
                      null,
                      KycRiskRating.LOW,
                      TELLER,
                      NOW)
                  .get())
          .get();
    }
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<Tally>> outcomes = new ArrayList<>();
    for (int t = 0; t < THREADS; t++) {
      Actor actor = Actor.of("worker-" + t);
      int thread = t;
      Callable<Tally> worker =
          () -> {
            start.await();
            int[] saved = new int[CUSTOMERS];
            int conflicts = 0;
            for (int i = 0; i < ATTEMPTS_PER_THREAD; i++) {
              int target = (thread + i) % CUSTOMERS;
              Customer current = customers.findById(BEIJING, ids.get(target)).orElseThrow();
              KycRiskRating next =
                  KycRiskRating.values()[
                      (current.kycRiskRating().ordinal() + 1) % KycRiskRating.values().length];
              Either<CustomerError, Customer> result =
                  current
                      .rateKycRisk(current.version(), next, actor, NOW)
                      .flatMap(update -> customers.save(BEIJING, update));
              if (result.isRight()) {
                saved[target]++;
              } else if (result.getLeft() instanceof CustomerError.VersionConflict) {
                conflicts++;
              } else {
                throw new AssertionError("refused with " + result.getLeft().code());
              }
            }
            return new Tally(saved, conflicts);
          };
      outcomes.add(pool.submit(worker));
    }
    start.countDown();
    int[] saved = new int[CUSTOMERS];
    int conflicts = 0;
    for (Future<Tally> outcome : outcomes) {
      Tally tally = outcome.get(5, TimeUnit.MINUTES);
      for (int i = 0; i < CUSTOMERS; i++) {
        saved[i] += tally.saved()[i];
      }
      conflicts += tally.conflicts();
    }
    pool.shutdown();

    int totalSaved = 0;
    for (int i = 0; i < CUSTOMERS; i++) {
      long version = customers.findById(BEIJING, ids.get(i)).orElseThrow().version();
      assertThat(version).as("version of %s", ids.get(i)).isEqualTo(1L + saved[i]);
      assertThat(customers.changes(BEIJING, ids.get(i))).hasSize((int) version);
      assertThat(
              TestDatabases.count(
                  TestDatabases.postgres(), "crm_outbox", "aggregate_id = '" + ids.get(i) + "'"))
          .isEqualTo(version);
      totalSaved += saved[i];
    }
    assertThat(totalSaved + conflicts).isEqualTo(THREADS * ATTEMPTS_PER_THREAD);
    assertThat(totalSaved).isPositive();
    assertThat(conflicts).as("contention really happened").isPositive();
    // the figures for docs/PERSISTENCE.md; the assertions above are the test
    System.out.println(
        "optimistic locking on PostgreSQL: "
            + THREADS + " threads x " + ATTEMPTS_PER_THREAD + " attempts on " + CUSTOMERS
            + " customers: " + totalSaved + " saved, " + conflicts + " version conflicts, 0 lost");
  }
}
