package io.github.bankcrm.core.group;

import static java.util.Objects.requireNonNull;

import io.github.bankcrm.core.customer.CustomerId;

/**
 * A customer in a static group.
 *
 * @param customerId the customer
 * @param role the customer's role in the group
 * @param primary whether this group is the customer's primary group for roll-ups; a customer is
 *     primary in one group at most, across all groups
 */
public record GroupMember(CustomerId customerId, MemberRole role, boolean primary) {

  public GroupMember {
    requireNonNull(customerId, "customerId");
    requireNonNull(role, "role");
  }

  /**
   * The same member with another role.
   *
   * @param newRole the role
   * @return the member
   */
  public GroupMember withRole(MemberRole newRole) {
    return new GroupMember(customerId, newRole, primary);
  }

  /**
   * The same member with the primary flag set or cleared.
   *
   * @param newPrimary the flag
   * @return the member
   */
  public GroupMember withPrimary(boolean newPrimary) {
    return new GroupMember(customerId, role, newPrimary);
  }
}
