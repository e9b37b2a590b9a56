package io.github.bankcrm.core.organization;

import static java.util.Objects.requireNonNull;

import java.util.EnumSet;
import java.util.Set;

/**
 * The level of an organisation unit in the bank's tree, from the head office down to the outlets.
 * Each level knows which levels it may sit under, so the shape of the tree is a rule of the domain,
 * not of an adapter.
 */
public enum OrganizationLevel {

  /** The head office [总行]: the root of the tree, the only unit without a parent. */
  HEAD_OFFICE,

  /**
   * A branch [分行], tier-1 or tier-2 [一级分行 / 二级分行]: sits under the head office or under another
   * branch.
   */
  BRANCH,

  /** A sub-branch [支行]: sits under a branch. */
  SUB_BRANCH,

  /**
   * An outlet [网点], the counter where customers are served: sits under a sub-branch or directly
   * under a branch; nothing sits under an outlet.
   */
  OUTLET;

  /**
   * Whether a unit of this level may sit directly under a unit of {@code parentLevel}.
   *
   * @param parentLevel the level of the would-be parent
   * @return {@code true} if the tree allows this level as a child of {@code parentLevel}
   */
  public boolean mayBeUnder(OrganizationLevel parentLevel) {
    requireNonNull(parentLevel, "parentLevel");
    return switch (this) {
      case HEAD_OFFICE -> false;
      case BRANCH -> parentLevel == HEAD_OFFICE || parentLevel == BRANCH;
      case SUB_BRANCH -> parentLevel == BRANCH;
      case OUTLET -> parentLevel == SUB_BRANCH || parentLevel == BRANCH;
    };
  }

  /**
   * The levels a unit of this level may sit directly under; empty for the head office.
   *
   * @return an unmodifiable set of parent levels
   */
  public Set<OrganizationLevel> allowedParents() {
    EnumSet<OrganizationLevel> parents = EnumSet.noneOf(OrganizationLevel.class);
    for (OrganizationLevel candidate : values()) {
      if (mayBeUnder(candidate)) {
        parents.add(candidate);
      }
    }
    return Set.copyOf(parents);
  }

  /**
   * Whether units of this level are the root of the tree and have no parent: true only for the head
   * office.
   *
   * @return {@code true} for {@link #HEAD_OFFICE}
   */
  public boolean isRoot() {
    return this == HEAD_OFFICE;
  }
}
