package io.github.bankcrm.examples.bank;

import static java.util.Objects.requireNonNull;

import io.github.bankcrm.core.holding.AccountId;
import io.github.bankcrm.core.holding.OpenAccount;
import io.github.bankcrm.core.lifecycle.BalancePoint;
import java.util.List;

/**
 * An account of a synthetic customer: how it was opened and the end-of-day balances recorded after the
 * opening day, oldest first.
 *
 * @param id the library's number for the account
 * @param opening the opening, with the opening balance
 * @param balances later end-of-day balances, each on a later day than the one before
 */
public record SyntheticAccount(AccountId id, OpenAccount opening, List<BalancePoint> balances) {

  /**
   * @throws NullPointerException if a part is missing
   */
  public SyntheticAccount {
    requireNonNull(id, "id");
    requireNonNull(opening, "opening");
    balances = List.copyOf(balances);
  }
}
