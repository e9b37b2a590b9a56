package io.github.bankcrm.core.holding;

import static io.github.bankcrm.core.customer.CustomerFixture.NOW;
import static io.github.bankcrm.core.customer.CustomerFixture.TELLER;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.bankcrm.core.inmemory.InMemoryAccounts;
import io.github.bankcrm.core.inmemory.InMemoryCustomers;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Account and card numbers are personal financial information (DOMAIN.md §7): nothing the holding API
 * hands out — aggregates, updates, events, forms, summaries, errors of refused input or of the port —
 * shows one in its {@code toString()} or message.
 */
class HoldingPrivacyProperties {

  @Property(tries = 100)
  void nothing_an_account_history_produces_shows_the_account_number(
      @ForAll("accounts") List<AccountUpdate> history) {
    Account last = history.get(history.size() - 1).account();
    String secret = last.number().value();
    List<Object> shown = new ArrayList<>();
    for (AccountUpdate update : history) {
      shown.add(update);
      shown.add(update.account());
      shown.addAll(update.events());
    }
    shown.add(last.number());
    shown.add(BalanceSummary.of(last.owner(), HoldingFixture.TODAY, List.of(last)));
    OpenAccount form =
        new OpenAccount(secret, last.productType(), "P-1", "CNY", last.openedOn(), BigDecimal.ONE, last.owner());
    shown.add(form);
    shown.add(form.validate(HoldingFixture.TODAY));

    assertHidden(Set.of(secret), shown);
  }

  @Property(tries = 100)
  void refusals_of_a_bad_account_or_card_number_do_not_repeat_it(
      @ForAll("badNumbers") String bad, @ForAll ProductType type) {
    OpenAccount form = HoldingFixture.form(bad, type, "-1.001", HoldingFixture.C1);

    HoldingError refused = Account.open(AccountId.of("A1"), form, HoldingFixture.TODAY, TELLER, NOW).getLeft();

    assertHidden(Set.of(bad), List.of(refused, refused.message(), form, form.validate(HoldingFixture.TODAY),
        AccountNumber.parse(bad), AccountNumber.parseCard(bad)));
  }

  @Property(tries = 30)
  void a_duplicate_account_number_is_refused_without_naming_it(@ForAll("accountNumbers") String number) {
    Accounts accounts = new InMemoryAccounts(HoldingFixture.withCustomers(new InMemoryCustomers()));
    OpenAccount form = HoldingFixture.form(number, ProductType.DEPOSIT, "1", HoldingFixture.C1);
    accounts.save(HoldingFixture.HEAD_OFFICE, Account.open(AccountId.of("A1"), form, HoldingFixture.TODAY, TELLER, NOW).get());

    HoldingError refused =
        accounts.save(HoldingFixture.HEAD_OFFICE, Account.open(AccountId.of("A2"), form, HoldingFixture.TODAY, TELLER, NOW).get())
            .getLeft();

    assertThat(refused).isInstanceOf(HoldingError.DuplicateAccountNumber.class);
    assertHidden(Set.of(number), List.of(refused, refused.message()));
  }

  private static void assertHidden(Set<String> secrets, List<?> shown) {
    for (Object object : shown) {
      String text = String.valueOf(object);
      for (String secret : secrets) {
        assertThat(text)
            .as("%s must not show %s", object == null ? "null" : object.getClass().getSimpleName(), secret)
            .doesNotContain(secret);
      }
    }
  }

  @Provide
  Arbitrary<List<AccountUpdate>> accounts() {
    return HoldingArbitraries.accountHistories("A1");
  }

  @Provide
  Arbitrary<String> accountNumbers() {
    return HoldingArbitraries.accountNumbers();
  }

  /** Numbers typed wrongly: a letter inside, or a card number with a wrong check digit. */
  @Provide
  Arbitrary<String> badNumbers() {
    Arbitrary<String> withLetter =
        HoldingArbitraries.accountNumbers().map(number -> number.substring(0, 9) + "O" + number.substring(9));
    Arbitrary<String> wrongCheck =
        HoldingArbitraries.cardNumbers()
            .map(card -> card.substring(0, 15) + (char) ('0' + (card.charAt(15) - '0' + 1) % 10));
    return Arbitraries.oneOf(withLetter, wrongCheck);
  }
}
