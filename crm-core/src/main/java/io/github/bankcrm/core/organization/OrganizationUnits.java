package io.github.bankcrm.core.organization;

import io.vavr.control.Either;
import java.util.Optional;

/**
 * The bank's organisation units, as stored: the port every adapter (in-memory, JDBC) implements.
 *
 * <p>Contract, checked by the shared contract test suite:
 *
 * <ul>
 *   <li>The stored units always form a valid {@link OrganizationHierarchy}: a change that would
 *       break a tree rule is refused with an {@link OrganizationError} and leaves the store
 *       unchanged.
 *   <li>Every change is atomic: it is seen whole or not at all.
 *   <li>Implementations are thread-safe; concurrent changes never overwrite each other, and of two
 *       concurrent adds of the same code exactly one succeeds.
 *   <li>Infrastructure failures throw {@link io.github.bankcrm.core.shared.CrmStorageException};
 *       refusals are values, never exceptions.
 *   <li>Null arguments throw {@link NullPointerException}.
 * </ul>
 */
public interface OrganizationUnits {

  /**
   * Adds a unit to the tree. The first unit of an empty store must be the head office.
   *
   * @param unit the new unit
   * @return the stored unit; or {@link OrganizationError.DuplicateUnit} if the code is taken,
   *     {@link OrganizationError.UnknownParent} if its parent is not stored, {@link
   *     OrganizationError.LevelNotAllowed} if its level may not sit under the parent's, {@link
   *     OrganizationError.NoSingleRoot} for a second head office
   */
  Either<OrganizationError, OrganizationUnit> add(OrganizationUnit unit);

  /**
   * Gives a unit a new name; its code, level and place in the tree do not change.
   *
   * @param id the unit to rename
   * @param newName the new name, 1 to {@value OrganizationUnit#MAX_NAME_LENGTH} characters,
   *     stripped of surrounding white space
   * @return the renamed unit; or {@link OrganizationError.UnitNotFound}, or {@link
   *     OrganizationError.InvalidInput} with a field error at path {@code name}
   */
  Either<OrganizationError, OrganizationUnit> rename(OrganizationUnitId id, String newName);

  /**
   * The stored unit with this code.
   *
   * @param id the unit code
   * @return the unit, or empty if none is stored under this code
   */
  Optional<OrganizationUnit> findById(OrganizationUnitId id);

  /**
   * A snapshot of the whole tree as stored now; later changes do not alter it.
   *
   * @return the current hierarchy, {@link OrganizationHierarchy#empty()} for an empty store
   */
  OrganizationHierarchy hierarchy();
}
