package io.github.bankcrm.core.holding;

import static io.github.bankcrm.core.customer.CustomerFixture.NOW;
import static io.github.bankcrm.core.customer.CustomerFixture.TELLER;
import static io.github.bankcrm.core.holding.HoldingFixture.CARD_NUMBER;
import static io.github.bankcrm.core.holding.HoldingFixture.DEPOSIT_NUMBER;
import static io.github.bankcrm.core.holding.HoldingFixture.OPENED;
import static io.github.bankcrm.core.holding.HoldingFixture.TODAY;
import static io.github.bankcrm.core.holding.HoldingFixture.cny;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.bankcrm.core.customer.CustomerId;
import io.github.bankcrm.core.shared.FieldError;
import io.github.bankcrm.core.shared.Money;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class AccountTest {

  private static final CustomerId OWNER = CustomerId.of("C1");
  private static final CustomerId SPOUSE = CustomerId.of("C2");
  private static final AccountId A1 = AccountId.of("A1");
  private static final Instant LATER = NOW.plusSeconds(60);

  private static Account deposit() {
    return HoldingFixture.deposit(OWNER);
  }

  private static List<String> fieldErrors(HoldingError error) {
    assertThat(error).isInstanceOf(HoldingError.InvalidHoldingData.class);
    return ((HoldingError.InvalidHoldingData) error)
        .errors().stream().map(e -> e.path() + ":" + e.code()).toList();
  }

  @Nested
  class Opening {

    @Test
    void opens_at_version_1_with_the_opening_balance_as_its_first_snapshot() {
      AccountUpdate update =
          Account.open(A1, HoldingFixture.form(DEPOSIT_NUMBER, ProductType.DEPOSIT, "1000.00", OWNER), TODAY, TELLER, NOW)
              .get();
      Account account = update.account();

      assertThat(account.version()).isEqualTo(1);
      assertThat(account.status()).isEqualTo(AccountStatus.ACTIVE);
      assertThat(account.balance()).isEqualTo(cny("1000.00"));
      assertThat(account.history()).containsExactly(new BalanceSnapshot(OPENED, cny("1000.00")));
      assertThat(account.holders()).containsExactly(new AccountHolder(OWNER, OwnershipRole.OWNER));
      assertThat(account.owner()).isEqualTo(OWNER);
      assertThat(update.isOpening()).isTrue();
      assertThat(update.events())
          .containsExactly(
              new HoldingEvent.AccountOpened(
                  A1, 1, ProductType.DEPOSIT, ProductCode.of("DEP-01"), cny("0").currency(), OPENED, OWNER, TELLER, NOW));
    }

    @Test
    void every_bad_field_is_reported_at_once_without_the_account_number() {
      OpenAccount form =
          new OpenAccount("62220x1234", null, "a b", "XYZ", TODAY.plusDays(1), null, null);

      HoldingError error = Account.open(A1, form, TODAY, TELLER, NOW).getLeft();

      assertThat(fieldErrors(error))
          .containsExactly(
              "accountNumber:invalid_format",
              "productType:required",
              "productCode:invalid_format",
              "currency:currency.unknown",
              "openedOn:out_of_range",
              "openingBalance:required",
              "owner:required");
      assertThat(error.message()).doesNotContain("62220x1234");
    }

    @Test
    void a_negative_or_too_precise_opening_balance_is_refused() {
      assertThat(fieldErrors(Account.open(A1, HoldingFixture.form(DEPOSIT_NUMBER, ProductType.DEPOSIT, "-1", OWNER), TODAY, TELLER, NOW).getLeft()))
          .containsExactly("openingBalance:out_of_range");
      assertThat(fieldErrors(Account.open(A1, HoldingFixture.form(DEPOSIT_NUMBER, ProductType.DEPOSIT, "1.001", OWNER), TODAY, TELLER, NOW).getLeft()))
          .containsExactly("openingBalance:too_many_decimals");
    }

    @Test
    void a_card_account_needs_a_card_number_with_a_valid_check_digit() {
      String wrong = CARD_NUMBER.substring(0, 15) + "9";

      assertThat(fieldErrors(Account.open(A1, HoldingFixture.form(wrong, ProductType.CARD, "0", OWNER), TODAY, TELLER, NOW).getLeft()))
          .containsExactly("accountNumber:card_number.check_digit");
      assertThat(Account.open(A1, HoldingFixture.form(CARD_NUMBER, ProductType.CARD, "0", OWNER), TODAY, TELLER, NOW).isRight())
          .isTrue();
    }

    @Test
    void text_fields_are_kept_in_canonical_form() {
      OpenAccount form =
          new OpenAccount("6222 0212 3456 7890 128", ProductType.DEPOSIT, " dep-time-3y ", "cny", OPENED, BigDecimal.TEN, OWNER);

      Account account = Account.open(A1, form, TODAY, TELLER, NOW).get().account();

      assertThat(account.number().value()).isEqualTo(DEPOSIT_NUMBER);
      assertThat(account.productCode()).isEqualTo(ProductCode.of("DEP-TIME-3Y"));
      assertThat(account.currency().getCurrencyCode()).isEqualTo("CNY");
    }

    @Test
    void to_string_masks_the_account_number() {
      assertThat(deposit().toString()).contains("6222***********0128").doesNotContain(DEPOSIT_NUMBER);
      assertThat(HoldingFixture.form(DEPOSIT_NUMBER, ProductType.DEPOSIT, "1", OWNER).toString())
          .doesNotContain(DEPOSIT_NUMBER);
    }
  }

  @Nested
  class BalanceHistory {

    @Test
    void a_later_day_becomes_the_current_balance() {
      LocalDate day = LocalDate.of(2026, 3, 1);

      AccountUpdate update = deposit().recordBalance(1, day, cny("2500.00"), TODAY, TELLER, LATER).get();

      assertThat(update.account().version()).isEqualTo(2);
      assertThat(update.account().balance()).isEqualTo(cny("2500.00"));
      assertThat(update.account().updatedAt()).isEqualTo(LATER);
      assertThat(update.events())
          .containsExactly(
              new HoldingEvent.BalanceRecorded(A1, 2, new BalanceSnapshot(day, cny("2500.00")), false, TELLER, LATER));
    }

    @Test
    void an_earlier_day_fills_a_gap_without_changing_the_current_balance() {
      Account account =
          deposit().recordBalance(1, LocalDate.of(2026, 3, 1), cny("2500.00"), TODAY, TELLER, NOW).get().account();

      Account filled =
          account.recordBalance(2, LocalDate.of(2025, 6, 1), cny("1200.00"), TODAY, TELLER, NOW).get().account();

      assertThat(filled.balance()).isEqualTo(cny("2500.00"));
      assertThat(filled.history()).extracting(BalanceSnapshot::date)
          .containsExactly(OPENED, LocalDate.of(2025, 6, 1), LocalDate.of(2026, 3, 1));
      assertThat(filled.balanceOn(LocalDate.of(2025, 12, 31))).contains(cny("1200.00"));
      assertThat(filled.balanceOn(OPENED.minusDays(1))).isEmpty();
    }

    @Test
    void recording_a_day_again_corrects_it() {
      Account account = deposit();

      AccountUpdate corrected = account.recordBalance(1, OPENED, cny("900.00"), TODAY, TELLER, NOW).get();

      assertThat(corrected.account().history()).containsExactly(new BalanceSnapshot(OPENED, cny("900.00")));
      assertThat(((HoldingEvent.BalanceRecorded) corrected.events().get(0)).corrected()).isTrue();
      assertThat(account.recordBalance(1, OPENED, cny("1000.0"), TODAY, TELLER, NOW).getLeft())
          .isEqualTo(new HoldingError.Unchanged("A1"));
    }

    @Test
    void a_day_in_the_future_or_before_the_opening_is_refused() {
      assertThat(fieldErrors(deposit().recordBalance(1, TODAY.plusDays(1), cny("1"), TODAY, TELLER, NOW).getLeft()))
          .containsExactly("date:out_of_range");
      assertThat(fieldErrors(deposit().recordBalance(1, OPENED.minusDays(1), cny("1"), TODAY, TELLER, NOW).getLeft()))
          .containsExactly("date:out_of_range");
    }

    @Test
    void a_balance_in_another_currency_or_below_zero_is_refused() {
      assertThat(fieldErrors(deposit().recordBalance(1, TODAY, Money.of("1", "USD"), TODAY, TELLER, NOW).getLeft()))
          .containsExactly("balance:currency_mismatch");
      assertThat(fieldErrors(deposit().recordBalance(1, TODAY, cny("-0.01"), TODAY, TELLER, NOW).getLeft()))
          .containsExactly("balance:out_of_range");
    }

    @Test
    void a_command_on_a_stale_version_is_a_conflict() {
      assertThat(deposit().recordBalance(7, TODAY, cny("1"), TODAY, TELLER, NOW).getLeft())
          .isEqualTo(new HoldingError.VersionConflict("account", "A1", 7, 1));
    }
  }

  @Nested
  class Status {

    @Test
    void an_open_account_moves_between_active_dormant_and_frozen() {
      Account dormant = deposit().changeStatus(1, AccountStatus.DORMANT, TELLER, NOW).get().account();
      AccountUpdate frozen = dormant.changeStatus(2, AccountStatus.FROZEN, TELLER, NOW).get();

      assertThat(frozen.account().status()).isEqualTo(AccountStatus.FROZEN);
      assertThat(frozen.events())
          .containsExactly(
              new HoldingEvent.AccountStatusChanged(A1, 3, AccountStatus.DORMANT, AccountStatus.FROZEN, TELLER, NOW));
      assertThat(frozen.account().changeStatus(3, AccountStatus.ACTIVE, TELLER, NOW).isRight()).isTrue();
    }

    @Test
    void closing_is_not_a_status_change_and_the_same_status_changes_nothing() {
      assertThat(deposit().changeStatus(1, AccountStatus.CLOSED, TELLER, NOW).getLeft())
          .isEqualTo(new HoldingError.StatusChangeNotAllowed(A1, AccountStatus.ACTIVE, AccountStatus.CLOSED));
      assertThat(deposit().changeStatus(1, AccountStatus.ACTIVE, TELLER, NOW).getLeft())
          .isEqualTo(new HoldingError.Unchanged("A1"));
    }
  }

  @Nested
  class Closing {

    private Account emptied() {
      return deposit().recordBalance(1, LocalDate.of(2026, 6, 30), cny("0.00"), TODAY, TELLER, NOW).get().account();
    }

    @Test
    void an_account_with_a_balance_is_not_closed() {
      assertThat(deposit().close(1, TODAY, TODAY, TELLER, NOW).getLeft())
          .isEqualTo(new HoldingError.BalanceNotZero(A1));
    }

    @Test
    void an_empty_account_is_closed_and_stays_closed() {
      AccountUpdate update = emptied().close(2, TODAY, TODAY, TELLER, NOW).get();
      Account closed = update.account();

      assertThat(closed.status()).isEqualTo(AccountStatus.CLOSED);
      assertThat(closed.closedOn()).isEqualTo(TODAY);
      assertThat(closed.isOpen()).isFalse();
      assertThat(update.events()).containsExactly(new HoldingEvent.AccountClosed(A1, 3, TODAY, TELLER, NOW));
      assertThat(closed.heldOn(TODAY)).isFalse();
      assertThat(closed.heldOn(TODAY.minusDays(1))).isTrue();
      assertThat(closed.recordBalance(3, TODAY, cny("1"), TODAY, TELLER, NOW).getLeft())
          .isEqualTo(new HoldingError.AccountClosed(A1));
      assertThat(closed.changeStatus(3, AccountStatus.ACTIVE, TELLER, NOW).getLeft())
          .isEqualTo(new HoldingError.AccountClosed(A1));
      assertThat(closed.close(3, TODAY, TODAY, TELLER, NOW).getLeft()).isEqualTo(new HoldingError.AccountClosed(A1));
    }

    @Test
    void a_frozen_account_is_not_closed() {
      Account frozen = emptied().changeStatus(2, AccountStatus.FROZEN, TELLER, NOW).get().account();

      assertThat(frozen.close(3, TODAY, TODAY, TELLER, NOW).getLeft())
          .isEqualTo(new HoldingError.StatusChangeNotAllowed(A1, AccountStatus.FROZEN, AccountStatus.CLOSED));
    }

    @Test
    void the_closing_day_lies_between_the_latest_balance_and_the_business_date() {
      assertThat(fieldErrors(emptied().close(2, LocalDate.of(2026, 6, 29), TODAY, TELLER, NOW).getLeft()))
          .containsExactly("closedOn:out_of_range");
      assertThat(fieldErrors(emptied().close(2, TODAY.plusDays(1), TODAY, TELLER, NOW).getLeft()))
          .containsExactly("closedOn:out_of_range");
    }
  }

  @Nested
  class Holders {

    @Test
    void a_joint_owner_is_added_and_removed() {
      AccountUpdate added =
          deposit().addHolder(1, new AccountHolder(SPOUSE, OwnershipRole.JOINT_OWNER), TELLER, NOW).get();
      AccountUpdate removed = added.account().removeHolder(2, SPOUSE, TELLER, NOW).get();

      assertThat(added.account().holders())
          .containsExactly(new AccountHolder(OWNER, OwnershipRole.OWNER), new AccountHolder(SPOUSE, OwnershipRole.JOINT_OWNER));
      assertThat(removed.account().holders()).containsExactly(new AccountHolder(OWNER, OwnershipRole.OWNER));
      assertThat(removed.events())
          .containsExactly(
              new HoldingEvent.HolderRemoved(A1, 3, new AccountHolder(SPOUSE, OwnershipRole.JOINT_OWNER), TELLER, NOW));
    }

    @Test
    void the_owner_is_one_and_fixed() {
      assertThat(deposit().addHolder(1, new AccountHolder(SPOUSE, OwnershipRole.OWNER), TELLER, NOW).getLeft())
          .isEqualTo(new HoldingError.PrimaryOwnerFixed(A1));
      assertThat(deposit().removeHolder(1, OWNER, TELLER, NOW).getLeft())
          .isEqualTo(new HoldingError.PrimaryOwnerFixed(A1));
    }

    @Test
    void a_customer_holds_an_account_in_one_role() {
      assertThat(deposit().addHolder(1, new AccountHolder(OWNER, OwnershipRole.BENEFICIARY), TELLER, NOW).getLeft())
          .isEqualTo(new HoldingError.AlreadyHolder(A1, OWNER));
      assertThat(deposit().removeHolder(1, SPOUSE, TELLER, NOW).getLeft())
          .isEqualTo(new HoldingError.NotAHolder(A1, SPOUSE));
    }
  }

  @Test
  void field_errors_never_carry_the_refused_value() {
    OpenAccount form = new OpenAccount("9999x8888", ProductType.CARD, "-", "CNY", OPENED, new BigDecimal("12.345"), OWNER);

    List<FieldError> errors = ((HoldingError.InvalidHoldingData) Account.open(A1, form, TODAY, TELLER, NOW).getLeft()).errors();

    assertThat(errors).isNotEmpty().allSatisfy(error -> assertThat(error.toString()).doesNotContain("9999x8888", "12.345"));
  }
}
