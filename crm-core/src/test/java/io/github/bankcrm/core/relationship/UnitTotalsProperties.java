package io.github.bankcrm.core.relationship;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.bankcrm.core.customer.CustomerId;
import io.github.bankcrm.core.holding.Account;
import io.github.bankcrm.core.holding.BalanceLine;
import io.github.bankcrm.core.holding.BalanceSummary;
import io.github.bankcrm.core.holding.CreditExposure;
import io.github.bankcrm.core.holding.ExposureKind;
import io.github.bankcrm.core.holding.HoldingArbitraries;
import io.github.bankcrm.core.holding.HoldingFixture;
import io.github.bankcrm.core.holding.LoanContract;
import io.github.bankcrm.core.holding.LoanContractUpdate;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** What a unit's totals must be, checked against plain sums over random holdings and units. */
class UnitTotalsProperties {

  @Property(tries = 300)
  void a_unit_owes_as_borrower_exactly_what_its_members_owe_each(
      @ForAll("units") Set<CustomerId> unit,
      @ForAll("contractBooks") List<LoanContract> contracts,
      @ForAll("days") LocalDate asOf) {
    UnitTotals totals = UnitTotals.of(unit, asOf, List.of(), contracts);

    for (Currency currency : currencies(contracts)) {
      BigDecimal members = BigDecimal.ZERO;
      BigDecimal guaranteedByMembers = BigDecimal.ZERO;
      for (CustomerId member : unit) {
        CreditExposure own = CreditExposure.of(member, asOf, contracts);
        members = members.add(own.total(currency, ExposureKind.BORROWED).amount());
        guaranteedByMembers = guaranteedByMembers.add(own.total(currency, ExposureKind.GUARANTEED).amount());
      }
      assertThat(totals.exposure(currency, ExposureKind.BORROWED).amount()).isEqualByComparingTo(members);
      // guarantees inside the unit drop out; guarantees of outsiders' loans never grow
      assertThat(totals.exposure(currency, ExposureKind.GUARANTEED).amount())
          .isLessThanOrEqualTo(guaranteedByMembers);
    }
  }

  @Property(tries = 300)
  void a_unit_holds_the_plain_sum_of_the_accounts_its_members_own_each_counted_once(
      @ForAll("units") Set<CustomerId> unit,
      @ForAll("portfolios") List<Account> accounts,
      @ForAll("days") LocalDate asOf) {
    Map<String, BigDecimal> expected = new HashMap<>();
    for (Account account : accounts) {
      boolean owned =
          account.holders().stream()
              .anyMatch(holder -> unit.contains(holder.customerId()) && holder.role().ownsBalance());
      if (owned) {
        account
            .balanceOn(asOf)
            .ifPresent(
                balance ->
                    expected.merge(
                        account.productType() + "/" + balance.currencyCode(), balance.amount(), BigDecimal::add));
      }
    }

    Map<String, BigDecimal> actual = new HashMap<>();
    for (BalanceLine line : UnitTotals.of(unit, asOf, accounts, List.of()).balances()) {
      actual.put(line.productType() + "/" + line.balance().currencyCode(), line.balance().amount());
    }
    assertThat(actual.keySet()).isEqualTo(expected.keySet());
    expected.forEach((key, sum) -> assertThat(actual.get(key)).isEqualByComparingTo(sum));
  }

  @Property(tries = 200)
  void a_unit_of_one_is_the_customer_own_summary_and_exposure(
      @ForAll("members") CustomerId customer,
      @ForAll("portfolios") List<Account> accounts,
      @ForAll("contractBooks") List<LoanContract> contracts,
      @ForAll("days") LocalDate asOf) {
    UnitTotals alone = UnitTotals.of(Set.of(customer), asOf, accounts, contracts);

    assertThat(alone.balances()).isEqualTo(BalanceSummary.of(customer, asOf, accounts).lines());
    assertThat(alone.exposure()).isEqualTo(CreditExposure.of(customer, asOf, contracts).items());
  }

  @Property(tries = 200)
  void neither_order_nor_listing_twice_changes_a_unit(
      @ForAll("units") Set<CustomerId> unit,
      @ForAll("portfolios") List<Account> accounts,
      @ForAll("contractBooks") List<LoanContract> contracts,
      @ForAll("days") LocalDate asOf,
      @ForAll long seed) {
    List<Account> accountsTwice = new ArrayList<>(accounts);
    accountsTwice.addAll(accounts);
    Collections.shuffle(accountsTwice, new Random(seed));
    List<LoanContract> contractsTwice = new ArrayList<>(contracts);
    contractsTwice.addAll(contracts);
    Collections.shuffle(contractsTwice, new Random(seed));

    assertThat(UnitTotals.of(unit, asOf, accountsTwice, contractsTwice))
        .isEqualTo(UnitTotals.of(unit, asOf, accounts, contracts));
  }

  private static Set<Currency> currencies(List<LoanContract> contracts) {
    Set<Currency> currencies = new java.util.HashSet<>();
    contracts.forEach(contract -> currencies.add(contract.amount().currency()));
    return currencies;
  }

  // --- generators -------------------------------------------------------------------------------

  @Provide
  Arbitrary<Set<CustomerId>> units() {
    return Arbitraries.of(HoldingArbitraries.CUSTOMERS).set().ofMinSize(1);
  }

  @Provide
  Arbitrary<CustomerId> members() {
    return Arbitraries.of(HoldingArbitraries.CUSTOMERS);
  }

  @Provide
  Arbitrary<List<Account>> portfolios() {
    return HoldingArbitraries.accountPortfolios();
  }

  @Provide
  Arbitrary<List<LoanContract>> contractBooks() {
    return Arbitraries.integers()
        .between(0, 4)
        .flatMap(
            count -> {
              List<Arbitrary<LoanContract>> contracts = new ArrayList<>();
              for (int i = 0; i < count; i++) {
                contracts.add(HoldingArbitraries.contractHistories("L" + i).map(UnitTotalsProperties::last));
              }
              return Combinators.combine(contracts).as(List::copyOf);
            });
  }

  private static LoanContract last(List<LoanContractUpdate> history) {
    return history.get(history.size() - 1).contract();
  }

  @Provide
  Arbitrary<LocalDate> days() {
    return Arbitraries.integers()
        .between(0, (int) ChronoUnit.DAYS.between(HoldingArbitraries.EARLIEST, HoldingFixture.TODAY) + 10)
        .map(HoldingArbitraries.EARLIEST::plusDays);
  }
}
