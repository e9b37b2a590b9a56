package io.github.bankcrm.core.organization;

import static java.util.Objects.requireNonNull;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import java.util.TreeSet;

/**
 * The organisation units whose customers a user may see. Visibility follows the tree: a user
 * granted a unit sees that unit and everything below it, so a sub-branch user sees the sub-branch,
 * a branch user the branch and its sub-branches and outlets, and a head-office user the whole bank.
 *
 * <p>Every port that reads customers takes an {@code AccessScope} as its first argument and returns
 * nothing outside it: a customer owned by a unit the scope cannot see is not returned, as if it did
 * not exist.
 *
 * <p>A scope is a snapshot of the hierarchy it was built from: a unit added later under a granted
 * unit becomes visible once the scope is built again. Immutable and thread-safe.
 */
public final class AccessScope {

  private static final AccessScope UNRESTRICTED = new AccessScope(true, Set.of(), Set.of());

  private final boolean unrestricted;
  private final Set<OrganizationUnitId> granted;
  private final Set<OrganizationUnitId> visible;

  private AccessScope(
      boolean unrestricted, Set<OrganizationUnitId> granted, Set<OrganizationUnitId> visible) {
    this.unrestricted = unrestricted;
    this.granted = granted;
    this.visible = visible;
  }

  /**
   * The scope of a user granted some units: the union of their subtrees. No granted unit means a
   * scope that sees nothing.
   *
   * @param hierarchy the organisation tree
   * @param grantedUnits the units the user was granted
   * @return the scope
   * @throws NullPointerException if an argument or a granted unit is null
   * @throws IllegalArgumentException if a granted unit is not in the hierarchy: user configuration
   *     and organisation disagree, which must not be papered over by seeing less (or more)
   */
  public static AccessScope of(
      OrganizationHierarchy hierarchy, Collection<OrganizationUnitId> grantedUnits) {
    requireNonNull(hierarchy, "hierarchy");
    requireNonNull(grantedUnits, "grantedUnits");
    Set<OrganizationUnitId> visible = new HashSet<>();
    for (OrganizationUnitId unit : grantedUnits) {
      requireNonNull(unit, "granted unit");
      if (hierarchy.unit(unit).isEmpty()) {
        throw new IllegalArgumentException(
            "granted organisation unit " + unit + " is not in the hierarchy");
      }
      visible.addAll(hierarchy.subtree(unit));
    }
    return new AccessScope(false, Set.copyOf(grantedUnits), Set.copyOf(visible));
  }

  /**
   * The scope that sees every customer of every unit, including units added later. Only for system
   * jobs (nightly batch scoring, migrations, householding runs), never for a staff member, whose
   * scope always comes from {@link #of}.
   *
   * @return the unrestricted scope
   */
  public static AccessScope unrestricted() {
    return UNRESTRICTED;
  }

  /**
   * Whether customers owned by this unit are visible.
   *
   * @param unit the owning unit
   * @return {@code true} if the unit is in the scope, always {@code true} when {@link
   *     #isUnrestricted()}
   * @throws NullPointerException if {@code unit} is null
   */
  public boolean canSee(OrganizationUnitId unit) {
    requireNonNull(unit, "unit");
    return unrestricted || visible.contains(unit);
  }

  /**
   * Whether this is the {@link #unrestricted()} scope of a system job; adapters then apply no
   * filter.
   *
   * @return {@code true} for the unrestricted scope
   */
  public boolean isUnrestricted() {
    return unrestricted;
  }

  /**
   * Every visible unit, for adapters that push the filter down to the database ({@code owner_unit
   * IN (...)}). Check {@link #isUnrestricted()} first: the unrestricted scope has no finite list.
   *
   * @return an unmodifiable set of the visible units, possibly empty
   * @throws IllegalStateException for the unrestricted scope
   */
  public Set<OrganizationUnitId> visibleUnits() {
    if (unrestricted) {
      throw new IllegalStateException(
          "the unrestricted scope has no list of units; check isUnrestricted() first");
    }
    return visible;
  }

  /**
   * The units the user was granted, whose subtrees make up the scope: for adapters that keep a
   * materialised path per unit and filter by path prefix instead of listing every visible unit.
   * Check {@link #isUnrestricted()} first.
   *
   * @return an unmodifiable set of the granted units, possibly empty
   * @throws IllegalStateException for the unrestricted scope
   */
  public Set<OrganizationUnitId> grantedUnits() {
    if (unrestricted) {
      throw new IllegalStateException(
          "the unrestricted scope grants no list of units; check isUnrestricted() first");
    }
    return granted;
  }

  /**
   * Two scopes are equal when they see the same units, or are both unrestricted.
   *
   * @param other the object to compare with
   * @return whether both scopes see the same
   */
  @Override
  public boolean equals(Object other) {
    return other instanceof AccessScope scope
        && unrestricted == scope.unrestricted
        && visible.equals(scope.visible);
  }

  /**
   * A hash code consistent with {@link #equals}.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return unrestricted ? 1 : visible.hashCode();
  }

  /**
   * A short description: the granted units and how many units they make visible.
   *
   * @return for example {@code AccessScope[granted=[BJ], visible=3 units]} or {@code
   *     AccessScope[unrestricted]}
   */
  @Override
  public String toString() {
    return unrestricted
        ? "AccessScope[unrestricted]"
        : "AccessScope[granted="
            + new TreeSet<>(granted)
            + ", visible="
            + visible.size()
            + " units]";
  }
}
