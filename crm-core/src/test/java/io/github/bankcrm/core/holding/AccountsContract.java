package io.github.bankcrm.core.holding;

import static io.github.bankcrm.core.customer.CustomerFixture.NOW;
import static io.github.bankcrm.core.customer.CustomerFixture.TELLER;
import static io.github.bankcrm.core.holding.HoldingFixture.BEIJING;
import static io.github.bankcrm.core.holding.HoldingFixture.C1;
import static io.github.bankcrm.core.holding.HoldingFixture.C2;
import static io.github.bankcrm.core.holding.HoldingFixture.C3;
import static io.github.bankcrm.core.holding.HoldingFixture.CARD_NUMBER;
import static io.github.bankcrm.core.holding.HoldingFixture.DEPOSIT_NUMBER;
import static io.github.bankcrm.core.holding.HoldingFixture.HEAD_OFFICE;
import static io.github.bankcrm.core.holding.HoldingFixture.OPENED;
import static io.github.bankcrm.core.holding.HoldingFixture.OTHER_CARD_NUMBER;
import static io.github.bankcrm.core.holding.HoldingFixture.S1;
import static io.github.bankcrm.core.holding.HoldingFixture.SHANGHAI;
import static io.github.bankcrm.core.holding.HoldingFixture.TODAY;
import static io.github.bankcrm.core.holding.HoldingFixture.cny;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.bankcrm.core.customer.CustomerId;
import io.github.bankcrm.core.customer.Customers;
import io.github.bankcrm.core.organization.AccessScope;
import io.github.bankcrm.core.organization.OrganizationFixture;
import io.github.bankcrm.core.shared.Money;
import io.vavr.control.Either;
import java.time.LocalDate;
import java.util.ArrayList;
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
 * The contract of the {@link Accounts} port. Every adapter extends this class unchanged and supplies a
 * fresh, empty customer store from {@link #newCustomers()} and an account store over the same storage
 * from {@link #newAccounts(Customers)}. The customers {@code C1}, {@code C2} (BJ01), {@code C3} (BJ02)
 * and {@code S1} (SH01) of {@link HoldingFixture} are registered before each test.
 */
public abstract class AccountsContract {

  /**
   * A fresh, empty customer store. Called once per test, before {@link #newAccounts(Customers)}.
   *
   * @return the store
   */
  protected abstract Customers newCustomers();

  /**
   * A fresh, empty account store that sees the customers of {@code customers}.
   *
   * @param customers the store {@link #newCustomers()} just returned, with the fixture customers
   * @return the store
   */
  protected abstract Accounts newAccounts(Customers customers);

  private Accounts accounts;

  @BeforeEach
  void freshStores() {
    accounts = newAccounts(HoldingFixture.withCustomers(newCustomers()));
  }

  private Account saved(AccessScope scope, AccountUpdate update) {
    Either<HoldingError, Account> result = accounts.save(scope, update);
    assertThat(result.isRight()).as("save refused: %s", result).isTrue();
    return result.get();
  }

  private Account opened(String id, String number, ProductType type, String balance, CustomerId owner) {
    OpenAccount form = HoldingFixture.form(number, type, balance, owner);
    return saved(HEAD_OFFICE, Account.open(AccountId.of(id), form, TODAY, TELLER, NOW).get());
  }

  private Account withHolder(Account account, CustomerId customer, OwnershipRole role) {
    return saved(
        HEAD_OFFICE,
        account.addHolder(account.version(), new AccountHolder(customer, role), TELLER, NOW).get());
  }

  private Account recorded(Account account, LocalDate day, String balance) {
    return saved(
        HEAD_OFFICE, account.recordBalance(account.version(), day, cny(balance), TODAY, TELLER, NOW).get());
  }

  @Nested
  class Opening {

    @Test
    void an_opened_account_is_found_by_number_and_by_account_number() {
      Account account = opened("A1", DEPOSIT_NUMBER, ProductType.DEPOSIT, "1000.00", C1);

      assertThat(accounts.findById(BEIJING, account.id())).contains(account);
      assertThat(accounts.findByNumber(BEIJING, AccountNumber.of(DEPOSIT_NUMBER))).contains(account);
      assertThat(accounts.findByNumber(BEIJING, AccountNumber.of(CARD_NUMBER))).isEmpty();
    }

    @Test
    void an_account_number_is_held_by_one_account() {
      opened("A1", DEPOSIT_NUMBER, ProductType.DEPOSIT, "1000.00", C1);
      AccountUpdate again =
          Account.open(AccountId.of("A2"), HoldingFixture.form(DEPOSIT_NUMBER, ProductType.WEALTH, "1", C2), TODAY, TELLER, NOW).get();

      HoldingError error = accounts.save(HEAD_OFFICE, again).getLeft();

      assertThat(error).isEqualTo(new HoldingError.DuplicateAccountNumber(AccountId.of("A2")));
      assertThat(error.message()).doesNotContain(DEPOSIT_NUMBER);
      assertThat(accounts.findById(HEAD_OFFICE, AccountId.of("A2"))).isEmpty();
    }

    @Test
    void opening_a_number_twice_is_a_version_conflict() {
      opened("A1", DEPOSIT_NUMBER, ProductType.DEPOSIT, "1000.00", C1);
      AccountUpdate again =
          Account.open(AccountId.of("A1"), HoldingFixture.form(CARD_NUMBER, ProductType.CARD, "0", C1), TODAY, TELLER, NOW).get();

      assertThat(accounts.save(HEAD_OFFICE, again).getLeft())
          .isEqualTo(new HoldingError.VersionConflict("account", "A1", 0, 1));
    }

    @Test
    void an_owner_who_is_not_a_customer_in_the_scope_is_refused() {
      AccountUpdate update =
          Account.open(AccountId.of("A1"), HoldingFixture.form(DEPOSIT_NUMBER, ProductType.DEPOSIT, "1", S1), TODAY, TELLER, NOW).get();
      AccountUpdate nobody =
          Account.open(AccountId.of("A2"), HoldingFixture.form(CARD_NUMBER, ProductType.CARD, "1", CustomerId.of("NOBODY")), TODAY, TELLER, NOW).get();

      assertThat(accounts.save(BEIJING, update).getLeft()).isEqualTo(new HoldingError.CustomerNotFound(S1));
      assertThat(accounts.save(HEAD_OFFICE, nobody).getLeft())
          .isEqualTo(new HoldingError.CustomerNotFound(CustomerId.of("NOBODY")));
      assertThat(accounts.heldBy(HEAD_OFFICE, S1)).isEmpty();
    }
  }

  @Nested
  class OptimisticLocking {

    @Test
    void a_stale_change_is_a_conflict_and_overwrites_nothing() {
      Account account = opened("A1", DEPOSIT_NUMBER, ProductType.DEPOSIT, "1000.00", C1);
      AccountUpdate first = account.recordBalance(1, TODAY, cny("5.00"), TODAY, TELLER, NOW).get();
      AccountUpdate stale = account.changeStatus(1, AccountStatus.DORMANT, TELLER, NOW).get();
      saved(BEIJING, first);

      assertThat(accounts.save(BEIJING, stale).getLeft())
          .isEqualTo(new HoldingError.VersionConflict("account", "A1", 1, 2));
      assertThat(accounts.findById(BEIJING, account.id())).contains(first.account());
    }

    @Test
    void a_change_of_an_account_that_does_not_exist_is_not_found() {
      Account phantom =
          Account.open(AccountId.of("A9"), HoldingFixture.form(DEPOSIT_NUMBER, ProductType.DEPOSIT, "1", C1), TODAY, TELLER, NOW)
              .get().account();

      assertThat(accounts.save(HEAD_OFFICE, phantom.changeStatus(1, AccountStatus.DORMANT, TELLER, NOW).get()).getLeft())
          .isEqualTo(new HoldingError.AccountNotFound(AccountId.of("A9")));
    }

    /** One attempt of a writer: the day it recorded and what the port answered. */
    private record Attempt(LocalDate day, Either<HoldingError, Account> result) {}

    @RepeatedTest(3)
    void concurrent_balance_snapshots_lose_nothing() throws Exception {
      Account account = opened("A1", DEPOSIT_NUMBER, ProductType.DEPOSIT, "1000.00", C1);
      int threads = 4;
      int attempts = 15;
      ExecutorService pool = Executors.newFixedThreadPool(threads);
      CountDownLatch start = new CountDownLatch(1);
      try {
        List<Future<List<Attempt>>> futures = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
          int thread = t;
          futures.add(
              pool.submit(
                  () -> {
                    start.await();
                    List<Attempt> results = new ArrayList<>();
                    for (int i = 0; i < attempts; i++) {
                      LocalDate day = OPENED.plusDays(1 + thread * attempts + i);
                      Account current = accounts.findById(HEAD_OFFICE, account.id()).orElseThrow();
                      AccountUpdate update =
                          current.recordBalance(current.version(), day, cny(String.valueOf(i)), TODAY, TELLER, NOW).get();
                      results.add(new Attempt(day, accounts.save(HEAD_OFFICE, update)));
                    }
                    return results;
                  }));
        }
        start.countDown();
        List<Attempt> outcomes = new ArrayList<>();
        for (Future<List<Attempt>> future : futures) {
          outcomes.addAll(future.get(60, TimeUnit.SECONDS));
        }

        List<LocalDate> recorded =
            outcomes.stream().filter(attempt -> attempt.result().isRight()).map(Attempt::day).toList();
        Account last = accounts.findById(HEAD_OFFICE, account.id()).orElseThrow();
        assertThat(recorded).isNotEmpty();
        assertThat(outcomes)
            .filteredOn(attempt -> attempt.result().isLeft())
            .extracting(attempt -> attempt.result().getLeft())
            .allSatisfy(error -> assertThat(error).isInstanceOf(HoldingError.VersionConflict.class));
        assertThat(last.version()).isEqualTo(1 + recorded.size());
        assertThat(last.history().stream().map(BalanceSnapshot::date).toList())
            .containsExactlyInAnyOrderElementsOf(
                java.util.stream.Stream.concat(java.util.stream.Stream.of(OPENED), recorded.stream()).toList());
      } finally {
        pool.shutdownNow();
      }
    }
  }

  @Nested
  class AccessScopeIsEnforced {

    @Test
    void an_account_of_another_branch_does_not_exist_for_the_caller() {
      Account account = opened("A1", DEPOSIT_NUMBER, ProductType.DEPOSIT, "1000.00", S1);

      assertThat(accounts.findById(BEIJING, account.id())).isEmpty();
      assertThat(accounts.findByNumber(BEIJING, account.number())).isEmpty();
      assertThat(accounts.heldBy(BEIJING, S1)).isEmpty();
      assertThat(accounts.balanceSummary(BEIJING, S1, TODAY).lines()).isEmpty();
      assertThat(accounts.save(BEIJING, account.changeStatus(1, AccountStatus.DORMANT, TELLER, NOW).get()).getLeft())
          .isEqualTo(new HoldingError.AccountNotFound(account.id()));
      assertThat(accounts.findById(SHANGHAI, account.id())).contains(account);
    }

    @Test
    void a_holder_in_the_scope_makes_the_account_visible() {
      Account account = withHolder(opened("A1", DEPOSIT_NUMBER, ProductType.DEPOSIT, "1000.00", S1), C1, OwnershipRole.JOINT_OWNER);

      assertThat(accounts.findById(BEIJING, account.id())).contains(account);
      assertThat(accounts.heldBy(BEIJING, C1)).containsExactly(account);
      assertThat(accounts.heldBy(OrganizationFixture.scopeOf("BJ02"), C1)).isEmpty();
    }

    @Test
    void a_new_holder_outside_the_scope_is_refused() {
      Account account = opened("A1", DEPOSIT_NUMBER, ProductType.DEPOSIT, "1000.00", C1);
      AccountUpdate update = account.addHolder(1, new AccountHolder(S1, OwnershipRole.BENEFICIARY), TELLER, NOW).get();

      assertThat(accounts.save(BEIJING, update).getLeft()).isEqualTo(new HoldingError.CustomerNotFound(S1));
    }
  }

  @Nested
  class HeldByACustomer {

    @Test
    void lists_every_account_in_every_role_open_or_closed_in_number_order() {
      Account card = withHolder(opened("A3", CARD_NUMBER, ProductType.CARD, "0", C2), C1, OwnershipRole.GUARANTOR);
      Account deposit = opened("A1", DEPOSIT_NUMBER, ProductType.DEPOSIT, "0", C1);
      Account closed = saved(HEAD_OFFICE, deposit.close(1, TODAY, TODAY, TELLER, NOW).get());
      opened("A2", OTHER_CARD_NUMBER, ProductType.CARD, "0", C3);

      assertThat(accounts.heldBy(BEIJING, C1)).containsExactly(closed, card);
      assertThat(accounts.heldBy(BEIJING, C1).stream().filter(Account::isOpen)).containsExactly(card);
    }
  }

  @Nested
  class BalanceSummaries {

    @Test
    void sum_owned_balances_by_product_type_and_currency_on_the_day_asked_for() {
      Account deposit = opened("A1", DEPOSIT_NUMBER, ProductType.DEPOSIT, "1000.00", C1);
      opened("A2", "6222020000000001", ProductType.DEPOSIT, "500.00", C1);
      opened("A3", CARD_NUMBER, ProductType.CARD, "120.50", C1);
      recorded(deposit, LocalDate.of(2026, 6, 1), "3000.00");

      BalanceSummary before = accounts.balanceSummary(BEIJING, C1, LocalDate.of(2026, 5, 31));
      BalanceSummary after = accounts.balanceSummary(BEIJING, C1, TODAY);

      assertThat(before.total(ProductType.DEPOSIT, cny("0").currency())).isEqualTo(cny("1500.00"));
      assertThat(after.total(ProductType.DEPOSIT, cny("0").currency())).isEqualTo(cny("3500.00"));
      assertThat(after.total(ProductType.CARD, cny("0").currency())).isEqualTo(cny("120.50"));
      assertThat(after.productTypesHeld()).containsExactlyInAnyOrder(ProductType.DEPOSIT, ProductType.CARD);
      assertThat(accounts.balanceSummary(BEIJING, C1, OPENED.minusDays(1)).lines()).isEmpty();
    }

    @Test
    void a_joint_account_counts_in_full_for_each_owner_and_not_for_a_guarantor() {
      Account joint = withHolder(opened("A1", DEPOSIT_NUMBER, ProductType.DEPOSIT, "800.00", C1), C2, OwnershipRole.JOINT_OWNER);
      withHolder(joint, C3, OwnershipRole.GUARANTOR);
      Money full = cny("800.00");

      assertThat(accounts.balanceSummary(BEIJING, C1, TODAY).total(ProductType.DEPOSIT, full.currency())).isEqualTo(full);
      assertThat(accounts.balanceSummary(BEIJING, C2, TODAY).total(ProductType.DEPOSIT, full.currency())).isEqualTo(full);
      assertThat(accounts.balanceSummary(BEIJING, C3, TODAY).lines()).isEmpty();
      List<Account> household = new ArrayList<>(accounts.heldBy(BEIJING, C1));
      household.addAll(accounts.heldBy(BEIJING, C2));
      assertThat(BalanceSummary.linesOf(TODAY, household)).containsExactly(new BalanceLine(ProductType.DEPOSIT, full));
    }

    @Test
    void a_closed_account_counts_until_the_day_before_closing() {
      Account account = opened("A1", DEPOSIT_NUMBER, ProductType.DEPOSIT, "0.00", C1);
      saved(HEAD_OFFICE, account.close(1, TODAY, TODAY, TELLER, NOW).get());

      assertThat(accounts.balanceSummary(BEIJING, C1, TODAY).lines()).isEmpty();
      assertThat(accounts.balanceSummary(BEIJING, C1, TODAY.minusDays(1)).productTypesHeld()).containsExactly(ProductType.DEPOSIT);
    }
  }
}
