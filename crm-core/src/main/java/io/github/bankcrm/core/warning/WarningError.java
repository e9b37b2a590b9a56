package io.github.bankcrm.core.warning;

import io.github.bankcrm.core.customer.CustomerId;
import io.github.bankcrm.core.shared.FieldError;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * Why a warning command or save was refused. Every variant has a stable {@link #code()} and a {@link
 * #message()} free of personal data.
 */
public sealed interface WarningError {

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
   * The step is not allowed from the warning's state; {@code allowed} lists what is. A resolved or
   * lost warning allows nothing: it is never re-opened.
   *
   * @param warningId the warning
   * @param state the current state
   * @param step the refused step
   * @param allowed the steps allowed from {@code state}
   */
  record StepNotAllowed(WarningId warningId, WarningState state, WarningStep step, Set<WarningStep> allowed)
      implements WarningError {
    public StepNotAllowed {
      allowed = Set.copyOf(allowed);
    }

    @Override
    public String code() {
      return "step_not_allowed";
    }

    @Override
    public String message() {
      return "warning " + warningId + " is " + state + "; " + step + " is not allowed, allowed: "
          + new java.util.TreeSet<>(allowed);
    }
  }

  /**
   * An escalation before the due date has passed, or a second one for the same due date.
   *
   * @param warningId the warning
   * @param due the due date
   * @param today the day asked
   */
  record NotPastDue(WarningId warningId, LocalDate due, LocalDate today) implements WarningError {
    @Override
    public String code() {
      return "not_past_due";
    }

    @Override
    public String message() {
      return "warning " + warningId + " is due " + due + "; on " + today
          + " it is not past due or was escalated for that due date already";
    }
  }

  /**
   * Somebody saved another version in between (or, for a new warning, the number is taken).
   *
   * @param warningId the warning
   * @param expectedVersion the version the change was based on
   * @param actualVersion the version stored now
   */
  record VersionConflict(WarningId warningId, long expectedVersion, long actualVersion) implements WarningError {
    @Override
    public String code() {
      return "version_conflict";
    }

    @Override
    public String message() {
      return "warning " + warningId + " is at version " + actualVersion + ", not " + expectedVersion
          + "; reload and try again";
    }
  }

  /**
   * The customer has an open warning already; re-assess that one instead of raising another.
   *
   * @param customerId the customer
   * @param open the open warning
   */
  record OpenWarningExists(CustomerId customerId, WarningId open) implements WarningError {
    @Override
    public String code() {
      return "open_warning_exists";
    }

    @Override
    public String message() {
      return "customer " + customerId + " has open warning " + open;
    }
  }

  /**
   * No such warning in the caller's scope.
   *
   * @param warningId the warning
   */
  record WarningNotFound(WarningId warningId) implements WarningError {
    @Override
    public String code() {
      return "warning_not_found";
    }

    @Override
    public String message() {
      return "no warning " + warningId + " in your access scope";
    }
  }

  /**
   * The customer of a new warning is not in the caller's scope.
   *
   * @param customerId the customer
   */
  record CustomerNotFound(CustomerId customerId) implements WarningError {
    @Override
    public String code() {
      return "customer_not_found";
    }

    @Override
    public String message() {
      return "no customer " + customerId + " in your access scope";
    }
  }

  /**
   * Input fields were refused, such as a due date in the past or a comment too long.
   *
   * @param errors every refused field
   */
  record InvalidInput(List<FieldError> errors) implements WarningError {
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
