package io.github.bankcrm.core.group;

import java.util.EnumSet;
import java.util.Set;

/**
 * What a static group is. Households and corporate groups are customer units for service, value and
 * exposure roll-ups, so only they can be a customer's <em>primary</em> group; campaign and service lists
 * are working lists.
 */
public enum GroupType {
  /** A household [家庭]: a head and members. */
  HOUSEHOLD(EnumSet.of(MemberRole.HEAD, MemberRole.MEMBER), MemberRole.HEAD, true),
  /** A corporate group [集团客户]: a parent company, subsidiaries and other members. */
  CORPORATE_GROUP(
      EnumSet.of(MemberRole.PARENT, MemberRole.SUBSIDIARY, MemberRole.MEMBER), MemberRole.PARENT, true),
  /** A marketing campaign's target list [营销名单]. */
  CAMPAIGN_LIST(EnumSet.of(MemberRole.TARGET), null, false),
  /** A service list, e.g. the customers of a private-banking desk [服务名单]. */
  SERVICE_LIST(EnumSet.of(MemberRole.MEMBER), null, false);

  private final Set<MemberRole> roles;
  private final MemberRole singleRole;
  private final boolean rollUp;

  GroupType(Set<MemberRole> roles, MemberRole singleRole, boolean rollUp) {
    this.roles = roles;
    this.singleRole = singleRole;
    this.rollUp = rollUp;
  }

  /**
   * Whether members of this type of group may have the role.
   *
   * @param role the role
   * @return whether it is allowed
   */
  public boolean allows(MemberRole role) {
    return roles.contains(role);
  }

  /**
   * The roles members of this type of group may have.
   *
   * @return an unmodifiable set
   */
  public Set<MemberRole> roles() {
    return Set.copyOf(roles);
  }

  /**
   * Whether at most one member may have this role: the head of a household, the parent of a corporate
   * group.
   *
   * @param role the role
   * @return whether the role is held by one member at most
   */
  public boolean isSingle(MemberRole role) {
    return role == singleRole;
  }

  /**
   * Whether a group of this type can be a customer's primary group for roll-ups.
   *
   * @return {@code true} for households and corporate groups
   */
  public boolean canBePrimary() {
    return rollUp;
  }
}
