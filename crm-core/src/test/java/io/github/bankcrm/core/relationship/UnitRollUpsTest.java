package io.github.bankcrm.core.relationship;

import static io.github.bankcrm.core.customer.CustomerFixture.NOW;
import static io.github.bankcrm.core.customer.CustomerFixture.TELLER;
import static io.github.bankcrm.core.holding.HoldingFixture.CARD_NUMBER;
import static io.github.bankcrm.core.holding.HoldingFixture.TODAY;
import static io.github.bankcrm.core.holding.HoldingFixture.cny;
import static io.github.bankcrm.core.organization.OrganizationFixture.BJ01;
import static io.github.bankcrm.core.organization.OrganizationFixture.BJ02;
import static io.github.bankcrm.core.organization.OrganizationFixture.SH01;
import static io.github.bankcrm.core.relationship.RelationshipFixture.company;
import static io.github.bankcrm.core.relationship.RelationshipFixture.established;
import static io.github.bankcrm.core.relationship.RelationshipFixture.form;
import static io.github.bankcrm.core.relationship.RelationshipFixture.person;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.bankcrm.core.customer.CustomerId;
import io.github.bankcrm.core.customer.CustomerKind;
import io.github.bankcrm.core.holding.Account;
import io.github.bankcrm.core.holding.AccountHolder;
import io.github.bankcrm.core.holding.AccountId;
import io.github.bankcrm.core.holding.Accounts;
import io.github.bankcrm.core.holding.DueBillId;
import io.github.bankcrm.core.holding.ExposureKind;
import io.github.bankcrm.core.holding.Guarantee;
import io.github.bankcrm.core.holding.GuaranteeType;
import io.github.bankcrm.core.holding.HoldingFixture;
import io.github.bankcrm.core.holding.LoanContract;
import io.github.bankcrm.core.holding.LoanContracts;
import io.github.bankcrm.core.holding.OwnershipRole;
import io.github.bankcrm.core.holding.ProductType;
import io.github.bankcrm.core.inmemory.InMemoryAccounts;
import io.github.bankcrm.core.inmemory.InMemoryCustomers;
import io.github.bankcrm.core.inmemory.InMemoryLoanContracts;
import io.github.bankcrm.core.inmemory.InMemoryRelationships;
import io.github.bankcrm.core.organization.AccessScope;
import io.github.bankcrm.core.organization.OrganizationFixture;
import java.time.LocalDate;
import java.util.Currency;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Household and corporate-group roll-ups of balances and related-party exposure: each account and
 * contract once, guarantees inside the unit not added, guarantees of outsiders' loans capped.
 */
class UnitRollUpsTest {

  private static final Currency CNY = Currency.getInstance("CNY");
  private static final AccessScope HEAD_OFFICE = AccessScope.unrestricted();
  private static final AccessScope BEIJING = OrganizationFixture.scopeOf("BJ");
  private static final AccessScope SHANGHAI = OrganizationFixture.scopeOf("SH");

  private final InMemoryCustomers customers = new InMemoryCustomers();
  private final Relationships relationships = new InMemoryRelationships(customers);
  private final Accounts accounts = new InMemoryAccounts(customers);
  private final LoanContracts contracts = new InMemoryLoanContracts(customers);
  private final UnitRollUps rollUps = new UnitRollUps(customers, relationships, accounts, contracts);
  private final AtomicInteger serial = new AtomicInteger();

  private CustomerId husband;
  private CustomerId wife;
  private CustomerId son;
  private CustomerId neighbour;
  private CustomerId parent;
  private CustomerId subsidiary;
  private CustomerId supplier;

  @BeforeEach
  void aFamilyAndAGroupBankHere() {
    husband = person(customers, "P1", BJ01);
    wife = person(customers, "P2", BJ01);
    son = person(customers, "P3", SH01);
    neighbour = person(customers, "P9", BJ01);
    parent = company(customers, "K1", BJ01);
    subsidiary = company(customers, "K2", BJ02);
    supplier = company(customers, "K9", BJ01);
    relate("R1", husband, RelationshipType.SPOUSE, wife);
    relate("R2", husband, RelationshipType.PARENT_CHILD, son);
    relate("R3", parent, RelationshipType.PARENT_SUBSIDIARY, subsidiary);
    relate("R4", neighbour, RelationshipType.OTHER, husband);
  }

  private void relate(String id, CustomerId from, RelationshipType type, CustomerId to) {
    relationships.save(HEAD_OFFICE, established(id, form(from, type, to, null))).get();
  }

  private Account open(ProductType type, String number, String balance, CustomerId owner) {
    AccountId id = AccountId.of("A" + serial.incrementAndGet());
    return accounts
        .save(
            HEAD_OFFICE,
            Account.open(id, HoldingFixture.form(number, type, balance, owner), TODAY, TELLER, NOW).get())
        .get();
  }

  private void addHolder(Account account, CustomerId holder, OwnershipRole role) {
    accounts.save(
            HEAD_OFFICE,
            account.addHolder(account.version(), new AccountHolder(holder, role), TELLER, NOW).get())
        .get();
  }

  /** A contract of 1,000,000 CNY with one due bill of {@code drawn} and the guarantees given. */
  private void lend(String id, CustomerId borrower, String drawn, Guarantee... guarantees) {
    LoanContract contract = contracts.save(HEAD_OFFICE, HoldingFixture.signing(id, borrower)).get();
    for (Guarantee guarantee : guarantees) {
      contract =
          contracts.save(HEAD_OFFICE, contract.addGuarantee(contract.version(), guarantee, TELLER, NOW).get()).get();
    }
    contracts
        .save(
            HEAD_OFFICE,
            contract
                .drawDueBill(
                    contract.version(),
                    DueBillId.of(id + "-1"),
                    cny(drawn),
                    LocalDate.of(2025, 2, 1),
                    LocalDate.of(2029, 12, 31),
                    TELLER,
                    NOW)
                .get())
        .get();
  }

  private static Guarantee guarantee(CustomerId guarantor, String amount) {
    return new Guarantee(guarantor, GuaranteeType.JOINT_AND_SEVERAL, cny(amount));
  }

  @Nested
  class AHousehold {

    @BeforeEach
    void holdings() {
      Account joint = open(ProductType.DEPOSIT, "6222020000000011", "200000.00", husband);
      addHolder(joint, wife, OwnershipRole.JOINT_OWNER);
      open(ProductType.CARD, CARD_NUMBER, "3500.00", wife);
      open(ProductType.DEPOSIT, "6222020000000029", "50000.00", son);
      Account neighbours = open(ProductType.DEPOSIT, "6222020000000037", "90000.00", neighbour);
      addHolder(neighbours, husband, OwnershipRole.BENEFICIARY);
      // the mortgage of the husband, guaranteed by his wife: already owed by the household
      lend("L1", husband, "800000.00", guarantee(wife, "400000.00"));
      // the wife guarantees 300,000 of a neighbour's loan of which 100,000 is outstanding
      lend("L2", neighbour, "100000.00", guarantee(wife, "300000.00"));
    }

    @Test
    void counts_a_joint_account_once_and_leaves_out_what_a_member_only_benefits_from() {
      UnitTotals household = rollUps.household(HEAD_OFFICE, husband, TODAY).get();

      assertThat(household.members()).containsExactly(husband, wife, son);
      // 200,000 joint + 50,000 of the son; the neighbour's account names the husband as beneficiary only
      assertThat(household.balance(ProductType.DEPOSIT, CNY)).isEqualTo(cny("250000.00"));
      assertThat(household.balance(ProductType.CARD, CNY)).isEqualTo(cny("3500.00"));
      // adding the members' own summaries would count the joint deposit twice
      assertThat(
              accounts.balanceSummary(HEAD_OFFICE, husband, TODAY).total(ProductType.DEPOSIT, CNY).amount()
                  .add(accounts.balanceSummary(HEAD_OFFICE, wife, TODAY).total(ProductType.DEPOSIT, CNY).amount())
                  .add(accounts.balanceSummary(HEAD_OFFICE, son, TODAY).total(ProductType.DEPOSIT, CNY).amount()))
          .isEqualByComparingTo("450000.00");
    }

    @Test
    void owes_its_own_loans_once_and_an_outsiders_loan_up_to_what_is_outstanding() {
      UnitTotals household = rollUps.household(HEAD_OFFICE, wife, TODAY).get();

      assertThat(household.exposure(CNY, ExposureKind.BORROWED)).isEqualTo(cny("800000.00"));
      // the wife's 400,000 guarantee of her husband's loan adds nothing; the neighbour's loan is capped
      assertThat(household.exposure(CNY, ExposureKind.GUARANTEED)).isEqualTo(cny("100000.00"));
      assertThat(household.exposure(CNY, null)).isEqualTo(cny("900000.00"));
      assertThat(household.exposure())
          .extracting(item -> item.contractId().value())
          .containsExactly("L1", "L2");
    }

    @Test
    void is_the_same_unit_whoever_is_asked_about() {
      assertThat(rollUps.household(HEAD_OFFICE, son, TODAY).get())
          .isEqualTo(rollUps.household(HEAD_OFFICE, husband, TODAY).get());
    }

    @Test
    void a_branch_totals_only_what_it_sees() {
      UnitTotals seenFromBeijing = rollUps.household(BEIJING, husband, TODAY).get();

      // the son banks in Shanghai: still family, but his deposit is not Beijing's to see
      assertThat(seenFromBeijing.members()).contains(son);
      assertThat(seenFromBeijing.balance(ProductType.DEPOSIT, CNY)).isEqualTo(cny("200000.00"));
      assertThat(rollUps.household(SHANGHAI, husband, TODAY).getLeft())
          .isEqualTo(new RelationshipError.CustomerNotFound(husband));
    }

    @Test
    void a_day_before_the_loans_were_drawn_shows_no_exposure() {
      UnitTotals earlier = rollUps.household(HEAD_OFFICE, husband, LocalDate.of(2024, 12, 31)).get();

      assertThat(earlier.exposure()).isEmpty();
      assertThat(earlier.balances()).isEmpty();
    }
  }

  @Nested
  class ACorporateGroup {

    @BeforeEach
    void loans() {
      // the subsidiary borrows, guaranteed by its parent: one exposure, not two
      lend("L3", subsidiary, "500000.00", guarantee(parent, "500000.00"));
      // the parent guarantees a supplier outside the group
      lend("L4", supplier, "200000.00", guarantee(parent, "1000000.00"));
      open(ProductType.DEPOSIT, "6222020000000045", "1500000.00", parent);
    }

    @Test
    void its_related_party_exposure_adds_loans_to_members_and_guarantees_of_outsiders() {
      UnitTotals group = rollUps.corporateGroup(HEAD_OFFICE, subsidiary, TODAY).get();

      assertThat(group.members()).containsExactlyInAnyOrder(parent, subsidiary);
      assertThat(group.exposure(CNY, ExposureKind.BORROWED)).isEqualTo(cny("500000.00"));
      assertThat(group.exposure(CNY, ExposureKind.GUARANTEED)).isEqualTo(cny("200000.00"));
      assertThat(group.balance(ProductType.DEPOSIT, CNY)).isEqualTo(cny("1500000.00"));
    }

    @Test
    void any_named_set_of_customers_totals_the_same_way() {
      assertThat(rollUps.totals(HEAD_OFFICE, Set.of(parent, subsidiary), TODAY))
          .isEqualTo(rollUps.corporateGroup(HEAD_OFFICE, parent, TODAY).get());
    }
  }

  @Nested
  class Refusals {

    @Test
    void a_company_has_no_household_and_a_person_no_corporate_group() {
      assertThat(rollUps.household(HEAD_OFFICE, parent, TODAY).getLeft())
          .isEqualTo(new RelationshipError.ViewNotApplicable(parent, CustomerKind.CORPORATE, "household"));
      assertThat(rollUps.corporateGroup(HEAD_OFFICE, husband, TODAY).getLeft())
          .isEqualTo(
              new RelationshipError.ViewNotApplicable(husband, CustomerKind.INDIVIDUAL, "corporate group"));
    }

    @Test
    void an_unknown_customer_is_not_found() {
      CustomerId nobody = CustomerId.of("P404");
      assertThat(rollUps.household(HEAD_OFFICE, nobody, TODAY).getLeft())
          .isEqualTo(new RelationshipError.CustomerNotFound(nobody));
    }

    @Test
    void an_empty_unit_is_a_programming_error() {
      assertThatThrownBy(() -> rollUps.totals(HEAD_OFFICE, Set.of(), TODAY))
          .isInstanceOf(IllegalArgumentException.class);
    }
  }
}
