package io.github.bankcrm.core.inmemory;

import static java.util.Comparator.comparing;
import static java.util.Objects.requireNonNull;

import io.github.bankcrm.core.customer.CustomerId;
import io.github.bankcrm.core.customer.Customers;
import io.github.bankcrm.core.interaction.Interaction;
import io.github.bankcrm.core.interaction.InteractionError;
import io.github.bankcrm.core.interaction.InteractionId;
import io.github.bankcrm.core.interaction.InteractionUpdate;
import io.github.bankcrm.core.interaction.Interactions;
import io.github.bankcrm.core.organization.AccessScope;
import io.vavr.control.Either;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * {@link Interactions} in memory: the embedded default for tests and demos. Thread-safe; a save checks
 * the version and applies under the store's lock, atomic like a database transaction. Which customers a
 * caller can see is asked of the {@link Customers} store at the time of the call.
 */
public final class InMemoryInteractions implements Interactions {

  private final GuardedStore store;
  private final Map<InteractionId, Interaction> interactions = new HashMap<>();

  /**
   * An empty store.
   *
   * @param customers the customers the interactions are with, to decide what a caller can see
   */
  public InMemoryInteractions(Customers customers) {
    this.store = new GuardedStore(customers);
  }

  @Override
  public Either<InteractionError, Interaction> save(AccessScope scope, InteractionUpdate update) {
    requireNonNull(scope, "scope");
    Interaction next = requireNonNull(update, "update").interaction();
    return store.write(() -> {
      Interaction stored = interactions.get(next.id());
      if (stored != null && !visible(scope, stored.customerId())) {
        return Either.<InteractionError, Interaction>left(
new InteractionError.InteractionNotFound(next.id()));
      }
      if (stored == null && update.expectedStoredVersion() > 0) {
        return Either.<InteractionError, Interaction>left(
new InteractionError.InteractionNotFound(next.id()));
      }
      long storedVersion = stored == null ? 0 : stored.version();
      if (storedVersion != update.expectedStoredVersion()) {
        return Either.<InteractionError, Interaction>left(
            new InteractionError.VersionConflict(next.id(), update.expectedStoredVersion(), storedVersion));
      }
      boolean newCustomer = stored == null || !stored.customerId().equals(next.customerId());
      if (newCustomer && !visible(scope, next.customerId())) {
        return Either.<InteractionError, Interaction>left(
new InteractionError.CustomerNotFound(next.customerId()));
      }
      if (stored != null && newCustomer && !update.reassignsCustomer()) {
        throw new IllegalArgumentException("an update cannot move an interaction to another customer");
      }
      interactions.put(next.id(), next);
      return Either.<InteractionError, Interaction>right(next);
    });
  }

  @Override
  public Optional<Interaction> findById(AccessScope scope, InteractionId id) {
    requireNonNull(scope, "scope");
    requireNonNull(id, "id");
    Interaction found = store.read(() -> interactions.get(id));
    return Optional.ofNullable(found).filter(interaction -> visible(scope, interaction.customerId()));
  }

  @Override
  public List<Interaction> ofCustomer(AccessScope scope, CustomerId customerId, Instant from, Instant until) {
    requireNonNull(from, "from");
    requireNonNull(until, "until");
    if (until.isBefore(from)) {
      throw new IllegalArgumentException("a period ends after it starts");
    }
    return of(scope, customerId,
        interaction -> !interaction.occurredAt().isBefore(from) && interaction.occurredAt().isBefore(until));
  }

  @Override
  public List<Interaction> openComplaints(AccessScope scope, CustomerId customerId) {
    return of(scope, customerId, Interaction::isOpenComplaint);
  }

  private List<Interaction> of(AccessScope scope, CustomerId customerId, Predicate<Interaction> filter) {
    requireNonNull(scope, "scope");
    requireNonNull(customerId, "customerId");
    if (!visible(scope, customerId)) {
      return List.of();
    }
    List<Interaction> all = store.read(() -> List.copyOf(interactions.values()));
    return all.stream()
        .filter(interaction -> interaction.customerId().equals(customerId))
        .filter(filter)
        .sorted(comparing(Interaction::occurredAt).thenComparing(Interaction::id))
        .toList();
  }

  private boolean visible(AccessScope scope, CustomerId customerId) {
    return store.canSeeCustomer(scope, customerId);
  }
}
