package io.github.bankcrm.core.holding;

import static io.github.bankcrm.core.customer.CustomerFixture.NOW;
import static io.github.bankcrm.core.customer.CustomerFixture.TELLER;
import static io.github.bankcrm.core.holding.HoldingFixture.cny;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.bankcrm.core.customer.CustomerId;
import io.github.bankcrm.core.shared.Money;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class LoanContractTest {

  private static final CustomerId BORROWER = CustomerId.of("C1");
  private static final CustomerId GUARANTOR = CustomerId.of("C2");
  private static final LoanContractId L1 = LoanContractId.of("L1");
  private static final DueBillId B1 = DueBillId.of("B1");
  private static final DueBillId B2 = DueBillId.of("B2");
  private static final LocalDate DRAWN = LocalDate.of(2025, 2, 1);
  private static final LocalDate DUE = LocalDate.of(2029, 12, 1);

  private static LoanContract contract() {
    return HoldingFixture.contract("L1", BORROWER);
  }

  private static LoanContract drawn(String amount) {
    return contract().drawDueBill(1, B1, cny(amount), DRAWN, DUE, TELLER, NOW).get().contract();
  }

  private static List<String> fieldErrors(HoldingError error) {
    assertThat(error).isInstanceOf(HoldingError.InvalidHoldingData.class);
    return ((HoldingError.InvalidHoldingData) error).errors().stream().map(e -> e.path() + ":" + e.code()).toList();
  }

  @Nested
  class Signing {

    @Test
    void signs_at_version_1_without_parts() {
      LoanContractUpdate update =
          LoanContract.sign(L1, BORROWER, ProductCode.of("LN01"), cny("500000.00"), DRAWN, DUE, TELLER, NOW).get();

      assertThat(update.contract().version()).isEqualTo(1);
      assertThat(update.contract().status()).isEqualTo(LoanContractStatus.ACTIVE);
      assertThat(update.contract().outstanding()).isEqualTo(cny("0"));
      assertThat(update.isSigning()).isTrue();
      assertThat(update.events())
          .containsExactly(new HoldingEvent.LoanContractSigned(L1, 1, BORROWER, cny("500000.00"), DRAWN, DUE, TELLER, NOW));
    }

    @Test
    void every_bad_field_is_reported() {
      HoldingError error =
          LoanContract.sign(L1, BORROWER, ProductCode.of("LN01"), cny("0.001"), DUE, DRAWN, TELLER, NOW).getLeft();

      assertThat(fieldErrors(error)).containsExactly("amount:too_many_decimals", "maturityDate:out_of_range");
      assertThat(fieldErrors(
              LoanContract.sign(L1, BORROWER, ProductCode.of("LN01"), cny("0"), DRAWN, DUE, TELLER, NOW).getLeft()))
          .containsExactly("amount:out_of_range");
    }
  }

  @Nested
  class DueBills {

    @Test
    void a_drawn_due_bill_is_fully_outstanding() {
      LoanContractUpdate update = contract().drawDueBill(1, B1, cny("300000.00"), DRAWN, DUE, TELLER, NOW).get();

      DueBill bill = update.contract().dueBill(B1).orElseThrow();
      assertThat(bill.outstanding()).isEqualTo(cny("300000.00"));
      assertThat(update.contract().outstanding()).isEqualTo(cny("300000.00"));
      assertThat(update.contract().hasOutstanding()).isTrue();
      assertThat(update.events()).containsExactly(new HoldingEvent.DueBillDrawn(L1, 2, bill, TELLER, NOW));
    }

    @Test
    void due_bills_together_stay_within_the_contract_amount() {
      LoanContract contract = drawn("600000.00");

      assertThat(contract.drawDueBill(2, B2, cny("400000.01"), DRAWN, DUE, TELLER, NOW).getLeft())
          .isEqualTo(new HoldingError.DueBillsExceedContract(L1));
      assertThat(contract.drawDueBill(2, B2, cny("400000.00"), DRAWN, DUE, TELLER, NOW).isRight()).isTrue();
    }

    @Test
    void a_due_bill_is_drawn_and_due_within_the_term() {
      assertThat(fieldErrors(contract().drawDueBill(1, B1, Money.of("1", "USD"), LocalDate.of(2024, 12, 31), LocalDate.of(2030, 1, 2), TELLER, NOW).getLeft()))
          .containsExactly("amount:currency_mismatch", "drawnOn:out_of_range", "dueDate:out_of_range");
    }

    @Test
    void a_due_bill_number_is_used_once() {
      assertThat(drawn("1.00").drawDueBill(2, B1, cny("1.00"), DRAWN, DUE, TELLER, NOW).getLeft())
          .isEqualTo(new HoldingError.ContractPartExists(L1, "due bill", "B1"));
    }

    @Test
    void repayments_lower_the_outstanding_amount_which_never_exceeds_the_amount() {
      LoanContract contract = drawn("1000.00");

      LoanContract repaid = contract.updateDueBill(2, B1, cny("400.00"), null, TELLER, NOW).get().contract();

      assertThat(repaid.outstanding()).isEqualTo(cny("400.00"));
      assertThat(fieldErrors(contract.updateDueBill(2, B1, cny("1000.01"), null, TELLER, NOW).getLeft()))
          .containsExactly("outstanding:out_of_range");
      assertThat(contract.updateDueBill(2, B2, cny("1.00"), null, TELLER, NOW).getLeft())
          .isEqualTo(new HoldingError.ContractPartNotFound(L1, "due bill", "B2"));
      assertThat(contract.updateDueBill(2, B1, cny("1000.0"), null, TELLER, NOW).getLeft())
          .isEqualTo(new HoldingError.Unchanged("L1"));
    }

    @Test
    void overdue_days_count_from_the_first_overdue_day_to_the_day_asked_for() {
      LocalDate since = LocalDate.of(2026, 3, 2);
      LoanContract overdue = drawn("1000.00").updateDueBill(2, B1, cny("900.00"), since, TELLER, NOW).get().contract();
      DueBill bill = overdue.dueBill(B1).orElseThrow();

      assertThat(bill.overdueDays(since.minusDays(1))).isZero();
      assertThat(bill.overdueDays(since)).isEqualTo(1);
      assertThat(bill.overdueDays(LocalDate.of(2026, 4, 1))).isEqualTo(31);
      assertThat(overdue.maxOverdueDays(LocalDate.of(2026, 4, 1))).isEqualTo(31);
    }

    @Test
    void only_an_outstanding_bill_is_overdue() {
      assertThat(fieldErrors(drawn("1000.00").updateDueBill(2, B1, cny("0"), DRAWN, TELLER, NOW).getLeft()))
          .containsExactly("overdueSince:out_of_range");
      assertThatThrownBy(() -> new DueBill(B1, cny("1"), cny("2"), DRAWN, DUE, null))
          .isInstanceOf(IllegalArgumentException.class);
    }
  }

  @Nested
  class CollateralAndGuarantees {

    private final Collateral house =
        new Collateral(CollateralId.of("K1"), CollateralType.REAL_ESTATE_MORTGAGE, "北京市朝阳区住宅一套，建筑面积120平方米", cny("3000000.00"), DRAWN);

    @Test
    void collateral_is_pledged_and_released_even_after_settlement() {
      LoanContract pledged = contract().pledgeCollateral(1, house, TELLER, NOW).get().contract();
      LoanContract settled = pledged.settle(2, LocalDate.of(2026, 1, 1), TELLER, NOW).get().contract();

      LoanContractUpdate released = settled.releaseCollateral(3, house.id(), TELLER, NOW).get();

      assertThat(pledged.collaterals()).containsExactly(house);
      assertThat(released.contract().collaterals()).isEmpty();
      assertThat(released.events()).containsExactly(new HoldingEvent.CollateralReleased(L1, 4, house.id(), TELLER, NOW));
      assertThat(pledged.pledgeCollateral(2, house, TELLER, NOW).getLeft())
          .isEqualTo(new HoldingError.ContractPartExists(L1, "collateral", "K1"));
    }

    @Test
    void a_collateral_description_holds_no_long_numbers() {
      assertThat(Collateral.validDescription("房产证号 110105123456").getError().code()).isEqualTo("personal_data_suspected");
      assertThat(Collateral.validDescription("京A12345 小型轿车").isValid()).isTrue();
      assertThatThrownBy(() -> new Collateral(CollateralId.of("K2"), CollateralType.OTHER, "账号6222021234567890128", cny("1"), DRAWN))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageNotContaining("6222021234567890128");
    }

    @Test
    void a_guarantor_guarantees_up_to_the_contract_amount_and_is_not_the_borrower() {
      Guarantee guarantee = new Guarantee(GUARANTOR, GuaranteeType.JOINT_AND_SEVERAL, cny("500000.00"));

      LoanContract guaranteed = contract().addGuarantee(1, guarantee, TELLER, NOW).get().contract();

      assertThat(guaranteed.guarantee(GUARANTOR)).contains(guarantee);
      assertThat(guaranteed.parties()).containsExactly(BORROWER, GUARANTOR);
      assertThat(contract().addGuarantee(1, new Guarantee(BORROWER, GuaranteeType.GENERAL, cny("1")), TELLER, NOW).getLeft())
          .isEqualTo(new HoldingError.GuarantorIsBorrower(L1, BORROWER));
      assertThat(fieldErrors(contract().addGuarantee(1, new Guarantee(GUARANTOR, GuaranteeType.GENERAL, cny("1000000.01")), TELLER, NOW).getLeft()))
          .containsExactly("amount:out_of_range");
      assertThat(guaranteed.addGuarantee(2, guarantee, TELLER, NOW).getLeft())
          .isEqualTo(new HoldingError.ContractPartExists(L1, "guarantee", "C2"));
      assertThat(guaranteed.releaseGuarantee(2, GUARANTOR, TELLER, NOW).get().contract().guarantees()).isEmpty();
    }
  }

  @Nested
  class Settlement {

    @Test
    void a_contract_with_anything_outstanding_is_not_settled() {
      assertThat(drawn("1.00").settle(2, DUE, TELLER, NOW).getLeft()).isEqualTo(new HoldingError.OutstandingNotZero(L1));
    }

    @Test
    void a_settled_contract_takes_no_more_drawings() {
      LoanContract repaid = drawn("1.00").updateDueBill(2, B1, cny("0.00"), null, TELLER, NOW).get().contract();
      LoanContractUpdate settled = repaid.settle(3, DUE, TELLER, NOW).get();

      assertThat(settled.contract().status()).isEqualTo(LoanContractStatus.SETTLED);
      assertThat(settled.events()).containsExactly(new HoldingEvent.LoanContractSettled(L1, 4, DUE, TELLER, NOW));
      assertThat(settled.contract().drawDueBill(4, B2, cny("1"), DRAWN, DUE, TELLER, NOW).getLeft())
          .isEqualTo(new HoldingError.ContractSettled(L1));
      assertThat(settled.contract().settle(4, DUE, TELLER, NOW).getLeft()).isEqualTo(new HoldingError.ContractSettled(L1));
    }

    @Test
    void a_stale_command_is_a_conflict() {
      assertThat(contract().settle(3, DUE, TELLER, NOW).getLeft())
          .isEqualTo(new HoldingError.VersionConflict("loan contract", "L1", 3, 1));
    }
  }
}
