package io.github.bankcrm.examples.bank;

import static java.util.Objects.requireNonNull;

import io.github.bankcrm.core.customer.CustomerId;
import io.github.bankcrm.core.holding.Account;
import io.github.bankcrm.core.holding.AccountUpdate;
import io.github.bankcrm.core.holding.Accounts;
import io.github.bankcrm.core.holding.DueBillId;
import io.github.bankcrm.core.holding.HoldingError;
import io.github.bankcrm.core.holding.LoanContract;
import io.github.bankcrm.core.holding.LoanContractUpdate;
import io.github.bankcrm.core.holding.LoanContracts;
import io.github.bankcrm.core.holding.ProductCode;
import io.github.bankcrm.core.interaction.Interaction;
import io.github.bankcrm.core.interaction.InteractionId;
import io.github.bankcrm.core.interaction.Interactions;
import io.github.bankcrm.core.interaction.RecordInteraction;
import io.github.bankcrm.core.lifecycle.BalancePoint;
import io.github.bankcrm.core.lifecycle.LifecycleCommand;
import io.github.bankcrm.core.lifecycle.LifecycleMaintenance;
import io.github.bankcrm.core.lifecycle.LifecycleStage;
import io.github.bankcrm.core.organization.AccessScope;
import io.github.bankcrm.core.shared.Money;
import io.vavr.control.Either;
import java.util.ArrayList;
import java.util.List;

/**
 * Loads what a synthetic customer holds through the ports, whatever their adapter: its accounts with
 * their balance histories, its loans with one due bill each, its interactions, and its lifecycle
 * (onboarded if it holds anything, a prospect otherwise). The customer must be saved first. A refusal
 * is a bug of the generator and throws.
 *
 * @param scope the loader's scope, which sees the customer
 * @param accounts the account store
 * @param loans the loan contract store
 * @param interactions the interaction store
 * @param lifecycle the lifecycle maintenance
 */
public record SyntheticLoad(
    AccessScope scope, Accounts accounts, LoanContracts loans, Interactions interactions, LifecycleMaintenance lifecycle) {

  /**
   * @throws NullPointerException if a port is missing
   */
  public SyntheticLoad {
    requireNonNull(scope, "scope");
    requireNonNull(accounts, "accounts");
    requireNonNull(loans, "loans");
    requireNonNull(interactions, "interactions");
    requireNonNull(lifecycle, "lifecycle");
  }

  /**
   * Loads one customer's holdings, interactions and lifecycle.
   *
   * @param customer the customer, already saved
   * @throws IllegalStateException if a port refuses a synthetic record
   */
  public void load(SyntheticCustomer customer) {
    for (AccountUpdate update : accountUpdates(customer)) {
      accounts.save(scope, update)
          .getOrElseThrow(error -> new IllegalStateException("synthetic account refused: " + error.code()));
    }
    loadAllButAccounts(customer);
  }

  /**
   * Loads one customer's loans, interactions and lifecycle, for a loader that saved the accounts
   * already, e.g. all customers' {@link #accountUpdates} in one bulk save.
   *
   * @param customer the customer, already saved, with its accounts
   * @throws IllegalStateException if a port refuses a synthetic record
   */
  public void loadAllButAccounts(SyntheticCustomer customer) {
    CustomerId id = customer.id();
    for (SyntheticLoan synthetic : customer.loans()) {
      DueBillId bill = DueBillId.of(synthetic.id().value() + "-1");
      LoanContract loan = savedLoan(LoanContract.sign(synthetic.id(), id, ProductCode.of("LN01"),
          synthetic.amount(), synthetic.startDate(), synthetic.maturityDate(), SyntheticBank.LOADER,
          SyntheticBank.AS_OF));
      loan = savedLoan(loan.drawDueBill(loan.version(), bill, synthetic.amount(), synthetic.startDate(),
          synthetic.dueDate(), SyntheticBank.LOADER, SyntheticBank.AS_OF));
      savedLoan(loan.updateDueBill(loan.version(), bill, synthetic.outstanding(), synthetic.overdueSince(),
          SyntheticBank.LOADER, SyntheticBank.AS_OF));
    }
    int contact = 0;
    for (RecordInteraction form : customer.interactions()) {
      Interaction.record(InteractionId.of(id.value() + "-I" + contact++), form, SyntheticBank.LOADER, SyntheticBank.AS_OF)
          .flatMap(update -> interactions.save(scope, update))
          .getOrElseThrow(error -> new IllegalStateException("synthetic interaction refused: " + error.code()));
    }
    boolean holds = !customer.accounts().isEmpty() || !customer.loans().isEmpty();
    lifecycle.start(scope, id, holds ? LifecycleStage.ONBOARDING : LifecycleStage.PROSPECT, null,
            SyntheticBank.LOADER, SyntheticBank.AS_OF)
        .flatMap(started -> holds
            ? lifecycle.command(scope, id, started.lifecycle().version(), LifecycleCommand.COMPLETE_ONBOARDING,
                null, SyntheticBank.LOADER, SyntheticBank.AS_OF)
            : Either.right(started))
        .getOrElseThrow(error -> new IllegalStateException("synthetic lifecycle refused: " + error.code()));
  }

  /**
   * The opening and every recorded balance of each account of a customer, in order, each computed
   * from the one before: what {@link #load} saves one by one, and what a bulk save takes at once.
   *
   * @param customer the customer
   * @return the account updates
   * @throws IllegalStateException if the domain refuses a synthetic record
   */
  public static List<AccountUpdate> accountUpdates(SyntheticCustomer customer) {
    List<AccountUpdate> updates = new ArrayList<>();
    for (SyntheticAccount synthetic : customer.accounts()) {
      AccountUpdate update = accepted(Account.open(synthetic.id(), synthetic.opening(),
          SyntheticBank.BUSINESS_DATE, SyntheticBank.LOADER, SyntheticBank.AS_OF));
      updates.add(update);
      for (BalancePoint point : synthetic.balances()) {
        Account account = update.account();
        update = accepted(account.recordBalance(account.version(), point.day(),
            Money.of(point.total(), account.currency()), SyntheticBank.BUSINESS_DATE, SyntheticBank.LOADER,
            SyntheticBank.AS_OF));
        updates.add(update);
      }
    }
    return updates;
  }

  private static AccountUpdate accepted(Either<HoldingError, AccountUpdate> update) {
    return update.getOrElseThrow(error -> new IllegalStateException("synthetic account refused: " + error.code()));
  }

  private LoanContract savedLoan(Either<HoldingError, LoanContractUpdate> update) {
    return update.flatMap(u -> loans.save(scope, u))
        .getOrElseThrow(error -> new IllegalStateException("synthetic loan refused: " + error.code()));
  }
}
