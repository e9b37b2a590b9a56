package io.github.bankcrm.core.lifecycle;

import static io.github.bankcrm.core.customer.CustomerFixture.NOW;
import static io.github.bankcrm.core.customer.CustomerFixture.TELLER;

import io.github.bankcrm.core.customer.CustomerId;
import io.github.bankcrm.core.holding.AccountId;
import io.github.bankcrm.core.holding.LoanContractId;
import java.util.List;

/** Lifecycles and holdings positions for tests. */
public final class LifecycleFixture {

  private LifecycleFixture() {}

  /**
   * A lifecycle started as a prospect.
   *
   * @param customerId the customer
   * @return the start
   */
  public static LifecycleUpdate prospect(CustomerId customerId) {
    return CustomerLifecycle.start(customerId, LifecycleStage.PROSPECT, null, TELLER, NOW).get();
  }

  /**
   * A position with one open account.
   *
   * @param customerId the customer
   * @return the position
   */
  public static HoldingsPosition holdingAccount(CustomerId customerId) {
    return new HoldingsPosition(customerId, List.of(AccountId.of("A-1")), List.of());
  }

  /**
   * Drives a lifecycle through commands, each guarded by a position that satisfies it.
   *
   * @param lifecycle where to start
   * @param commands the commands, each allowed in turn
   * @return the lifecycle after the last one
   */
  public static CustomerLifecycle after(CustomerLifecycle lifecycle, LifecycleCommand... commands) {
    CustomerLifecycle current = lifecycle;
    for (LifecycleCommand command : commands) {
      HoldingsPosition position =
          LifecycleTransitions.guard(command) == LifecycleGuard.NOTHING_OPEN
              ? HoldingsPosition.nothing(current.customerId())
              : holdingAccount(current.customerId());
      current =
          current.command(current.version(), command, position, null, TELLER, NOW)
              .getOrElseThrow(error -> new AssertionError(error.message()))
              .lifecycle();
    }
    return current;
  }
}
