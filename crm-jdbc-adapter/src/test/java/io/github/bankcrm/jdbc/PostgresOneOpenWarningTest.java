package io.github.bankcrm.jdbc;

import static io.github.bankcrm.core.customer.CustomerFixture.NOW;
import static io.github.bankcrm.core.customer.CustomerFixture.TELLER;
import static io.github.bankcrm.core.customer.CustomerStoreFixture.C1;
import static io.github.bankcrm.core.customer.CustomerStoreFixture.HEAD_OFFICE;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.bankcrm.core.ConcurrentAttempts;
import io.github.bankcrm.core.customer.CustomerStoreFixture;
import io.github.bankcrm.core.warning.EarlyWarning;
import io.github.bankcrm.core.warning.WarningError;
import io.github.bankcrm.core.warning.WarningFactor;
import io.github.bankcrm.core.warning.WarningFixture;
import io.github.bankcrm.core.warning.WarningId;
import io.github.bankcrm.core.warning.WarningLevel;
import io.vavr.control.Either;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;

/**
 * The one-open-warning rule under real contention on PostgreSQL: in each round, 8 threads released
 * together raise a warning for the same customer. Exactly one raise lands; every other one is told
 * which warning is open. The winner is then resolved, so the next round races again.
 */
class PostgresOneOpenWarningTest {

  private static final int THREADS = 8;
  private static final int ROUNDS = 20;

  @Test
  void eight_threads_raising_a_warning_for_one_customer_leave_exactly_one_open() throws Exception {
    JdbcCrm crm = TestDatabases.fresh(TestDatabases.postgres());
    CustomerStoreFixture.withFourCustomers(crm.customers());
    JdbcWarnings warnings = crm.warnings();

    for (int round = 0; round < ROUNDS; round++) {
      List<Callable<Either<WarningError, EarlyWarning>>> raises = new ArrayList<>();
      for (int thread = 0; thread < THREADS; thread++) {
        WarningId id = WarningId.of("R" + round + "-T" + thread);
        raises.add(() -> warnings.save(HEAD_OFFICE, EarlyWarning.raise(id,
            WarningFixture.assessment(C1, WarningFactor.BALANCE_OUTFLOW, 30, WarningLevel.MEDIUM), TELLER, NOW)));
      }

      List<Either<WarningError, EarlyWarning>> outcomes = ConcurrentAttempts.race(raises);

      List<EarlyWarning> winners = outcomes.stream().filter(Either::isRight).map(Either::get).toList();
      assertThat(winners).as("round %d", round).hasSize(1);
      EarlyWarning winner = winners.get(0);
      assertThat(outcomes).filteredOn(Either::isLeft).extracting(Either::getLeft)
          .as("round %d", round)
          .containsOnly(new WarningError.OpenWarningExists(C1, winner.id()))
          .hasSize(THREADS - 1);
      assertThat(TestDatabases.count(TestDatabases.postgres(),
          "crm_warning", "open_customer = 'C1'")).isEqualTo(1);
      assertThat(warnings.findOpen(HEAD_OFFICE, C1)).contains(winner);
      FollowUpGuaranteesContract.resolved(warnings, winner, null);
    }

    assertThat(TestDatabases.count(TestDatabases.postgres(), "crm_warning", "customer_id = 'C1'"))
        .isEqualTo(ROUNDS);
    assertThat(TestDatabases.count(TestDatabases.postgres(), "crm_warning", "open_customer is not null"))
        .isZero();
    assertThat(TestDatabases.count(TestDatabases.postgres(), "crm_outbox", "event_type = 'WarningRaised'"))
        .isEqualTo(ROUNDS);
  }
}
