package io.github.bankcrm.core.holding;

import static io.github.bankcrm.core.CrmJson.MAPPER;
import static io.github.bankcrm.core.CrmJson.roundTrip;
import static io.github.bankcrm.core.CrmJson.roundTripAsItsClass;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.exc.InvalidTypeIdException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.bankcrm.core.CrmJson;
import io.github.bankcrm.core.customer.CustomerId;
import io.github.bankcrm.core.organization.OrganizationFixture;
import io.github.bankcrm.core.shared.FieldError;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Every public value type of the holding package survives a JSON round trip through the documented
 * mapper ({@link CrmJson}), events read back as {@link HoldingEvent} by their {@code "type"}, and what
 * should be refused is refused: unknown properties, foreign type names, and invalid account numbers,
 * without repeating them.
 */
class HoldingJsonRoundTripProperties {

  @Property(tries = 80)
  void accounts_updates_and_their_parts_round_trip(@ForAll("accounts") List<AccountUpdate> history) {
    for (AccountUpdate update : history) {
      Account account = update.account();
      assertThat(roundTrip(update, AccountUpdate.class)).isEqualTo(update);
      assertThat(roundTrip(account, Account.class)).isEqualTo(account);
      assertThat(roundTrip(account.number(), AccountNumber.class)).isEqualTo(account.number());
      assertThat(roundTrip(account.id(), AccountId.class)).isEqualTo(account.id());
      assertThat(roundTrip(account.productCode(), ProductCode.class)).isEqualTo(account.productCode());
      account.history().forEach(snapshot -> assertThat(roundTrip(snapshot, BalanceSnapshot.class)).isEqualTo(snapshot));
      account.holders().forEach(holder -> assertThat(roundTrip(holder, AccountHolder.class)).isEqualTo(holder));
      assertEventsRoundTrip(update.events());
    }
  }

  @Property(tries = 80)
  void contracts_updates_and_their_parts_round_trip(@ForAll("contracts") List<LoanContractUpdate> history) {
    for (LoanContractUpdate update : history) {
      LoanContract contract = update.contract();
      assertThat(roundTrip(update, LoanContractUpdate.class)).isEqualTo(update);
      assertThat(roundTrip(contract, LoanContract.class)).isEqualTo(contract);
      assertThat(roundTrip(contract.id(), LoanContractId.class)).isEqualTo(contract.id());
      contract.dueBills().forEach(bill -> {
        assertThat(roundTrip(bill, DueBill.class)).isEqualTo(bill);
        assertThat(roundTrip(bill.id(), DueBillId.class)).isEqualTo(bill.id());
      });
      contract.collaterals().forEach(item -> {
        assertThat(roundTrip(item, Collateral.class)).isEqualTo(item);
        assertThat(roundTrip(item.id(), CollateralId.class)).isEqualTo(item.id());
      });
      contract.guarantees().forEach(guarantee -> assertThat(roundTrip(guarantee, Guarantee.class)).isEqualTo(guarantee));
      assertEventsRoundTrip(update.events());
      for (CustomerId customer : HoldingArbitraries.CUSTOMERS) {
        CreditExposure exposure = CreditExposure.of(customer, HoldingFixture.TODAY, List.of(contract));
        assertThat(roundTrip(exposure, CreditExposure.class)).isEqualTo(exposure);
        exposure.items().forEach(item -> assertThat(roundTrip(item, ExposureItem.class)).isEqualTo(item));
      }
    }
  }

  @Property(tries = 80)
  void assignment_histories_round_trip(@ForAll("assignments") List<AssignmentUpdate> history) {
    for (AssignmentUpdate update : history) {
      assertThat(roundTrip(update, AssignmentUpdate.class)).isEqualTo(update);
      assertThat(roundTrip(update.history(), AssignmentHistory.class)).isEqualTo(update.history());
      update.history().assignments().forEach(
          assignment -> assertThat(roundTrip(assignment, ServiceAssignment.class)).isEqualTo(assignment));
      assertEventsRoundTrip(update.events());
    }
  }

  @Property(tries = 60)
  void balance_summaries_and_opening_forms_round_trip(
      @ForAll("portfolios") List<Account> accounts, @ForAll("customers") CustomerId customer) {
    BalanceSummary summary = BalanceSummary.of(customer, HoldingFixture.TODAY, accounts);

    assertThat(roundTrip(summary, BalanceSummary.class)).isEqualTo(summary);
    summary.lines().forEach(line -> assertThat(roundTrip(line, BalanceLine.class)).isEqualTo(line));
    for (Account account : accounts) {
      OpenAccount form =
          new OpenAccount(account.number().value(), account.productType(), account.productCode().value(),
              account.currency().getCurrencyCode(), account.openedOn(), account.history().get(0).balance().amount(), account.owner());
      assertThat(roundTrip(form, OpenAccount.class)).isEqualTo(form);
    }
  }

  private static void assertEventsRoundTrip(List<? extends HoldingEvent> events) {
    for (HoldingEvent event : events) {
      assertThat(roundTripAsItsClass(event)).isEqualTo(event);
      assertThat(roundTrip(event, HoldingEvent.class)).isEqualTo(event);
      assertThat(MAPPER.valueToTree(event).path("type").asText()).isEqualTo(event.getClass().getSimpleName());
    }
  }

  @Example
  void every_event_type_is_produced_by_the_generated_histories() {
    Set<Class<?>> seen =
        Stream.of(
                HoldingArbitraries.accountHistories("A1").sampleStream().limit(300).flatMap(List::stream)
                    .flatMap(update -> update.events().stream()),
                HoldingArbitraries.contractHistories("L1").sampleStream().limit(300).flatMap(List::stream)
                    .flatMap(update -> update.events().stream()),
                HoldingArbitraries.assignmentHistories(CustomerId.of("C1"), true).sampleStream().limit(300)
                    .flatMap(List::stream).flatMap(update -> update.events().stream()))
            .flatMap(events -> events)
            .map(Object::getClass)
            .collect(Collectors.toSet());

    List<Class<?>> all = new ArrayList<>();
    for (Class<?> family : HoldingEvent.class.getPermittedSubclasses()) {
      all.addAll(List.of(family.getPermittedSubclasses()));
    }
    assertThat(seen).containsExactlyInAnyOrderElementsOf(all);
  }

  @Example
  void every_error_variant_round_trips_as_its_own_class() {
    List<HoldingError> errors = HoldingErrors.oneOfEach();

    assertThat(errors.stream().map(Object::getClass).collect(Collectors.toSet()))
        .containsExactlyInAnyOrder(HoldingError.class.getPermittedSubclasses());
    for (HoldingError error : errors) {
      assertThat(roundTripAsItsClass(error)).isEqualTo(error);
      assertThat(error.code()).matches("[a-z_]+");
    }
  }

  // --- what is refused --------------------------------------------------------------------------

  @Example
  void an_unknown_property_of_an_account_is_refused() {
    ObjectNode account = MAPPER.valueToTree(HoldingFixture.deposit(CustomerId.of("C1")));
    account.put("iban", "DE00");

    assertThatThrownBy(() -> MAPPER.readValue(account.toString(), Account.class))
        .isInstanceOf(UnrecognizedPropertyException.class)
        .hasMessageContaining("\"iban\"");
  }

  @Example
  void an_event_with_a_foreign_type_name_is_refused() {
    ObjectNode event =
        MAPPER.valueToTree(new HoldingEvent.ServiceEnded(CustomerId.of("C1"), 2, HoldingFixture.TODAY,
            io.github.bankcrm.core.customer.CustomerFixture.TELLER, io.github.bankcrm.core.customer.CustomerFixture.NOW));
    event.put("type", "java.lang.ProcessBuilder");

    assertThatThrownBy(() -> MAPPER.readValue(event.toString(), HoldingEvent.class))
        .isInstanceOf(InvalidTypeIdException.class)
        .hasMessageContaining("known type ids");
  }

  @Property(tries = 50)
  void an_invalid_account_number_is_refused_without_repeating_it(@ForAll("invalidNumbers") String invalid) {
    ObjectNode account = MAPPER.valueToTree(HoldingFixture.deposit(CustomerId.of("C1")));
    account.put("number", invalid);

    assertRefusedWithout(account.toString(), Account.class, invalid);
    assertRefusedWithout("\"" + invalid + "\"", AccountNumber.class, invalid);
  }

  @Example
  void an_account_number_sent_as_a_json_number_is_refused_without_repeating_it() {
    ObjectNode account = MAPPER.valueToTree(HoldingFixture.deposit(CustomerId.of("C1")));
    account.put("number", 6222021234567890128L);

    assertRefusedWithout(account.toString(), Account.class, "6222021234567890128");
    assertRefusedWithout("6222021234567890128", AccountNumber.class, "6222021234567890128");
  }

  @Example
  void a_card_account_whose_number_fails_the_check_digit_is_refused_without_repeating_it() {
    Account card = HoldingFixture.opened("A1", HoldingFixture.CARD_NUMBER, ProductType.CARD, "0", CustomerId.of("C1"));
    ObjectNode json = MAPPER.valueToTree(card);
    String wrong = HoldingFixture.CARD_NUMBER.substring(0, 15) + "0";
    json.put("number", wrong);

    assertRefusedWithout(json.toString(), Account.class, wrong);
  }

  private static void assertRefusedWithout(String json, Class<?> type, String secret) {
    Throwable thrown = null;
    try {
      MAPPER.readValue(json, type);
    } catch (Exception e) {
      thrown = e;
    }
    assertThat(thrown).as("refused").isNotNull();
    for (Throwable t = thrown; t != null; t = t.getCause()) {
      assertThat(String.valueOf(t.getMessage())).doesNotContain(secret);
      assertThat(t.toString()).doesNotContain(secret);
    }
  }

  // --- generators -------------------------------------------------------------------------------

  @Provide
  Arbitrary<List<AccountUpdate>> accounts() {
    return HoldingArbitraries.accountHistories("A1");
  }

  @Provide
  Arbitrary<List<LoanContractUpdate>> contracts() {
    return HoldingArbitraries.contractHistories("L1");
  }

  @Provide
  Arbitrary<List<AssignmentUpdate>> assignments() {
    return HoldingArbitraries.assignmentHistories(CustomerId.of("C1"), true);
  }

  @Provide
  Arbitrary<List<Account>> portfolios() {
    return HoldingArbitraries.accountPortfolios();
  }

  @Provide
  Arbitrary<CustomerId> customers() {
    return Arbitraries.of(HoldingArbitraries.CUSTOMERS);
  }

  @Provide
  Arbitrary<String> invalidNumbers() {
    return HoldingArbitraries.accountNumbers().map(number -> number.substring(0, 8) + "x" + number.substring(8));
  }

  /** One example of every error variant. */
  static final class HoldingErrors {

    private HoldingErrors() {}

    static List<HoldingError> oneOfEach() {
      AccountId account = AccountId.of("A1");
      LoanContractId contract = LoanContractId.of("L1");
      CustomerId customer = CustomerId.of("C1");
      LocalDate day = HoldingFixture.TODAY;
      return List.of(
          new HoldingError.InvalidHoldingData(List.of(FieldError.required("owner"))),
          new HoldingError.AccountNotFound(account),
          new HoldingError.LoanContractNotFound(contract),
          new HoldingError.CustomerNotFound(customer),
          new HoldingError.OutsideAccessScope(OrganizationFixture.SH01),
          new HoldingError.VersionConflict("account", "A1", 1, 2),
          new HoldingError.DuplicateAccountNumber(account),
          new HoldingError.AccountClosed(account),
          new HoldingError.BalanceNotZero(account),
          new HoldingError.StatusChangeNotAllowed(account, AccountStatus.FROZEN, AccountStatus.CLOSED),
          new HoldingError.AlreadyHolder(account, customer),
          new HoldingError.NotAHolder(account, customer),
          new HoldingError.PrimaryOwnerFixed(account),
          new HoldingError.GuarantorIsBorrower(contract, customer),
          new HoldingError.DueBillsExceedContract(contract),
          new HoldingError.ContractPartExists(contract, "due bill", "B1"),
          new HoldingError.ContractPartNotFound(contract, "collateral", "K1"),
          new HoldingError.ContractSettled(contract),
          new HoldingError.OutstandingNotZero(contract),
          new HoldingError.NotServed(customer),
          new HoldingError.AlreadyServed(customer),
          new HoldingError.AssignmentOutOfOrder(customer, day, day.plusDays(1)),
          new HoldingError.Unchanged("A1"));
    }
  }
}
