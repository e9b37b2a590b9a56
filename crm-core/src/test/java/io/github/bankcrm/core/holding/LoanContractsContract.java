package io.github.bankcrm.core.holding;

import static io.github.bankcrm.core.customer.CustomerFixture.NOW;
import static io.github.bankcrm.core.customer.CustomerFixture.TELLER;
import static io.github.bankcrm.core.holding.HoldingFixture.BEIJING;
import static io.github.bankcrm.core.holding.HoldingFixture.C1;
import static io.github.bankcrm.core.holding.HoldingFixture.C2;
import static io.github.bankcrm.core.holding.HoldingFixture.C3;
import static io.github.bankcrm.core.holding.HoldingFixture.HEAD_OFFICE;
import static io.github.bankcrm.core.holding.HoldingFixture.S1;
import static io.github.bankcrm.core.holding.HoldingFixture.SHANGHAI;
import static io.github.bankcrm.core.holding.HoldingFixture.TODAY;
import static io.github.bankcrm.core.holding.HoldingFixture.cny;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.bankcrm.core.customer.CustomerId;
import io.github.bankcrm.core.customer.Customers;
import io.github.bankcrm.core.organization.AccessScope;
import io.vavr.control.Either;
import java.time.LocalDate;
import java.util.Currency;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The contract of the {@link LoanContracts} port. Every adapter extends this class unchanged and
 * supplies a fresh, empty customer store from {@link #newCustomers()} and a contract store over the same
 * storage from {@link #newLoanContracts(Customers)}. The customers of {@link HoldingFixture} are
 * registered before each test.
 */
public abstract class LoanContractsContract {

  private static final Currency CNY = Currency.getInstance("CNY");
  private static final LocalDate DRAWN = LocalDate.of(2025, 2, 1);
  private static final LocalDate DUE = LocalDate.of(2029, 12, 1);

  /**
   * A fresh, empty customer store. Called once per test, before {@link #newLoanContracts(Customers)}.
   *
   * @return the store
   */
  protected abstract Customers newCustomers();

  /**
   * A fresh, empty contract store that sees the customers of {@code customers}.
   *
   * @param customers the store {@link #newCustomers()} just returned, with the fixture customers
   * @return the store
   */
  protected abstract LoanContracts newLoanContracts(Customers customers);

  private LoanContracts contracts;

  @BeforeEach
  void freshStores() {
    contracts = newLoanContracts(HoldingFixture.withCustomers(newCustomers()));
  }

  private LoanContract saved(AccessScope scope, LoanContractUpdate update) {
    Either<HoldingError, LoanContract> result = contracts.save(scope, update);
    assertThat(result.isRight()).as("save refused: %s", result).isTrue();
    return result.get();
  }

  private LoanContract signed(String id, CustomerId borrower) {
    return saved(HEAD_OFFICE, LoanContract.sign(
            LoanContractId.of(id), borrower, ProductCode.of("LN01"), cny("1000000.00"),
            LocalDate.of(2025, 1, 1), LocalDate.of(2030, 1, 1), TELLER, NOW).get());
  }

  private LoanContract drawn(LoanContract contract, String bill, String amount) {
    return saved(HEAD_OFFICE,
        contract.drawDueBill(contract.version(), DueBillId.of(bill), cny(amount), DRAWN, DUE, TELLER, NOW).get());
  }

  private LoanContract guaranteed(LoanContract contract, CustomerId guarantor, String amount) {
    return saved(HEAD_OFFICE, contract.addGuarantee(
        contract.version(), new Guarantee(guarantor, GuaranteeType.JOINT_AND_SEVERAL, cny(amount)), TELLER, NOW).get());
  }

  @Nested
  class Signing {

    @Test
    void a_signed_contract_is_found_by_number_and_by_borrower() {
      LoanContract contract = drawn(signed("L1", C1), "B1", "300000.00");

      assertThat(contracts.findById(BEIJING, contract.id())).contains(contract);
      assertThat(contracts.ofBorrower(BEIJING, C1)).containsExactly(contract);
      assertThat(contracts.ofBorrower(BEIJING, C2)).isEmpty();
    }

    @Test
    void a_borrower_who_is_not_a_customer_in_the_scope_is_refused() {
      LoanContractUpdate update = LoanContract.sign(
          LoanContractId.of("L1"), S1, ProductCode.of("LN01"), cny("1.00"),
          LocalDate.of(2025, 1, 1), LocalDate.of(2030, 1, 1), TELLER, NOW).get();

      assertThat(contracts.save(BEIJING, update).getLeft()).isEqualTo(new HoldingError.CustomerNotFound(S1));
      assertThat(contracts.findById(HEAD_OFFICE, LoanContractId.of("L1"))).isEmpty();
    }

    @Test
    void a_stale_change_is_a_conflict_and_overwrites_nothing() {
      LoanContract contract = signed("L1", C1);
      LoanContractUpdate first = contract.drawDueBill(1, DueBillId.of("B1"), cny("1.00"), DRAWN, DUE, TELLER, NOW).get();
      LoanContractUpdate stale = contract.drawDueBill(1, DueBillId.of("B2"), cny("2.00"), DRAWN, DUE, TELLER, NOW).get();
      saved(BEIJING, first);

      assertThat(contracts.save(BEIJING, stale).getLeft())
          .isEqualTo(new HoldingError.VersionConflict("loan contract", "L1", 1, 2));
      assertThat(contracts.findById(BEIJING, contract.id())).contains(first.contract());
    }

    @Test
    void a_change_of_a_contract_that_does_not_exist_is_not_found() {
      LoanContract phantom = LoanContract.sign(
          LoanContractId.of("L9"), C1, ProductCode.of("LN01"), cny("1.00"),
          LocalDate.of(2025, 1, 1), LocalDate.of(2030, 1, 1), TELLER, NOW).get().contract();

      assertThat(contracts.save(HEAD_OFFICE, phantom.settle(1, TODAY, TELLER, NOW).get()).getLeft())
          .isEqualTo(new HoldingError.LoanContractNotFound(LoanContractId.of("L9")));
    }
  }

  @Nested
  class Borrower_transfers {

    @Test
    void a_transferred_contract_is_listed_under_the_new_borrower_only() {
      LoanContract contract = signed("L1", C1);

      LoanContract moved = saved(BEIJING, contract.transferBorrower(1, C1, C2, TELLER, NOW).get());

      assertThat(contracts.findById(BEIJING, contract.id())).contains(moved);
      assertThat(contracts.ofBorrower(BEIJING, C2)).containsExactly(moved);
      assertThat(contracts.ofBorrower(BEIJING, C1)).isEmpty();
    }

    @Test
    void a_new_borrower_outside_the_scope_is_refused() {
      LoanContract contract = signed("L1", C1);

      assertThat(contracts.save(BEIJING, contract.transferBorrower(1, C1, S1, TELLER, NOW).get()).getLeft())
          .isEqualTo(new HoldingError.CustomerNotFound(S1));
      assertThat(contracts.findById(BEIJING, contract.id())).contains(contract);
    }
  }

  @Nested
  class Guarantors {

    @Test
    void a_guarantor_in_the_scope_makes_the_contract_visible() {
      LoanContract contract = guaranteed(signed("L1", S1), C1, "500000.00");

      assertThat(contracts.findById(BEIJING, contract.id())).contains(contract);
      assertThat(contracts.ofGuarantor(BEIJING, C1)).containsExactly(contract);
      assertThat(contracts.ofBorrower(BEIJING, S1)).isEmpty();
      assertThat(contracts.ofGuarantor(SHANGHAI, C1)).isEmpty();
      assertThat(contracts.findById(SHANGHAI, contract.id())).contains(contract);
    }

    @Test
    void a_new_guarantor_outside_the_scope_is_refused() {
      LoanContract contract = signed("L1", C1);
      LoanContractUpdate update =
          contract.addGuarantee(1, new Guarantee(S1, GuaranteeType.GENERAL, cny("1.00")), TELLER, NOW).get();

      assertThat(contracts.save(BEIJING, update).getLeft()).isEqualTo(new HoldingError.CustomerNotFound(S1));
    }

    @Test
    void a_contract_nobody_in_the_scope_is_party_to_does_not_exist_for_the_caller() {
      LoanContract contract = signed("L1", S1);

      assertThat(contracts.findById(BEIJING, contract.id())).isEmpty();
      assertThat(contracts.save(BEIJING, contract.settle(1, TODAY, TELLER, NOW).get()).getLeft())
          .isEqualTo(new HoldingError.LoanContractNotFound(contract.id()));
    }
  }

  @Nested
  class CreditExposures {

    @Test
    void a_borrower_is_exposed_by_what_is_outstanding_and_a_guarantor_at_most_by_that() {
      LoanContract big = guaranteed(drawn(signed("L1", C1), "B1", "300000.00"), C2, "500000.00");
      guaranteed(drawn(signed("L2", C3), "B1", "100000.00"), C2, "50000.00");

      CreditExposure borrower = contracts.creditExposure(BEIJING, C1, TODAY);
      CreditExposure guarantor = contracts.creditExposure(BEIJING, C2, TODAY);

      assertThat(borrower.items()).containsExactly(new ExposureItem(big.id(), ExposureKind.BORROWED, cny("300000.00")));
      assertThat(guarantor.items())
          .containsExactly(
              new ExposureItem(LoanContractId.of("L1"), ExposureKind.GUARANTEED, cny("300000.00")),
              new ExposureItem(LoanContractId.of("L2"), ExposureKind.GUARANTEED, cny("50000.00")));
      assertThat(guarantor.total(CNY, null)).isEqualTo(cny("350000.00"));
      assertThat(guarantor.total(CNY, ExposureKind.BORROWED)).isEqualTo(cny("0"));
    }

    @Test
    void a_settled_contract_exposes_nobody() {
      LoanContract contract = drawn(signed("L1", C1), "B1", "1.00");
      contract = saved(HEAD_OFFICE, contract.updateDueBill(2, DueBillId.of("B1"), cny("0.00"), null, TELLER, NOW).get());
      LoanContract settled = saved(HEAD_OFFICE, contract.settle(3, TODAY, TELLER, NOW).get());

      assertThat(contracts.creditExposure(BEIJING, C1, TODAY).items()).isEmpty();
      assertThat(contracts.ofBorrower(BEIJING, C1)).containsExactly(settled);
      assertThat(contracts.ofBorrower(BEIJING, C1).stream().anyMatch(LoanContract::hasOutstanding)).isFalse();
    }

    @Test
    void a_customer_outside_the_scope_has_no_exposure_for_the_caller() {
      drawn(signed("L1", S1), "B1", "1.00");

      assertThat(contracts.creditExposure(BEIJING, S1, TODAY).items()).isEmpty();
      assertThat(contracts.creditExposure(SHANGHAI, S1, TODAY).items()).hasSize(1);
    }
  }
}
