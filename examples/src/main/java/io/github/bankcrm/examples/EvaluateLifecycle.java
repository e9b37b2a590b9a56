package io.github.bankcrm.examples;

import io.github.bankcrm.core.customer.CustomerId;
import io.github.bankcrm.core.customer.CustomerMaintenance;
import io.github.bankcrm.core.customer.CustomerNumbering;
import io.github.bankcrm.core.customer.Customers;
import io.github.bankcrm.core.customer.IdentityDocumentForm;
import io.github.bankcrm.core.customer.IndividualProfileForm;
import io.github.bankcrm.core.customer.KycRiskRating;
import io.github.bankcrm.core.customer.RegisterIndividualCustomer;
import io.github.bankcrm.core.holding.Account;
import io.github.bankcrm.core.holding.AccountId;
import io.github.bankcrm.core.holding.Accounts;
import io.github.bankcrm.core.holding.OpenAccount;
import io.github.bankcrm.core.holding.ProductType;
import io.github.bankcrm.core.inmemory.InMemoryAccounts;
import io.github.bankcrm.core.inmemory.InMemoryCustomers;
import io.github.bankcrm.core.inmemory.InMemoryLifecycles;
import io.github.bankcrm.core.inmemory.InMemoryLoanContracts;
import io.github.bankcrm.core.inmemory.InMemoryOrganizationUnits;
import io.github.bankcrm.core.lifecycle.Band;
import io.github.bankcrm.core.lifecycle.CustomerLifecycle;
import io.github.bankcrm.core.lifecycle.HoldingsFacts;
import io.github.bankcrm.core.lifecycle.LifecycleCommand;
import io.github.bankcrm.core.lifecycle.LifecycleMaintenance;
import io.github.bankcrm.core.lifecycle.LifecyclePolicy;
import io.github.bankcrm.core.lifecycle.LifecycleRule;
import io.github.bankcrm.core.lifecycle.LifecycleStage;
import io.github.bankcrm.core.lifecycle.LifecycleTransition;
import io.github.bankcrm.core.lifecycle.Lifecycles;
import io.github.bankcrm.core.lifecycle.PolicyRun;
import io.github.bankcrm.core.organization.AccessScope;
import io.github.bankcrm.core.organization.OrganizationLevel;
import io.github.bankcrm.core.organization.OrganizationUnit;
import io.github.bankcrm.core.organization.OrganizationUnitId;
import io.github.bankcrm.core.organization.OrganizationUnits;
import io.github.bankcrm.core.shared.Actor;
import io.github.bankcrm.core.shared.Money;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Currency;
import java.util.List;
import java.util.Set;

/**
 * Evaluates a customer's lifecycle: a customer who opened a deposit in 2024 and has not moved money
 * since November 2025 is onboarded, then a retail policy of two rules is evaluated on the holdings for
 * 30 June 2026; the customer turns dormant, and the move is saved in the lifecycle's log with the
 * rule's reason. Run with {@code ./mvnw -q -Pdemo -DskipTests package
 * -Ddemo.mainClass=io.github.bankcrm.examples.EvaluateLifecycle}.
 */
public final class EvaluateLifecycle {

  private EvaluateLifecycle() {}

  /**
   * Onboards one customer, evaluates the policy and prints the move and the log.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    Actor teller = Actor.of("teller-007");
    Actor nightlyJob = Actor.of("lifecycle-job");
    LocalDate businessDate = LocalDate.of(2026, 6, 30);
    Instant now = businessDate.atStartOfDay().toInstant(ZoneOffset.UTC);
    OrganizationUnits units = new InMemoryOrganizationUnits();
    units.add(new OrganizationUnit(OrganizationUnitId.of("HO"), "总行", OrganizationLevel.HEAD_OFFICE, null));
    units.add(new OrganizationUnit(OrganizationUnitId.of("BJ"), "北京分行", OrganizationLevel.BRANCH, OrganizationUnitId.of("HO")));
    AccessScope beijing = AccessScope.of(units.hierarchy(), List.of(OrganizationUnitId.of("BJ")));
    Customers customers = new InMemoryCustomers();
    CustomerId customer = new CustomerMaintenance(customers, units, CustomerNumbering.randomUuid(), Clock.fixed(now, ZoneOffset.UTC))
        .registerIndividual(beijing, teller, new RegisterIndividualCustomer(IndividualProfileForm.builder()
            .legalName("王小红")
            .addIdentityDocuments(IdentityDocumentForm.residentIdCard("11010519491231002X"))
            .build(), "BJ", null, KycRiskRating.LOW))
        .getOrElseThrow(error -> new IllegalStateException("the example's customer was refused: " + error.code()))
        .customer().id();

    // the holdings the policy reads: a deposit opened in March 2024, last changed in November 2025
    Accounts accounts = new InMemoryAccounts(customers);
    Account deposit = Account.open(AccountId.of("A-1"), new OpenAccount("6222021234567890", ProductType.DEPOSIT,
            "DEP-SAVINGS", "CNY", LocalDate.of(2024, 3, 1), new BigDecimal("50000.00"), customer),
            businessDate, teller, now)
        .flatMap(update -> accounts.save(beijing, update))
        .flatMap(opened -> opened.recordBalance(opened.version(), LocalDate.of(2025, 11, 3),
            Money.of(new BigDecimal("48000.00"), opened.currency()), businessDate, teller, now))
        .flatMap(update -> accounts.save(beijing, update))
        .getOrElseThrow(error -> new IllegalStateException("the example's account was refused: " + error.code()));
    System.out.println("Deposit " + deposit.id().value() + " opened 2024-03-01, last balance change 2025-11-03");

    Lifecycles lifecycles = new InMemoryLifecycles(customers);
    HoldingsFacts holdings = new HoldingsFacts(accounts, new InMemoryLoanContracts(customers), Currency.getInstance("CNY"));
    LifecycleMaintenance maintenance = new LifecycleMaintenance(lifecycles, holdings);
    CustomerLifecycle onboarded = maintenance.start(beijing, customer, LifecycleStage.ONBOARDING, null, teller, now)
        .flatMap(started -> maintenance.command(beijing, customer, started.lifecycle().version(),
            LifecycleCommand.COMPLETE_ONBOARDING, null, teller, now))
        .getOrElseThrow(error -> new IllegalStateException("the example's lifecycle was refused: " + error.code()))
        .lifecycle();
    System.out.println("Lifecycle: " + onboarded.stage());

    LifecyclePolicy policy = new LifecyclePolicy("retail", 1, 90, List.of(
        new LifecycleRule("inactive_180d", null, LifecycleStage.DORMANT, Band.atLeast(180), null, null, null),
        new LifecycleRule("loyal", Set.of(LifecycleStage.GROWING), LifecycleStage.MATURE, null, null,
            Band.atLeast(2), Band.atLeast(730))));
    policy.evaluate(holdings.factsOf(beijing, customer, onboarded.stage(), businessDate))
        .ifPresent(move -> System.out.println("Policy proposes " + move.from() + " -> " + move.to()
            + " because " + move.reasonCode() + " " + move.reasons()));

    PolicyRun run = maintenance.applyPolicy(beijing, policy, businessDate, nightlyJob, now);
    System.out.println("Applied " + run.applied().size() + " move(s), refused " + run.refused().size());
    for (LifecycleTransition entry : lifecycles.find(beijing, customer).orElseThrow().transitions()) {
      System.out.println("  log: " + entry.from() + " -> " + entry.to() + " (" + entry.reasonCode() + ")");
    }
  }
}
