package io.github.bankcrm.core.holding;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.List;

/**
 * What an accepted loan contract command produces: the contract's next state and the events. The
 * {@link LoanContracts} port saves the state only over the version it was computed from.
 *
 * @param contract the new state; version 1 for a signing
 * @param events what happened, for the caller to publish
 */
public record LoanContractUpdate(
    LoanContract contract, List<HoldingEvent.LoanContractEvent> events) {

  public LoanContractUpdate {
    requireNonNull(contract, "contract");
    events = List.copyOf(requireNonNull(events, "events"));
    for (HoldingEvent.LoanContractEvent event : events) {
      if (!event.contractId().equals(contract.id()) || event.version() != contract.version()) {
        throw new IllegalArgumentException("the events must describe this very version");
      }
    }
  }

  /**
   * Whether this update records a new contract.
   *
   * @return whether the contract is at version 1
   */
  @JsonIgnore
  public boolean isSigning() {
    return contract.version() == 1;
  }

  /**
   * Whether this update hands the borrower's place to another customer ({@link
   * LoanContract#transferBorrower}), the only change that may change the borrower.
   *
   * @return whether it carries a {@code BorrowerTransferred} event
   */
  @JsonIgnore
  public boolean transfersBorrower() {
    return events.stream().anyMatch(HoldingEvent.BorrowerTransferred.class::isInstance);
  }

  /**
   * The version the stored contract must have for this update to apply.
   *
   * @return 0 for a signing, otherwise the version before this one
   */
  public long expectedStoredVersion() {
    return contract.version() - 1;
  }
}
