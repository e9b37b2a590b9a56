package io.github.bankcrm.core.customer;

import io.github.bankcrm.core.organization.OrganizationUnitId;
import io.github.bankcrm.core.shared.FieldError;
import java.util.List;

/**
 * Why a customer command or save was refused. Every variant has a stable {@link #code()} and a
 * {@link #message()} free of personal data.
 */
public sealed interface CustomerError {

  /** Stable machine-readable code. */
  String code();

  /** Readable reason, free of personal data. */
  String message();

  /**
   * Input fields were refused; {@code errors} lists every one of them.
   *
   * @param errors every refused field
   */
  record InvalidCustomerData(List<FieldError> errors) implements CustomerError {
    public InvalidCustomerData {
      errors = List.copyOf(errors);
      if (errors.isEmpty()) {
        throw new IllegalArgumentException("at least one field error");
      }
    }

    @Override
    public String code() {
      return "invalid_customer_data";
    }

    @Override
    public String message() {
      return errors.size() + " field(s) refused: " + errors;
    }
  }

  /**
   * No such customer in the caller's access scope. A customer outside the scope is reported the same
   * way, so that the scope does not reveal who banks elsewhere.
   *
   * @param customerId the customer asked for
   */
  record CustomerNotFound(CustomerId customerId) implements CustomerError {
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
   * Somebody saved another version in between; reload and apply the change again.
   *
   * @param customerId the customer
   * @param expectedVersion the version the command was based on
   * @param actualVersion the version stored now
   */
  record VersionConflict(CustomerId customerId, long expectedVersion, long actualVersion)
      implements CustomerError {
    @Override
    public String code() {
      return "version_conflict";
    }

    @Override
    public String message() {
      return "customer "
          + customerId
          + " is at version "
          + actualVersion
          + ", not "
          + expectedVersion
          + "; reload and try again";
    }
  }

  /**
   * Another customer already holds this identity document or credit code.
   *
   * @param document the document, masked
   */
  record DuplicateIdentity(String document) implements CustomerError {
    @Override
    public String code() {
      return "duplicate_identity";
    }

    @Override
    public String message() {
      return "another customer already holds " + document;
    }
  }

  /**
   * The command would put the customer in a unit the caller may not see.
   *
   * @param unit the unit outside the caller's scope
   */
  record OutsideAccessScope(OrganizationUnitId unit) implements CustomerError {
    @Override
    public String code() {
      return "outside_access_scope";
    }

    @Override
    public String message() {
      return "organisation unit " + unit + " is outside your access scope";
    }
  }

  /**
   * A command for one kind of customer was sent for the other kind.
   *
   * @param customerId the customer
   * @param expected the kind the command is for
   * @param actual the customer's kind
   */
  record WrongCustomerKind(CustomerId customerId, CustomerKind expected, CustomerKind actual)
      implements CustomerError {
    @Override
    public String code() {
      return "wrong_customer_kind";
    }

    @Override
    public String message() {
      return "customer " + customerId + " is " + actual + ", not " + expected;
    }
  }

  /**
   * The command would change nothing; no new version is made.
   *
   * @param customerId the customer
   */
  record Unchanged(CustomerId customerId) implements CustomerError {
    @Override
    public String code() {
      return "unchanged";
    }

    @Override
    public String message() {
      return "the command changes nothing on customer " + customerId;
    }
  }

  /**
   * The customer record was merged into another [归户]: it takes no change but the undo of the merge.
   * Change the survivor instead.
   *
   * @param customerId the merged record
   * @param survivor the customer it was merged into
   */
  record CustomerMerged(CustomerId customerId, CustomerId survivor) implements CustomerError {
    @Override
    public String code() {
      return "customer_merged";
    }

    @Override
    public String message() {
      return "customer " + customerId + " was merged into " + survivor + "; change " + survivor + " instead";
    }
  }

  /**
   * The customer record is merged already, so it cannot be merged again.
   *
   * @param customerId the record
   * @param survivor the customer it is merged into
   */
  record AlreadyMerged(CustomerId customerId, CustomerId survivor) implements CustomerError {
    @Override
    public String code() {
      return "already_merged";
    }

    @Override
    public String message() {
      return "customer " + customerId + " is merged into " + survivor + " already";
    }
  }

  /**
   * The customer record is not merged into that survivor, so there is no merge to take back.
   *
   * @param customerId the record
   * @param survivor the survivor named
   */
  record NotMerged(CustomerId customerId, CustomerId survivor) implements CustomerError {
    @Override
    public String code() {
      return "not_merged";
    }

    @Override
    public String message() {
      return "customer " + customerId + " is not merged into " + survivor;
    }
  }
}
