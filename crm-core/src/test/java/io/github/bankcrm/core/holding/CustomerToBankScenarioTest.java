package io.github.bankcrm.core.holding;

import static io.github.bankcrm.core.customer.CustomerFixture.NOW;
import static io.github.bankcrm.core.customer.CustomerFixture.TELLER;
import static io.github.bankcrm.core.holding.HoldingFixture.BEIJING;
import static io.github.bankcrm.core.holding.HoldingFixture.C1;
import static io.github.bankcrm.core.holding.HoldingFixture.C2;
import static io.github.bankcrm.core.holding.HoldingFixture.CARD_NUMBER;
import static io.github.bankcrm.core.holding.HoldingFixture.DEPOSIT_NUMBER;
import static io.github.bankcrm.core.holding.HoldingFixture.TODAY;
import static io.github.bankcrm.core.holding.HoldingFixture.cny;
import static io.github.bankcrm.core.organization.OrganizationFixture.BJ01;
import static io.github.bankcrm.core.organization.OrganizationFixture.BJ02;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.bankcrm.core.customer.CustomerId;
import io.github.bankcrm.core.customer.Customers;
import io.github.bankcrm.core.inmemory.InMemoryAccounts;
import io.github.bankcrm.core.inmemory.InMemoryCustomers;
import io.github.bankcrm.core.inmemory.InMemoryLoanContracts;
import io.github.bankcrm.core.inmemory.InMemoryServiceAssignments;
import io.github.bankcrm.core.organization.RelationshipManagerId;
import java.time.LocalDate;
import java.util.Currency;
import org.junit.jupiter.api.Test;

/**
 * A whole customer-to-bank relationship, as a branch lives it: a couple opens a joint deposit and a
 * credit card, borrows for a flat with the spouse as guarantor, changes relationship manager, repays,
 * and finally may leave. Shows how the ports answer the questions scoring and lifecycle rules ask.
 */
class CustomerToBankScenarioTest {

  private static final Currency CNY = Currency.getInstance("CNY");
  private static final RelationshipManagerId LI = RelationshipManagerId.of("RM001");
  private static final RelationshipManagerId WANG = RelationshipManagerId.of("RM002");

  private final Customers customers = HoldingFixture.withCustomers(new InMemoryCustomers());
  private final Accounts accounts = new InMemoryAccounts(customers);
  private final LoanContracts contracts = new InMemoryLoanContracts(customers);
  private final ServiceAssignments assignments = new InMemoryServiceAssignments(customers);

  /** The lifecycle guard: a relationship is closed only with no open account and nothing owed. */
  private boolean mayLeave(CustomerId customer) {
    return accounts.heldBy(BEIJING, customer).stream().noneMatch(Account::isOpen)
        && contracts.ofBorrower(BEIJING, customer).stream().noneMatch(LoanContract::hasOutstanding);
  }

  @Test
  void a_couple_banks_borrows_repays_and_leaves() {
    // served by Li at Chaoyang from the start of 2025, handed to Wang at Haidian mid-year
    AssignmentHistory service =
        assignments.save(BEIJING, AssignmentHistory.start(C1, LI, BJ01, LocalDate.of(2025, 1, 1), TELLER, NOW)).get();
    assignments.save(BEIJING, service.reassign(1, WANG, BJ02, LocalDate.of(2025, 7, 1), TELLER, NOW).get()).get();

    // a joint deposit and a credit card
    Account deposit =
        accounts.save(BEIJING, Account.open(AccountId.of("A1"), HoldingFixture.form(DEPOSIT_NUMBER, ProductType.DEPOSIT, "200000.00", C1), TODAY, TELLER, NOW).get()).get();
    deposit = accounts.save(BEIJING, deposit.addHolder(1, new AccountHolder(C2, OwnershipRole.JOINT_OWNER), TELLER, NOW).get()).get();
    Account card =
        accounts.save(BEIJING, Account.open(AccountId.of("A2"), HoldingFixture.form(CARD_NUMBER, ProductType.CARD, "3500.00", C1), TODAY, TELLER, NOW).get()).get();

    // a mortgage, drawn in one due bill, guaranteed by the spouse
    LoanContract signed = contracts.save(BEIJING, HoldingFixture.signing("L1", C1)).get();
    LoanContract mortgage = contracts.save(BEIJING, signed.addGuarantee(
        1, new Guarantee(C2, GuaranteeType.JOINT_AND_SEVERAL, cny("400000.00")), TELLER, NOW).get()).get();
    mortgage = contracts.save(BEIJING, mortgage.drawDueBill(
        2, DueBillId.of("B1"), cny("800000.00"), LocalDate.of(2025, 2, 1), LocalDate.of(2029, 12, 31), TELLER, NOW).get()).get();

    BalanceSummary husband = accounts.balanceSummary(BEIJING, C1, TODAY);
    BalanceSummary wife = accounts.balanceSummary(BEIJING, C2, TODAY);
    assertThat(husband.total(ProductType.DEPOSIT, CNY)).isEqualTo(cny("200000.00"));
    assertThat(husband.total(ProductType.CARD, CNY)).isEqualTo(cny("3500.00"));
    assertThat(wife.total(ProductType.DEPOSIT, CNY)).isEqualTo(cny("200000.00"));
    assertThat(contracts.creditExposure(BEIJING, C1, TODAY).total(CNY, ExposureKind.BORROWED)).isEqualTo(cny("800000.00"));
    assertThat(contracts.creditExposure(BEIJING, C2, TODAY).total(CNY, ExposureKind.GUARANTEED)).isEqualTo(cny("400000.00"));
    assertThat(assignments.customersServedBy(BEIJING, LI, LocalDate.of(2025, 3, 1))).containsExactly(C1);
    assertThat(assignments.currentAssignment(BEIJING, C1).map(ServiceAssignment::manager)).contains(WANG);
    assertThat(mayLeave(C1)).isFalse();

    // the mortgage is repaid and settled, the cards and deposits emptied and closed
    mortgage = contracts.save(BEIJING, mortgage.updateDueBill(3, DueBillId.of("B1"), cny("0.00"), null, TELLER, NOW).get()).get();
    contracts.save(BEIJING, mortgage.settle(4, TODAY, TELLER, NOW).get()).get();
    assertThat(card.close(1, TODAY, TODAY, TELLER, NOW).getLeft()).isEqualTo(new HoldingError.BalanceNotZero(card.id()));
    for (Account account : accounts.heldBy(BEIJING, C1)) {
      Account empty = accounts.save(BEIJING, account.recordBalance(account.version(), TODAY, cny("0.00"), TODAY, TELLER, NOW).get()).get();
      accounts.save(BEIJING, empty.close(empty.version(), TODAY, TODAY, TELLER, NOW).get()).get();
    }
    AssignmentHistory ended = assignments.historyOf(BEIJING, C1).orElseThrow();
    assignments.save(BEIJING, ended.end(ended.version(), TODAY, TELLER, NOW).get()).get();

    assertThat(mayLeave(C1)).isTrue();
    assertThat(accounts.balanceSummary(BEIJING, C1, TODAY).lines()).isEmpty();
    assertThat(accounts.balanceSummary(BEIJING, C1, TODAY.minusDays(1)).total(ProductType.DEPOSIT, CNY)).isEqualTo(cny("200000.00"));
    assertThat(contracts.creditExposure(BEIJING, C2, TODAY).items()).isEmpty();
    assertThat(assignments.currentAssignment(BEIJING, C1)).isEmpty();
    assertThat(assignments.historyOf(BEIJING, C1).orElseThrow().servedOn(TODAY.minusDays(1)).map(ServiceAssignment::manager)).contains(WANG);
  }
}
