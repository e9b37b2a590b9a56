package io.github.bankcrm.core.inmemory;

import static java.util.Objects.requireNonNull;

import io.github.bankcrm.core.customer.CustomerId;
import io.github.bankcrm.core.customer.Customers;
import io.github.bankcrm.core.organization.AccessScope;
import io.github.bankcrm.core.relationship.BeneficialOwnership;
import io.github.bankcrm.core.relationship.CorporateGroup;
import io.github.bankcrm.core.relationship.Household;
import io.github.bankcrm.core.relationship.Relationship;
import io.github.bankcrm.core.relationship.RelationshipError;
import io.github.bankcrm.core.relationship.RelationshipId;
import io.github.bankcrm.core.relationship.RelationshipRules;
import io.github.bankcrm.core.relationship.RelationshipUpdate;
import io.github.bankcrm.core.relationship.RelationshipViews;
import io.github.bankcrm.core.relationship.Relationships;
import io.github.bankcrm.core.relationship.SnapshotRelationshipViews;
import io.github.bankcrm.core.shared.Nullable;
import io.vavr.control.Either;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * {@link Relationships} in memory: the embedded default for tests and demos. Thread-safe; a save checks
 * version, scope and the rules across relationships ({@link RelationshipRules#fitsAmong}) and applies
 * under one write lock, so it is atomic like a database transaction. Nothing survives the JVM.
 *
 * <p>Which customers a caller can see is asked of the {@link Customers} store at the time of the call,
 * so a customer moved to another branch takes its relationships' visibility with it at once.
 *
 * <p>The {@link RelationshipViews} are answered by {@link SnapshotRelationshipViews} over this store:
 * a graph of what the scope sees on the day, built per call.
 */
public final class InMemoryRelationships implements Relationships, RelationshipViews {

  private final GuardedStore store;
  private final RelationshipViews views;
  private final TreeMap<RelationshipId, Relationship> relationships = new TreeMap<>();
  private final Map<CustomerId, Set<RelationshipId>> byCustomer = new HashMap<>();

  /**
   * An empty store.
   *
   * @param customers the customers the relationships link, to decide what a caller can see
   */
  public InMemoryRelationships(Customers customers) {
    this.store = new GuardedStore(customers);
    this.views = new SnapshotRelationshipViews(customers, this);
  }

  @Override
  public Either<RelationshipError, Relationship> save(AccessScope scope, RelationshipUpdate update) {
    requireNonNull(scope, "scope");
    Relationship next = requireNonNull(update, "update").relationship();
    return store.write(
        () -> {
          Relationship stored = relationships.get(next.id());
          Either<RelationshipError, Relationship> checked =
              refusal(scope, update, stored)
                  .<Either<RelationshipError, Relationship>>map(Either::left)
                  .orElseGet(
                      () ->
                          RelationshipRules.fitsAmong(
                              next, storedOf(List.of(next.from(), next.to()))));
          checked.forEach(
              accepted -> {
                if (stored != null) {
                  byCustomer.getOrDefault(stored.from(), new TreeSet<>()).remove(stored.id());
                  byCustomer.getOrDefault(stored.to(), new TreeSet<>()).remove(stored.id());
                }
                relationships.put(accepted.id(), accepted);
                byCustomer.computeIfAbsent(accepted.from(), key -> new TreeSet<>()).add(accepted.id());
                byCustomer.computeIfAbsent(accepted.to(), key -> new TreeSet<>()).add(accepted.id());
              });
          return checked;
        });
  }

  private Optional<RelationshipError> refusal(
      AccessScope scope, RelationshipUpdate update, @Nullable Relationship stored) {
    Relationship next = update.relationship();
    if (update.isCreation()) {
      for (CustomerId customer : List.of(next.from(), next.to())) {
        if (!store.canSeeCustomer(scope, customer)) {
          return Optional.of(new RelationshipError.CustomerNotFound(customer));
        }
      }
    } else if (stored == null || !visible(scope, stored)) {
      return Optional.of(new RelationshipError.RelationshipNotFound(next.id()));
    }
    long storedVersion = stored == null ? 0 : stored.version();
    if (storedVersion != update.expectedStoredVersion()) {
      return Optional.of(
          new RelationshipError.VersionConflict(
              next.id(), update.expectedStoredVersion(), storedVersion));
    }
    if (stored != null && !RelationshipRules.sameLinkOrRepointed(stored, update)) {
      throw new IllegalArgumentException(
          "an update cannot change the customers, type or kinds of relationship " + next.id());
    }
    if (stored != null) {
      for (CustomerId joining : RelationshipRules.joining(stored, next)) {
        if (!store.canSeeCustomer(scope, joining)) {
          return Optional.of(new RelationshipError.CustomerNotFound(joining));
        }
      }
    }
    return Optional.empty();
  }

  private List<Relationship> storedOf(List<CustomerId> customerIds) {
    Set<RelationshipId> ids = new TreeSet<>();
    customerIds.forEach(customer -> ids.addAll(byCustomer.getOrDefault(customer, Set.of())));
    List<Relationship> found = new ArrayList<>(ids.size());
    ids.forEach(id -> found.add(relationships.get(id)));
    return found;
  }

  @Override
  public Optional<Relationship> findById(AccessScope scope, RelationshipId id) {
    requireNonNull(scope, "scope");
    requireNonNull(id, "id");
    return store.read(() -> Optional.ofNullable(relationships.get(id)))
        .filter(relationship -> visible(scope, relationship));
  }

  @Override
  public List<Relationship> of(AccessScope scope, CustomerId customerId, boolean activeOnly) {
    requireNonNull(scope, "scope");
    requireNonNull(customerId, "customerId");
    if (!store.canSeeCustomer(scope, customerId)) {
      return List.of();
    }
    return store.read(
        () ->
            storedOf(List.of(customerId)).stream()
                .filter(relationship -> !activeOnly || relationship.isActive())
                .toList());
  }

  @Override
  public List<Relationship> effectiveOn(AccessScope scope, LocalDate day) {
    requireNonNull(scope, "scope");
    requireNonNull(day, "day");
    List<Relationship> effective =
        store.read(
            () ->
                relationships.values().stream()
                    .filter(relationship -> relationship.isEffectiveOn(day))
                    .toList());
    return scope.isUnrestricted()
        ? effective
        : effective.stream().filter(relationship -> visible(scope, relationship)).toList();
  }

  private boolean visible(AccessScope scope, Relationship relationship) {
    return scope.isUnrestricted()
        || store.canSeeCustomer(scope, relationship.from())
        || store.canSeeCustomer(scope, relationship.to());
  }

  @Override
  public Either<RelationshipError, Household> household(
      AccessScope scope, CustomerId person, LocalDate day) {
    return views.household(scope, person, day);
  }

  @Override
  public Either<RelationshipError, CorporateGroup> corporateGroup(
      AccessScope scope, CustomerId company, LocalDate day, BigDecimal controlThreshold) {
    return views.corporateGroup(scope, company, day, controlThreshold);
  }

  @Override
  public Either<RelationshipError, BeneficialOwnership> ultimateBeneficialOwners(
      AccessScope scope, CustomerId company, LocalDate day, BigDecimal threshold) {
    return views.ultimateBeneficialOwners(scope, company, day, threshold);
  }
}
