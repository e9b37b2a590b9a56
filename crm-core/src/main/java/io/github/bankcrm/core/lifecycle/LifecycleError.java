package io.github.bankcrm.core.lifecycle;

import io.github.bankcrm.core.customer.CustomerId;
import io.github.bankcrm.core.holding.AccountId;
import io.github.bankcrm.core.holding.LoanContractId;
import io.github.bankcrm.core.shared.FieldError;
import java.util.List;

/**
 * Why a lifecycle command, policy move or save was refused. Every variant has a stable {@link #code()}
 * and a {@link #message()} free of personal data: customers by customer number, accounts and loans by
 * ID, never by account number.
 */
public sealed interface LifecycleError {

  /**
   * Stable machine-readable code.
   *
   * @return the code
   */
  String code();

  /**
   * Readable reason, free of personal data.
   *
   * @return the message
   */
  String message();

  /**
   * The command is not allowed from the customer's stage; {@code allowed} lists what is.
   *
   * @param customerId the customer
   * @param from the current stage
   * @param command the refused command
   * @param allowed every commanded move allowed from {@code from}
   */
  record InvalidTransition(
      CustomerId customerId, LifecycleStage from, LifecycleCommand command, List<AllowedMove> allowed)
      implements LifecycleError {
    public InvalidTransition {
      allowed = List.copyOf(allowed);
    }

    @Override
    public String code() {
      return "invalid_transition";
    }

    @Override
    public String message() {
      return "customer " + customerId + " is " + from + "; " + command + " is not allowed, allowed: "
          + allowed.stream().map(move -> move.command() + " -> " + move.to()).toList();
    }
  }

  /**
   * The command's guard does not hold. For {@link LifecycleGuard#NOTHING_OPEN} the blocking accounts and
   * loans are named by ID; for {@link LifecycleGuard#HOLDS_A_PRODUCT} both lists are empty.
   *
   * @param customerId the customer
   * @param command the refused command
   * @param guard the guard that failed
   * @param openAccountIds the open accounts that block it
   * @param outstandingLoanIds the outstanding loans that block it
   */
  record GuardRefused(
      CustomerId customerId,
      LifecycleCommand command,
      LifecycleGuard guard,
      List<AccountId> openAccountIds,
      List<LoanContractId> outstandingLoanIds)
      implements LifecycleError {
    public GuardRefused {
      openAccountIds = List.copyOf(openAccountIds);
      outstandingLoanIds = List.copyOf(outstandingLoanIds);
    }

    @Override
    public String code() {
      return "guard_refused";
    }

    @Override
    public String message() {
      return switch (guard) {
        case HOLDS_A_PRODUCT -> command + " needs an open account or loan; customer " + customerId
            + " holds none";
        case NOTHING_OPEN -> command + " of customer " + customerId + " is blocked by open accounts "
            + openAccountIds + " and outstanding loans " + outstandingLoanIds;
        case NONE -> command + " refused";
      };
    }
  }

  /**
   * A policy proposed a move from a stage the customer is no longer in, or between stages the table
   * does not let a policy move.
   *
   * @param customerId the customer
   * @param proposedFrom the stage the proposal was computed for
   * @param proposedTo the stage it proposed
   * @param actual the customer's stage now
   */
  record PolicyMoveRefused(
      CustomerId customerId, LifecycleStage proposedFrom, LifecycleStage proposedTo, LifecycleStage actual)
      implements LifecycleError {
    @Override
    public String code() {
      return "policy_move_refused";
    }

    @Override
    public String message() {
      return "customer " + customerId + " is " + actual + "; a policy cannot move " + proposedFrom
          + " -> " + proposedTo;
    }
  }

  /**
   * Somebody saved another version in between (or, for a start, the customer already has a lifecycle).
   *
   * @param customerId the customer
   * @param expectedVersion the version the change was based on
   * @param actualVersion the version stored now
   */
  record VersionConflict(CustomerId customerId, long expectedVersion, long actualVersion)
      implements LifecycleError {
    @Override
    public String code() {
      return "version_conflict";
    }

    @Override
    public String message() {
      return "lifecycle of customer " + customerId + " is at version " + actualVersion + ", not "
          + expectedVersion + "; reload and try again";
    }
  }

  /**
   * No lifecycle (or no customer) with this number in the caller's access scope.
   *
   * @param customerId the customer
   */
  record LifecycleNotFound(CustomerId customerId) implements LifecycleError {
    @Override
    public String code() {
      return "lifecycle_not_found";
    }

    @Override
    public String message() {
      return "no lifecycle of customer " + customerId + " in your access scope";
    }
  }

  /**
   * Input fields were refused, such as a comment too long or a stage a lifecycle cannot start in.
   *
   * @param errors every refused field
   */
  record InvalidInput(List<FieldError> errors) implements LifecycleError {
    public InvalidInput {
      errors = List.copyOf(errors);
    }

    @Override
    public String code() {
      return "invalid_input";
    }

    @Override
    public String message() {
      return errors.size() + " field(s) refused: " + errors;
    }
  }
}
