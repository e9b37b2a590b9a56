package io.github.bankcrm.core.group;

import io.github.bankcrm.core.customer.CustomerId;
import io.github.bankcrm.core.organization.OrganizationUnitId;
import io.github.bankcrm.core.shared.FieldError;
import java.util.List;

/**
 * Why a group command or save was refused. Every variant has a stable {@link #code()} and a {@link
 * #message()} free of personal data: groups are named by number, customers by customer number, never
 * by name.
 */
public sealed interface GroupError {

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
  record InvalidGroupData(List<FieldError> errors) implements GroupError {
    public InvalidGroupData {
      errors = List.copyOf(errors);
      if (errors.isEmpty()) {
        throw new IllegalArgumentException("at least one field error");
      }
    }

    @Override
    public String code() {
      return "invalid_group_data";
    }

    @Override
    public String message() {
      return errors.size() + " field(s) refused: " + errors;
    }
  }

  /**
   * No such group in the caller's access scope; a group owned by a unit outside the scope is reported
   * the same way.
   *
   * @param groupId the group asked for
   */
  record GroupNotFound(GroupId groupId) implements GroupError {
    @Override
    public String code() {
      return "group_not_found";
    }

    @Override
    public String message() {
      return "no group " + groupId + " in your access scope";
    }
  }

  /**
   * Somebody saved another version of the group in between (or, for a creation, the number is taken).
   *
   * @param groupId the group
   * @param expectedVersion the version the command was based on
   * @param actualVersion the version stored now
   */
  record VersionConflict(GroupId groupId, long expectedVersion, long actualVersion)
      implements GroupError {
    @Override
    public String code() {
      return "version_conflict";
    }

    @Override
    public String message() {
      return "group " + groupId + " is at version " + actualVersion + ", not " + expectedVersion
          + "; reload and try again";
    }
  }

  /**
   * The group would be owned by a unit the caller may not see.
   *
   * @param unit the unit outside the caller's scope
   */
  record OutsideAccessScope(OrganizationUnitId unit) implements GroupError {
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
   * The customer to add does not exist in the caller's access scope.
   *
   * @param customerId the customer
   */
  record MemberNotFound(CustomerId customerId) implements GroupError {
    @Override
    public String code() {
      return "member_not_found";
    }

    @Override
    public String message() {
      return "no customer " + customerId + " in your access scope";
    }
  }

  /**
   * The customer is already a member of the group.
   *
   * @param groupId the group
   * @param customerId the customer
   */
  record AlreadyMember(GroupId groupId, CustomerId customerId) implements GroupError {
    @Override
    public String code() {
      return "already_member";
    }

    @Override
    public String message() {
      return "customer " + customerId + " is already a member of group " + groupId;
    }
  }

  /**
   * The customer is not a member of the group.
   *
   * @param groupId the group
   * @param customerId the customer
   */
  record NotAMember(GroupId groupId, CustomerId customerId) implements GroupError {
    @Override
    public String code() {
      return "not_a_member";
    }

    @Override
    public String message() {
      return "customer " + customerId + " is not a member of group " + groupId;
    }
  }

  /**
   * The role does not exist in this type of group (a {@code PARENT} in a household).
   *
   * @param type the group's type
   * @param role the refused role
   */
  record RoleNotAllowed(GroupType type, MemberRole role) implements GroupError {
    @Override
    public String code() {
      return "role_not_allowed";
    }

    @Override
    public String message() {
      return "a " + type + " group has no role " + role + "; allowed: " + type.roles();
    }
  }

  /**
   * Another member already holds a role that only one member may hold (the head of a household, the
   * parent of a corporate group).
   *
   * @param groupId the group
   * @param role the role
   * @param holder the member holding it
   */
  record RoleTaken(GroupId groupId, MemberRole role, CustomerId holder) implements GroupError {
    @Override
    public String code() {
      return "role_taken";
    }

    @Override
    public String message() {
      return "customer " + holder + " is already " + role + " of group " + groupId;
    }
  }

  /**
   * Only households and corporate groups can be a customer's primary group.
   *
   * @param type the group's type
   */
  record PrimaryNotAllowed(GroupType type) implements GroupError {
    @Override
    public String code() {
      return "primary_not_allowed";
    }

    @Override
    public String message() {
      return "a " + type + " group cannot be a customer's primary group";
    }
  }

  /**
   * The customer is already primary in another group; clear the flag there first. The other group is
   * not named: it may be outside the caller's scope.
   *
   * @param customerId the customer
   */
  record PrimaryGroupTaken(CustomerId customerId) implements GroupError {
    @Override
    public String code() {
      return "primary_group_taken";
    }

    @Override
    public String message() {
      return "customer " + customerId + " already has another primary group";
    }
  }

  /**
   * The command would change nothing; no new version is made.
   *
   * @param groupId the group
   */
  record Unchanged(GroupId groupId) implements GroupError {
    @Override
    public String code() {
      return "unchanged";
    }

    @Override
    public String message() {
      return "the command changes nothing on group " + groupId;
    }
  }
}
