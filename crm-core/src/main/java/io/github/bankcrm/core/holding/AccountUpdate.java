package io.github.bankcrm.core.holding;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.List;

/**
 * What an accepted account command produces: the account's next state and the events. The {@link
 * Accounts} port saves the state only over the version it was computed from.
 *
 * @param account the new state; version 1 for an opening
 * @param events what happened, for the caller to publish
 */
public record AccountUpdate(Account account, List<HoldingEvent.AccountEvent> events) {

  public AccountUpdate {
    requireNonNull(account, "account");
    events = List.copyOf(requireNonNull(events, "events"));
    for (HoldingEvent.AccountEvent event : events) {
      if (!event.accountId().equals(account.id()) || event.version() != account.version()) {
        throw new IllegalArgumentException("the events must describe this very version");
      }
    }
  }

  /**
   * Whether this update opens a new account.
   *
   * @return whether the account is at version 1
   */
  @JsonIgnore
  public boolean isOpening() {
    return account.version() == 1;
  }

  /**
   * The version the stored account must have for this update to apply.
   *
   * @return 0 for an opening, otherwise the version before this one
   */
  public long expectedStoredVersion() {
    return account.version() - 1;
  }
}
