package io.github.bankcrm.core.organization;

import static java.util.Objects.requireNonNull;

import io.github.bankcrm.core.shared.FieldError;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.util.Optional;

/**
 * One unit of the bank's organisation [机构]: the head office, a branch, a sub-branch or an outlet.
 *
 * <p>The head office is the only unit without a parent; every other unit names its parent by ID.
 * Whether that parent exists and has a fitting level is a rule of the whole tree, checked by {@link
 * OrganizationHierarchy}, not by a single unit.
 *
 * <p>Serialises to JSON as {@code {"id":"BJ","name":"北京分行","level":"BRANCH","parent":"HO"}}, with
 * {@code "parent":null} for the head office.
 *
 * @param id the unit code [机构号]
 * @param name the display name, 1 to {@value #MAX_NAME_LENGTH} characters
 * @param level the level of the unit in the tree
 * @param parent the unit directly above, {@code null} only for the head office; see {@link
 *     #parentId()}
 */
public record OrganizationUnit(
    OrganizationUnitId id, String name, OrganizationLevel level, OrganizationUnitId parent) {

  /** The longest unit name accepted, in characters (Unicode code points). */
  public static final int MAX_NAME_LENGTH = 100;

  /**
   * Checks the invariants of a unit; throws for a programmer error. Use {@link #create} for input.
   *
   * @throws NullPointerException if {@code id}, {@code name} or {@code level} is null
   * @throws IllegalArgumentException if the name is blank or too long, if a head office has a
   *     parent, if any other unit has none, or if a unit is its own parent
   */
  public OrganizationUnit {
    requireNonNull(id, "id");
    requireNonNull(name, "name");
    requireNonNull(level, "level");
    if (validName(name).isInvalid()) {
      throw new IllegalArgumentException(
          "unit name must be 1-" + MAX_NAME_LENGTH + " characters and not blank");
    }
    if (level.isRoot() && parent != null) {
      throw new IllegalArgumentException("a head office has no parent");
    }
    if (!level.isRoot() && parent == null) {
      throw new IllegalArgumentException("a unit of level " + level + " needs a parent");
    }
    if (id.equals(parent)) {
      throw new IllegalArgumentException("a unit cannot be its own parent");
    }
  }

  /**
   * Validates raw input and builds a unit, reporting every field error at once under the paths
   * {@code id}, {@code name}, {@code level} and {@code parent}. Codes and names are stripped of
   * surrounding white space.
   *
   * @param id the unit code
   * @param name the display name
   * @param level the level; required
   * @param parentId the parent's code; must be empty for a head office and present for any other
   *     level
   * @return the unit, or every field error found
   */
  public static Validation<Seq<FieldError>, OrganizationUnit> create(
      String id, String name, OrganizationLevel level, String parentId) {
    Validation<FieldError, OrganizationUnitId> validId =
        OrganizationUnitId.parse(id).mapError(error -> error.under("id"));
    Validation<FieldError, OrganizationLevel> validLevel =
        level == null ? Validation.invalid(FieldError.required("level")) : Validation.valid(level);
    return Validation.combine(
            validId, validName(name), validLevel, validParent(validId, level, parentId))
        .ap(OrganizationUnit::new);
  }

  /**
   * The unit directly above this one; empty only for the head office.
   *
   * @return the parent's ID, if any
   */
  public Optional<OrganizationUnitId> parentId() {
    return Optional.ofNullable(parent);
  }

  /**
   * This unit under a new name; the name is stripped of surrounding white space.
   *
   * @param newName the new display name
   * @return the renamed unit, or the field error (path {@code name}) that refuses the name
   */
  public Validation<FieldError, OrganizationUnit> renamed(String newName) {
    return validName(newName).map(valid -> new OrganizationUnit(id, valid, level, parent));
  }

  private static Validation<FieldError, String> validName(String text) {
    if (text == null || text.isBlank()) {
      return Validation.invalid(FieldError.required("name"));
    }
    String name = text.strip();
    return name.codePointCount(0, name.length()) > MAX_NAME_LENGTH
        ? Validation.invalid(FieldError.tooLong("name", MAX_NAME_LENGTH))
        : Validation.valid(name);
  }

  private static Validation<FieldError, OrganizationUnitId> validParent(
      Validation<FieldError, OrganizationUnitId> validId, OrganizationLevel level, String text) {
    boolean absent = text == null || text.isBlank();
    if (level != null && level.isRoot()) {
      return absent
          ? Validation.valid(null)
          : Validation.invalid(
              new FieldError("not_allowed", "parent", "must be empty for a head office"));
    }
    if (absent) {
      return level == null
          ? Validation.valid(null)
          : Validation.invalid(FieldError.required("parent"));
    }
    return OrganizationUnitId.parse(text)
        .mapError(error -> error.under("parent"))
        .flatMap(
            parent ->
                validId.isValid() && validId.get().equals(parent)
                    ? Validation.invalid(
                        new FieldError("self_reference", "parent", "must be another unit"))
                    : Validation.valid(parent));
  }
}
