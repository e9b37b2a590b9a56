package io.github.bankcrm.core.interaction;

import io.github.bankcrm.core.customer.CustomerId;
import io.github.bankcrm.core.shared.FieldError;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Why an interaction command or save was refused. Every variant has a stable {@link #code()} and a
 * {@link #message()} free of personal data.
 */
public sealed interface InteractionError {

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
   * Input fields were refused; {@code errors} lists every one.
   *
   * @param errors every refused field
   */
  record InvalidInteractionData(List<FieldError> errors) implements InteractionError {
    public InvalidInteractionData {
      errors = List.copyOf(errors);
    }

    @Override
    public String code() {
      return "invalid_interaction_data";
    }

    @Override
    public String message() {
      return errors.size() + " field(s) refused: " + errors;
    }
  }

  /**
   * No such interaction in the caller's scope.
   *
   * @param interactionId the interaction
   */
  record InteractionNotFound(InteractionId interactionId) implements InteractionError {
    @Override
    public String code() {
      return "interaction_not_found";
    }

    @Override
    public String message() {
      return "no interaction " + interactionId + " in your access scope";
    }
  }

  /**
   * The customer of a new interaction is not in the caller's scope.
   *
   * @param customerId the customer
   */
  record CustomerNotFound(CustomerId customerId) implements InteractionError {
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
   * Somebody saved another version in between (or, for a new record, the number is taken).
   *
   * @param interactionId the interaction
   * @param expectedVersion the version the change was based on
   * @param actualVersion the version stored now
   */
  record VersionConflict(InteractionId interactionId, long expectedVersion, long actualVersion)
      implements InteractionError {
    @Override
    public String code() {
      return "version_conflict";
    }

    @Override
    public String message() {
      return "interaction " + interactionId + " is at version " + actualVersion + ", not " + expectedVersion
          + "; reload and try again";
    }
  }

  /**
   * The interaction is not a complaint.
   *
   * @param interactionId the interaction
   */
  record NotAComplaint(InteractionId interactionId) implements InteractionError {
    @Override
    public String code() {
      return "not_a_complaint";
    }

    @Override
    public String message() {
      return "interaction " + interactionId + " is not a complaint";
    }
  }

  /**
   * The complaint cannot move to that state; {@code allowed} lists where it can.
   *
   * @param interactionId the interaction
   * @param from the current state
   * @param to the refused state
   * @param allowed the states allowed from {@code from}
   */
  record ComplaintMoveNotAllowed(
      InteractionId interactionId, ComplaintState from, ComplaintState to, Set<ComplaintState> allowed)
      implements InteractionError {
    public ComplaintMoveNotAllowed {
      allowed = Set.copyOf(allowed);
    }

    @Override
    public String code() {
      return "complaint_move_not_allowed";
    }

    @Override
    public String message() {
      return "complaint " + interactionId + " is " + from + "; cannot move to " + to + ", allowed: "
          + new TreeSet<>(allowed);
    }
  }
}
