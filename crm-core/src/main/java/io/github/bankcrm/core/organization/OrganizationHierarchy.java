package io.github.bankcrm.core.organization;

import static java.util.Objects.requireNonNull;

import io.vavr.control.Either;
import java.util.AbstractSet;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * An immutable snapshot of the bank's whole organisation tree: one head office at the root, every
 * other unit under an existing parent of a fitting {@link OrganizationLevel level}, and no cycles.
 * Safe to share between threads.
 *
 * <p>The tree is numbered once, in depth-first order, when the snapshot is built: a unit's
 * descendants are then the units numbered right after it, so {@link #isWithin} takes constant time
 * and {@link #subtree} returns a view without copying.
 *
 * <p>Queries about a unit that is not in the tree answer with nothing: no unit, an empty subtree,
 * an empty path, {@code false}.
 */
public final class OrganizationHierarchy {

  private static final OrganizationHierarchy EMPTY =
      new OrganizationHierarchy(List.of(), Map.of(), Map.of());

  /** The units in depth-first order, root first, children in order of their codes. */
  private final List<OrganizationUnit> units;

  private final Map<OrganizationUnitId, Position> positions;
  private final Map<OrganizationUnitId, List<OrganizationUnit>> children;

  /** Where a unit sits in {@link #units}, and how many units its subtree spans from there. */
  private record Position(int index, int subtreeSize) {

    boolean spans(Position other) {
      return index <= other.index && other.index < index + subtreeSize;
    }
  }

  private OrganizationHierarchy(
      List<OrganizationUnit> units,
      Map<OrganizationUnitId, Position> positions,
      Map<OrganizationUnitId, List<OrganizationUnit>> children) {
    this.units = units;
    this.positions = positions;
    this.children = children;
  }

  /**
   * The organisation with no units yet, as in a fresh store.
   *
   * @return the empty hierarchy
   */
  public static OrganizationHierarchy empty() {
    return EMPTY;
  }

  /**
   * Builds the tree from all its units, in any order. An empty collection gives the {@link
   * #empty()} hierarchy; otherwise there must be exactly one head office, every parent must be
   * among the units, every unit's level must be allowed under its parent's, and parents must not
   * form a cycle.
   *
   * @param units every unit of the organisation
   * @return the hierarchy, or the first rule broken
   * @throws NullPointerException if the collection or one of its units is null
   */
  public static Either<OrganizationError, OrganizationHierarchy> of(
      Collection<OrganizationUnit> units) {
    requireNonNull(units, "units");
    if (units.isEmpty()) {
      return Either.right(EMPTY);
    }
    Map<OrganizationUnitId, OrganizationUnit> byId = new LinkedHashMap<>();
    for (OrganizationUnit unit : units) {
      requireNonNull(unit, "unit");
      if (byId.putIfAbsent(unit.id(), unit) != null) {
        return Either.left(new OrganizationError.DuplicateUnit(unit.id()));
      }
    }
    List<OrganizationUnitId> headOffices =
        byId.values().stream()
            .filter(unit -> unit.level().isRoot())
            .map(OrganizationUnit::id)
            .sorted()
            .toList();
    if (headOffices.size() != 1) {
      return Either.left(new OrganizationError.NoSingleRoot(headOffices));
    }
    Map<OrganizationUnitId, List<OrganizationUnit>> children = new HashMap<>();
    for (OrganizationUnit unit : byId.values()) {
      if (unit.level().isRoot()) {
        continue;
      }
      OrganizationUnit parent = byId.get(unit.parent());
      if (parent == null) {
        return Either.left(new OrganizationError.UnknownParent(unit.id(), unit.parent()));
      }
      if (!unit.level().mayBeUnder(parent.level())) {
        return Either.left(
            new OrganizationError.LevelNotAllowed(
                unit.id(), unit.level(), parent.id(), parent.level()));
      }
      children.computeIfAbsent(parent.id(), id -> new ArrayList<>()).add(unit);
    }
    children.replaceAll(
        (id, list) -> list.stream().sorted(Comparator.comparing(OrganizationUnit::id)).toList());

    List<OrganizationUnit> depthFirst = depthFirst(byId.get(headOffices.get(0)), children);
    if (depthFirst.size() < byId.size()) {
      return Either.left(new OrganizationError.CycleDetected(cycleAmong(byId, depthFirst)));
    }
    return Either.right(
        new OrganizationHierarchy(
            List.copyOf(depthFirst), positionsOf(depthFirst, children), Map.copyOf(children)));
  }

  private static List<OrganizationUnit> depthFirst(
      OrganizationUnit root, Map<OrganizationUnitId, List<OrganizationUnit>> children) {
    List<OrganizationUnit> order = new ArrayList<>();
    Deque<OrganizationUnit> pending = new ArrayDeque<>();
    pending.push(root);
    while (!pending.isEmpty()) {
      OrganizationUnit unit = pending.pop();
      order.add(unit);
      List<OrganizationUnit> below = children.getOrDefault(unit.id(), List.of());
      for (int i = below.size() - 1; i >= 0; i--) {
        pending.push(below.get(i));
      }
    }
    return order;
  }

  private static Map<OrganizationUnitId, Position> positionsOf(
      List<OrganizationUnit> depthFirst, Map<OrganizationUnitId, List<OrganizationUnit>> children) {
    Map<OrganizationUnitId, Integer> sizes = new HashMap<>();
    for (int i = depthFirst.size() - 1; i >= 0; i--) {
      OrganizationUnitId id = depthFirst.get(i).id();
      int size = 1;
      for (OrganizationUnit child : children.getOrDefault(id, List.of())) {
        size += sizes.get(child.id());
      }
      sizes.put(id, size);
    }
    Map<OrganizationUnitId, Position> positions = new HashMap<>();
    for (int i = 0; i < depthFirst.size(); i++) {
      OrganizationUnitId id = depthFirst.get(i).id();
      positions.put(id, new Position(i, sizes.get(id)));
    }
    return Map.copyOf(positions);
  }

  /**
   * Every unit not reached from the root hangs below a cycle, because every parent exists and only
   * the root has none: follow the parents of the smallest unreached code until one repeats.
   */
  private static List<OrganizationUnitId> cycleAmong(
      Map<OrganizationUnitId, OrganizationUnit> byId, List<OrganizationUnit> reached) {
    Set<OrganizationUnitId> unreached = new TreeSet<>(byId.keySet());
    reached.forEach(unit -> unreached.remove(unit.id()));
    LinkedHashSet<OrganizationUnitId> walk = new LinkedHashSet<>();
    OrganizationUnitId current = unreached.iterator().next();
    while (walk.add(current)) {
      current = byId.get(current).parent();
    }
    List<OrganizationUnitId> path = new ArrayList<>(walk);
    return path.subList(path.indexOf(current), path.size());
  }

  /**
   * This tree with one more unit.
   *
   * @param unit the unit to add
   * @return the larger tree; or {@link OrganizationError.DuplicateUnit} if the code is taken,
   *     {@link OrganizationError.UnknownParent}, {@link OrganizationError.LevelNotAllowed}, or
   *     {@link OrganizationError.NoSingleRoot} for a second head office
   * @throws NullPointerException if {@code unit} is null
   */
  public Either<OrganizationError, OrganizationHierarchy> withAdded(OrganizationUnit unit) {
    requireNonNull(unit, "unit");
    if (positions.containsKey(unit.id())) {
      return Either.left(new OrganizationError.DuplicateUnit(unit.id()));
    }
    // of() would also refuse a missing parent, but in an empty store it would first complain that
    // there is no head office; the missing parent is the more useful answer
    if (unit.parent() != null && !positions.containsKey(unit.parent())) {
      return Either.left(new OrganizationError.UnknownParent(unit.id(), unit.parent()));
    }
    List<OrganizationUnit> larger = new ArrayList<>(units);
    larger.add(unit);
    return of(larger);
  }

  /**
   * This tree with one unit renamed; its place in the tree does not change.
   *
   * @param id the unit to rename
   * @param newName the new name, stripped of surrounding white space
   * @return the renamed tree; or {@link OrganizationError.UnitNotFound}, or {@link
   *     OrganizationError.InvalidInput} for a blank or too long name
   * @throws NullPointerException if {@code id} is null
   */
  public Either<OrganizationError, OrganizationHierarchy> withRenamed(
      OrganizationUnitId id, String newName) {
    requireNonNull(id, "id");
    Position position = positions.get(id);
    if (position == null) {
      return Either.left(new OrganizationError.UnitNotFound(id));
    }
    return units
        .get(position.index())
        .renamed(newName)
        .toEither()
        .<OrganizationError>mapLeft(error -> new OrganizationError.InvalidInput(List.of(error)))
        .map(this::replacing);
  }

  private OrganizationHierarchy replacing(OrganizationUnit renamed) {
    List<OrganizationUnit> updated = new ArrayList<>(units);
    updated.set(positions.get(renamed.id()).index(), renamed);
    return of(updated)
        .getOrElseThrow(
            error -> new IllegalStateException("renaming changed the tree: " + error.message()));
  }

  /**
   * The unit with this code.
   *
   * @param id the unit code
   * @return the unit, or empty if it is not in the tree
   */
  public Optional<OrganizationUnit> unit(OrganizationUnitId id) {
    requireNonNull(id, "id");
    Position position = positions.get(id);
    return position == null ? Optional.empty() : Optional.of(units.get(position.index()));
  }

  /**
   * The head office.
   *
   * @return the root, or empty for the {@link #empty()} hierarchy
   */
  public Optional<OrganizationUnit> root() {
    return units.isEmpty() ? Optional.empty() : Optional.of(units.get(0));
  }

  /**
   * Every unit, root first, each followed by its subtree, children in order of their codes.
   *
   * @return an unmodifiable list of all units
   */
  public List<OrganizationUnit> units() {
    return units;
  }

  /**
   * The units directly under a unit.
   *
   * @param id the parent unit
   * @return an unmodifiable list of its children in order of their codes; empty for a leaf or an
   *     unknown unit
   */
  public List<OrganizationUnit> children(OrganizationUnitId id) {
    requireNonNull(id, "id");
    return children.getOrDefault(id, List.of());
  }

  /**
   * A unit and all its descendants: what a user granted that unit may see. Takes constant time; the
   * set is an unmodifiable view with a constant-time {@code contains}.
   *
   * @param id the top of the subtree
   * @return the codes of the unit and everything below it; empty for an unknown unit
   */
  public Set<OrganizationUnitId> subtree(OrganizationUnitId id) {
    requireNonNull(id, "id");
    Position top = positions.get(id);
    return top == null ? Set.of() : new Subtree(top);
  }

  /**
   * The chain of units from the head office down to a unit, both included.
   *
   * @param id the unit
   * @return an unmodifiable list starting with the root and ending with the unit; empty for an
   *     unknown unit
   */
  public List<OrganizationUnit> pathFromRoot(OrganizationUnitId id) {
    requireNonNull(id, "id");
    List<OrganizationUnit> path = new ArrayList<>();
    Optional<OrganizationUnit> current = unit(id);
    while (current.isPresent()) {
      path.add(current.get());
      current = current.get().parentId().flatMap(this::unit);
    }
    Collections.reverse(path);
    return List.copyOf(path);
  }

  /**
   * Whether a unit is {@code ancestorOrSelf} or lies below it. Takes constant time.
   *
   * @param unit the unit in question
   * @param ancestorOrSelf the top of the subtree
   * @return {@code true} if {@code unit} is in the subtree of {@code ancestorOrSelf}; {@code false}
   *     if either is not in the tree
   */
  public boolean isWithin(OrganizationUnitId unit, OrganizationUnitId ancestorOrSelf) {
    requireNonNull(unit, "unit");
    requireNonNull(ancestorOrSelf, "ancestorOrSelf");
    Position below = positions.get(unit);
    Position top = positions.get(ancestorOrSelf);
    return below != null && top != null && top.spans(below);
  }

  /**
   * A short description: the number of units and the root.
   *
   * @return for example {@code OrganizationHierarchy[6 units, root=HO]}
   */
  @Override
  public String toString() {
    return "OrganizationHierarchy["
        + units.size()
        + " units"
        + root().map(unit -> ", root=" + unit.id()).orElse("")
        + "]";
  }

  /** The units numbered from {@code top.index} on, for {@code top.subtreeSize}. */
  private final class Subtree extends AbstractSet<OrganizationUnitId> {

    private final Position top;

    Subtree(Position top) {
      this.top = top;
    }

    @Override
    public boolean contains(Object candidate) {
      if (!(candidate instanceof OrganizationUnitId id)) {
        return false;
      }
      Position position = positions.get(id);
      return position != null && top.spans(position);
    }

    @Override
    public Iterator<OrganizationUnitId> iterator() {
      return units.subList(top.index(), top.index() + top.subtreeSize()).stream()
          .map(OrganizationUnit::id)
          .iterator();
    }

    @Override
    public int size() {
      return top.subtreeSize();
    }
  }
}
