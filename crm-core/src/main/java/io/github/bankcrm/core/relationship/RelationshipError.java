package io.github.bankcrm.core.relationship;

import static java.util.Objects.requireNonNull;

import io.github.bankcrm.core.customer.CustomerId;
import io.github.bankcrm.core.customer.CustomerKind;
import io.github.bankcrm.core.shared.FieldError;
import java.math.BigDecimal;
import java.util.List;

/**
 * Why a relationship command or save was refused. Every variant has a stable {@link #code()} and a
 * {@link #message()} free of personal data: customers are named by customer number, never by name.
 */
public sealed interface RelationshipError {

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
   * Input fields were refused; {@code errors} lists every one of them.
   *
   * @param errors every refused field
   */
  record InvalidRelationshipData(List<FieldError> errors) implements RelationshipError {
    public InvalidRelationshipData {
      errors = List.copyOf(errors);
      if (errors.isEmpty()) {
        throw new IllegalArgumentException("at least one field error");
      }
    }

    @Override
    public String code() {
      return "invalid_relationship_data";
    }

    @Override
    public String message() {
      return errors.size() + " field(s) refused: " + errors;
    }
  }

  /**
   * No such relationship in the caller's access scope (see {@link Relationships} on visibility).
   *
   * @param relationshipId the relationship asked for
   */
  record RelationshipNotFound(RelationshipId relationshipId) implements RelationshipError {
    @Override
    public String code() {
      return "relationship_not_found";
    }

    @Override
    public String message() {
      return "no relationship " + relationshipId + " in your access scope";
    }
  }

  /**
   * A customer of the relationship does not exist in the caller's access scope.
   *
   * @param customerId the customer
   */
  record CustomerNotFound(CustomerId customerId) implements RelationshipError {
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
   * A view was asked of a customer of the wrong kind: a household is a person's, a corporate group and
   * beneficial owners are a company's.
   *
   * @param customerId the customer asked about
   * @param kind the customer's kind
   * @param view the view asked for, e.g. {@code "household"}
   */
  record ViewNotApplicable(CustomerId customerId, CustomerKind kind, String view)
      implements RelationshipError {
    public ViewNotApplicable {
      requireNonNull(customerId, "customerId");
      requireNonNull(kind, "kind");
      requireNonNull(view, "view");
    }

    @Override
    public String code() {
      return "view_not_applicable";
    }

    @Override
    public String message() {
      return "customer " + customerId + " is " + kind + " and has no " + view;
    }
  }

  /**
   * A view would need ownership or family chains longer than the adapter walks (see {@link
   * RelationshipViews}); rather than a view cut short, none is given. Build a {@link
   * RelationshipGraph} from {@link Relationships#effectiveOn} and ask {@link RelationshipAnalysis}.
   *
   * @param customerId the customer asked about
   * @param view the view asked for, e.g. {@code "household"}
   * @param limit the longest chain, in relationships, the adapter walks
   */
  record ViewTooDeep(CustomerId customerId, String view, int limit) implements RelationshipError {
    public ViewTooDeep {
      requireNonNull(customerId, "customerId");
      requireNonNull(view, "view");
    }

    @Override
    public String code() {
      return "view_too_deep";
    }

    @Override
    public String message() {
      return "the " + view + " of customer " + customerId + " needs chains longer than " + limit
          + " relationships";
    }
  }

  /**
   * A customer cannot be related to itself.
   *
   * @param customerId the customer on both sides
   */
  record SelfRelationship(CustomerId customerId) implements RelationshipError {
    @Override
    public String code() {
      return "self_relationship";
    }

    @Override
    public String message() {
      return "customer " + customerId + " cannot be related to itself";
    }
  }

  /**
   * The type does not allow a customer of this kind on this side (spouses are individuals, a
   * subsidiary is a company...).
   *
   * @param type the relationship type
   * @param role the role the customer would have, e.g. {@code "subsidiary"}
   * @param customerId the customer
   * @param kind the customer's kind
   */
  record KindNotAllowed(RelationshipType type, String role, CustomerId customerId, CustomerKind kind)
      implements RelationshipError {
    public KindNotAllowed {
      requireNonNull(type, "type");
      requireNonNull(role, "role");
      requireNonNull(customerId, "customerId");
      requireNonNull(kind, "kind");
    }

    @Override
    public String code() {
      return "kind_not_allowed";
    }

    @Override
    public String message() {
      return "customer " + customerId + " is " + kind + " and cannot be the " + role + " of a " + type
          + " relationship";
    }
  }

  /**
   * The relationship was ended; ended relationships are kept for the record and never edited.
   *
   * @param relationshipId the relationship
   */
  record RelationshipEnded(RelationshipId relationshipId) implements RelationshipError {
    @Override
    public String code() {
      return "relationship_ended";
    }

    @Override
    public String message() {
      return "relationship " + relationshipId + " has ended and cannot be changed";
    }
  }

  /**
   * The shareholdings in one company would add up to more than 100 % on some day.
   *
   * @param companyId the owned company
   * @param heldByOthers the largest total the other active shareholdings reach on a day of the new
   *     period
   * @param requested the percentage asked for
   */
  record OwnershipExceeded(CustomerId companyId, BigDecimal heldByOthers, BigDecimal requested)
      implements RelationshipError {
    @Override
    public String code() {
      return "ownership_exceeded";
    }

    @Override
    public String message() {
      return "company " + companyId + " is " + heldByOthers.toPlainString() + " % owned by others; "
          + requested.toPlainString() + " % more would exceed 100 %";
    }
  }

  /**
   * An active relationship of the same type between the same customers (in either direction for a
   * symmetric type) already holds during part of the period.
   *
   * @param existing the relationship that already holds
   */
  record DuplicateRelationship(RelationshipId existing) implements RelationshipError {
    @Override
    public String code() {
      return "duplicate_relationship";
    }

    @Override
    public String message() {
      return "relationship " + existing + " already links these customers in this way";
    }
  }

  /**
   * Somebody saved another version of the relationship in between (or, for a new relationship, the
   * number is taken).
   *
   * @param relationshipId the relationship
   * @param expectedVersion the version the command was based on
   * @param actualVersion the version stored now
   */
  record VersionConflict(RelationshipId relationshipId, long expectedVersion, long actualVersion)
      implements RelationshipError {
    @Override
    public String code() {
      return "version_conflict";
    }

    @Override
    public String message() {
      return "relationship " + relationshipId + " is at version " + actualVersion + ", not "
          + expectedVersion + "; reload and try again";
    }
  }

  /**
   * The command would change nothing; no new version is made.
   *
   * @param relationshipId the relationship
   */
  record Unchanged(RelationshipId relationshipId) implements RelationshipError {
    @Override
    public String code() {
      return "unchanged";
    }

    @Override
    public String message() {
      return "the command changes nothing on relationship " + relationshipId;
    }
  }
}
