package io.github.bankcrm.core.organization;

import static java.util.Objects.requireNonNull;

import io.github.bankcrm.core.shared.FieldError;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Why a change to the organisation tree, or a tree as a whole, was refused. Each error has a stable
 * {@link #code()} for programs and a readable {@link #message()} for people; unit codes are not
 * personal data, so messages name them.
 */
public sealed interface OrganizationError {

  /**
   * A stable machine-readable code such as {@code organization.unknown_parent}.
   *
   * @return the code
   */
  String code();

  /**
   * A readable explanation of the refusal.
   *
   * @return the message
   */
  String message();

  /**
   * Two units with the same code, or a unit added whose code is already taken.
   *
   * @param unit the code used twice
   */
  record DuplicateUnit(OrganizationUnitId unit) implements OrganizationError {

    /**
     * Checks the argument.
     *
     * @throws NullPointerException if {@code unit} is null
     */
    public DuplicateUnit {
      requireNonNull(unit, "unit");
    }

    @Override
    public String code() {
      return "organization.duplicate_unit";
    }

    @Override
    public String message() {
      return "organisation unit " + unit + " already exists";
    }
  }

  /**
   * A unit whose parent is not in the tree.
   *
   * @param unit the unit that names the parent
   * @param parent the missing parent
   */
  record UnknownParent(OrganizationUnitId unit, OrganizationUnitId parent)
      implements OrganizationError {

    /**
     * Checks the arguments.
     *
     * @throws NullPointerException if an argument is null
     */
    public UnknownParent {
      requireNonNull(unit, "unit");
      requireNonNull(parent, "parent");
    }

    @Override
    public String code() {
      return "organization.unknown_parent";
    }

    @Override
    public String message() {
      return "parent " + parent + " of organisation unit " + unit + " does not exist";
    }
  }

  /**
   * A unit placed under a parent whose level does not allow it, such as a sub-branch directly under
   * the head office.
   *
   * @param unit the misplaced unit
   * @param level its level
   * @param parent its parent
   * @param parentLevel the parent's level
   */
  record LevelNotAllowed(
      OrganizationUnitId unit,
      OrganizationLevel level,
      OrganizationUnitId parent,
      OrganizationLevel parentLevel)
      implements OrganizationError {

    /**
     * Checks the arguments.
     *
     * @throws NullPointerException if an argument is null
     */
    public LevelNotAllowed {
      requireNonNull(unit, "unit");
      requireNonNull(level, "level");
      requireNonNull(parent, "parent");
      requireNonNull(parentLevel, "parentLevel");
    }

    @Override
    public String code() {
      return "organization.level_not_allowed";
    }

    @Override
    public String message() {
      return "a "
          + level
          + " ("
          + unit
          + ") cannot sit under a "
          + parentLevel
          + " ("
          + parent
          + "); allowed parents: "
          + level.allowedParents().stream()
              .sorted()
              .map(OrganizationLevel::name)
              .collect(Collectors.joining(", "));
    }
  }

  /**
   * Units whose parents lead round in a circle and never reach the head office.
   *
   * @param cycle the units of the circle, each the parent of the one before it
   */
  record CycleDetected(List<OrganizationUnitId> cycle) implements OrganizationError {

    /**
     * Copies the list.
     *
     * @throws NullPointerException if the list or an element is null
     */
    public CycleDetected {
      cycle = List.copyOf(cycle);
    }

    @Override
    public String code() {
      return "organization.cycle";
    }

    @Override
    public String message() {
      return "organisation units form a cycle: "
          + cycle.stream().map(OrganizationUnitId::value).collect(Collectors.joining(" -> "))
          + (cycle.isEmpty() ? "" : " -> " + cycle.get(0));
    }
  }

  /**
   * A non-empty tree without exactly one head office: none, or several.
   *
   * @param headOffices the head offices found, possibly none
   */
  record NoSingleRoot(List<OrganizationUnitId> headOffices) implements OrganizationError {

    /**
     * Copies the list.
     *
     * @throws NullPointerException if the list or an element is null
     */
    public NoSingleRoot {
      headOffices = List.copyOf(headOffices);
    }

    @Override
    public String code() {
      return "organization.no_single_root";
    }

    @Override
    public String message() {
      return headOffices.isEmpty()
          ? "the organisation has no head office"
          : "the organisation must have exactly one head office, found " + headOffices;
    }
  }

  /**
   * A change to a unit that does not exist.
   *
   * @param unit the code that was not found
   */
  record UnitNotFound(OrganizationUnitId unit) implements OrganizationError {

    /**
     * Checks the argument.
     *
     * @throws NullPointerException if {@code unit} is null
     */
    public UnitNotFound {
      requireNonNull(unit, "unit");
    }

    @Override
    public String code() {
      return "organization.unit_not_found";
    }

    @Override
    public String message() {
      return "organisation unit " + unit + " does not exist";
    }
  }

  /**
   * Input refused field by field, such as a blank new name.
   *
   * @param errors every field error, at least one
   */
  record InvalidInput(List<FieldError> errors) implements OrganizationError {

    /**
     * Copies the list.
     *
     * @throws NullPointerException if the list or an element is null
     * @throws IllegalArgumentException if the list is empty
     */
    public InvalidInput {
      errors = List.copyOf(errors);
      if (errors.isEmpty()) {
        throw new IllegalArgumentException("invalid input needs at least one field error");
      }
    }

    @Override
    public String code() {
      return "organization.invalid_input";
    }

    @Override
    public String message() {
      return "invalid input: "
          + errors.stream().map(FieldError::toString).collect(Collectors.joining("; "));
    }
  }
}
