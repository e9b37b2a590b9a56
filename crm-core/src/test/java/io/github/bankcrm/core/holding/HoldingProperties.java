package io.github.bankcrm.core.holding;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.bankcrm.core.customer.CustomerId;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Invariants of balance summaries, credit exposure and assignment histories over generated holdings. */
class HoldingProperties {

  private static final CustomerId CUSTOMER = HoldingArbitraries.CUSTOMERS.get(0);

  // --- balance summaries ------------------------------------------------------------------------

  @Property(tries = 300)
  void a_balance_summary_is_the_plain_sum_of_the_owned_balances(
      @ForAll("portfolios") List<Account> accounts, @ForAll("days") LocalDate asOf) {
    Map<String, BigDecimal> expected = new HashMap<>();
    for (Account account : accounts) {
      boolean owns =
          account.holders().stream()
              .anyMatch(
                  holder ->
                      holder.customerId().equals(CUSTOMER)
                          && (holder.role() == OwnershipRole.OWNER || holder.role() == OwnershipRole.JOINT_OWNER));
      boolean held =
          !asOf.isBefore(account.openedOn()) && (account.closedOn() == null || asOf.isBefore(account.closedOn()));
      if (owns && held) {
        BigDecimal balance = BigDecimal.ZERO;
        for (BalanceSnapshot snapshot : account.history()) {
          if (!snapshot.date().isAfter(asOf)) {
            balance = snapshot.balance().amount();
          }
        }
        expected.merge(account.productType() + "/" + account.currency().getCurrencyCode(), balance, BigDecimal::add);
      }
    }

    BalanceSummary summary = BalanceSummary.of(CUSTOMER, asOf, accounts);

    assertThat(summary.lines()).hasSize(expected.size());
    for (BalanceLine line : summary.lines()) {
      String key = line.productType() + "/" + line.balance().currencyCode();
      assertThat(line.balance().amount()).as(key).isEqualByComparingTo(expected.get(key));
    }
  }

  @Property(tries = 200)
  void listing_an_account_twice_changes_no_summary(
      @ForAll("portfolios") List<Account> accounts, @ForAll("days") LocalDate asOf) {
    List<Account> twice = new ArrayList<>(accounts);
    twice.addAll(accounts);

    assertThat(BalanceSummary.of(CUSTOMER, asOf, twice)).isEqualTo(BalanceSummary.of(CUSTOMER, asOf, accounts));
    assertThat(BalanceSummary.linesOf(asOf, twice)).isEqualTo(BalanceSummary.linesOf(asOf, accounts));
  }

  // --- credit exposure --------------------------------------------------------------------------

  @Property(tries = 300)
  void a_guarantor_is_never_exposed_beyond_the_borrower_nor_the_borrower_beyond_the_drawn_amount(
      @ForAll("contracts") List<LoanContractUpdate> history) {
    LoanContract contract = history.get(history.size() - 1).contract();
    LocalDate asOf = HoldingFixture.TODAY;

    for (CustomerId customer : HoldingArbitraries.CUSTOMERS) {
      for (ExposureItem item : CreditExposure.of(customer, asOf, List.of(contract)).items()) {
        assertThat(item.amount()).isLessThanOrEqualTo(contract.outstanding());
        assertThat(item.amount()).isLessThanOrEqualTo(contract.drawnAmount());
        assertThat(item.kind()).isEqualTo(contract.borrower().equals(customer) ? ExposureKind.BORROWED : ExposureKind.GUARANTEED);
      }
    }
    assertThat(contract.drawnAmount()).isLessThanOrEqualTo(contract.amount());
    for (DueBill bill : contract.dueBills()) {
      assertThat(bill.outstanding()).isLessThanOrEqualTo(bill.amount());
    }
  }

  // --- assignment histories ---------------------------------------------------------------------

  @Property(tries = 300)
  void reassignments_leave_no_gap_and_no_overlap(@ForAll("reassignments") List<AssignmentUpdate> history) {
    AssignmentHistory last = history.get(history.size() - 1).history();
    List<ServiceAssignment> assignments = last.assignments();
    LocalDate first = assignments.get(0).from();

    for (int i = 1; i < assignments.size(); i++) {
      assertThat(assignments.get(i - 1).until()).isEqualTo(assignments.get(i).from());
    }
    assertThat(assignments.get(assignments.size() - 1).isCurrent()).isTrue();
    LocalDate end = assignments.get(assignments.size() - 1).from().plusDays(2);
    for (LocalDate day = first; day.isBefore(end); day = day.plusDays(1)) {
      LocalDate today = day;
      assertThat(assignments.stream().filter(assignment -> assignment.covers(today))).as("%s", day).hasSize(1);
    }
    assertThat(last.servedOn(first.minusDays(1))).isEmpty();
    assertThat(last.version()).isEqualTo(history.size());
  }

  @Property(tries = 300)
  void with_ends_a_day_is_served_by_one_assignment_at_most_and_history_only_grows(
      @ForAll("assignmentsWithEnds") List<AssignmentUpdate> history) {
    for (int i = 1; i < history.size(); i++) {
      List<ServiceAssignment> before = history.get(i - 1).history().assignments();
      List<ServiceAssignment> after = history.get(i).history().assignments();
      assertThat(after.subList(0, before.size() - 1)).isEqualTo(before.subList(0, before.size() - 1));
      assertThat(after.get(before.size() - 1).from()).isEqualTo(before.get(before.size() - 1).from());
    }
    AssignmentHistory last = history.get(history.size() - 1).history();
    LocalDate first = last.assignments().get(0).from();
    for (long d = 0; d < ChronoUnit.DAYS.between(first, HoldingFixture.TODAY.plusYears(5)); d += 7) {
      LocalDate day = first.plusDays(d);
      assertThat(last.assignments().stream().filter(assignment -> assignment.covers(day)).count()).isLessThanOrEqualTo(1);
      assertThat(last.servedOn(day).isPresent())
          .isEqualTo(last.assignments().stream().anyMatch(assignment -> assignment.covers(day)));
    }
  }

  // --- generators -------------------------------------------------------------------------------

  @Provide
  Arbitrary<List<Account>> portfolios() {
    return HoldingArbitraries.accountPortfolios();
  }

  @Provide
  Arbitrary<LocalDate> days() {
    return Arbitraries.integers()
        .between(-10, (int) ChronoUnit.DAYS.between(HoldingArbitraries.EARLIEST, HoldingFixture.TODAY) + 10)
        .map(HoldingArbitraries.EARLIEST::plusDays);
  }

  @Provide
  Arbitrary<List<LoanContractUpdate>> contracts() {
    return HoldingArbitraries.contractHistories("L1");
  }

  @Provide
  Arbitrary<List<AssignmentUpdate>> reassignments() {
    return HoldingArbitraries.assignmentHistories(CUSTOMER, false);
  }

  @Provide
  Arbitrary<List<AssignmentUpdate>> assignmentsWithEnds() {
    return HoldingArbitraries.assignmentHistories(CUSTOMER, true);
  }
}
