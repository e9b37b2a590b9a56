package io.github.bankcrm.core.inmemory;

import static java.util.Objects.requireNonNull;

import io.github.bankcrm.core.customer.CorporateCustomer;
import io.github.bankcrm.core.customer.Customer;
import io.github.bankcrm.core.customer.CustomerChangeRecord;
import io.github.bankcrm.core.customer.CustomerError;
import io.github.bankcrm.core.customer.CustomerId;
import io.github.bankcrm.core.customer.CustomerSearch;
import io.github.bankcrm.core.customer.CustomerUpdate;
import io.github.bankcrm.core.customer.Customers;
import io.github.bankcrm.core.customer.IndividualCustomer;
import io.github.bankcrm.core.identity.IdentityDocument;
import io.github.bankcrm.core.identity.IdentityDocumentKey;
import io.github.bankcrm.core.identity.UnifiedSocialCreditCode;
import io.github.bankcrm.core.organization.AccessScope;
import io.github.bankcrm.core.shared.Page;
import io.github.bankcrm.core.shared.PageRequest;
import io.vavr.control.Either;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * {@link Customers} in memory: the embedded default for tests and demos. Thread-safe; a save checks
 * version, scope and uniqueness and applies under one write lock, so it is atomic like a database
 * transaction. Nothing survives the JVM.
 */
public final class InMemoryCustomers implements Customers {

  private final ReadWriteLock lock = new ReentrantReadWriteLock();
  private final TreeMap<CustomerId, Customer> customers = new TreeMap<>();
  private final Map<CustomerId, List<CustomerChangeRecord>> changes = new HashMap<>();
  private final Map<Object, CustomerId> holders = new HashMap<>();

  /** An empty store. */
  public InMemoryCustomers() {}

  @Override
  public Either<CustomerError, Customer> save(AccessScope scope, CustomerUpdate update) {
    requireNonNull(scope, "scope");
    Customer next = requireNonNull(update, "update").customer();
    lock.writeLock().lock();
    try {
      Customer stored = customers.get(next.id());
      Optional<CustomerError> refusal = refusal(scope, update, stored);
      if (refusal.isPresent()) {
        return Either.left(refusal.get());
      }
      if (stored != null) {
        identityKeys(stored).forEach(holders::remove);
      }
      identityKeys(next).forEach(key -> holders.put(key, next.id()));
      customers.put(next.id(), next);
      changes.computeIfAbsent(next.id(), id -> new ArrayList<>()).add(update.changeRecord());
      return Either.right(next);
    } finally {
      lock.writeLock().unlock();
    }
  }

  private Optional<CustomerError> refusal(AccessScope scope, CustomerUpdate update, Customer stored) {
    Customer next = update.customer();
    if (stored == null && !update.isRegistration()) {
      return Optional.of(new CustomerError.CustomerNotFound(next.id()));
    }
    if (stored != null && !update.isRegistration() && !scope.canSee(stored.owningUnit())) {
      return Optional.of(new CustomerError.CustomerNotFound(next.id()));
    }
    long storedVersion = stored == null ? 0 : stored.version();
    if (storedVersion != update.expectedStoredVersion()) {
      return Optional.of(
          new CustomerError.VersionConflict(next.id(), update.expectedStoredVersion(), storedVersion));
    }
    if (stored != null && stored.kind() != next.kind()) {
      throw new IllegalArgumentException("an update cannot change the kind of a customer");
    }
    if (!scope.canSee(next.owningUnit())) {
      return Optional.of(new CustomerError.OutsideAccessScope(next.owningUnit()));
    }
    for (Object key : identityKeys(next)) {
      CustomerId holder = holders.get(key);
      if (holder != null && !holder.equals(next.id())) {
        return Optional.of(new CustomerError.DuplicateIdentity(key.toString()));
      }
    }
    return Optional.empty();
  }

  /** Identity documents of a person, the credit code of a company: keys no two customers share. */
  private static List<Object> identityKeys(Customer customer) {
    if (customer instanceof IndividualCustomer person) {
      return person.profile().identityDocuments().stream()
          .map(IdentityDocument::key)
          .<Object>map(key -> key)
          .toList();
    }
    return List.of(((CorporateCustomer) customer).profile().creditCode());
  }

  @Override
  public Optional<Customer> findById(AccessScope scope, CustomerId id) {
    requireNonNull(id, "id");
    return read(() -> visible(scope, customers.get(id)));
  }

  @Override
  public Optional<Customer> findByIdentityDocument(AccessScope scope, IdentityDocumentKey document) {
    requireNonNull(document, "document");
    return read(() -> visible(scope, heldBy(document)));
  }

  @Override
  public Optional<Customer> findByCreditCode(AccessScope scope, UnifiedSocialCreditCode creditCode) {
    requireNonNull(creditCode, "creditCode");
    return read(() -> visible(scope, heldBy(creditCode)));
  }

  private Customer heldBy(Object key) {
    CustomerId holder = holders.get(key);
    return holder == null ? null : customers.get(holder);
  }

  @Override
  public Page<Customer> search(AccessScope scope, CustomerSearch search, PageRequest page) {
    requireNonNull(scope, "scope");
    requireNonNull(search, "search");
    requireNonNull(page, "page");
    return read(
        () -> {
          List<Customer> matches =
              customers.values().stream()
                  .filter(customer -> scope.canSee(customer.owningUnit()))
                  .filter(search::matches)
                  .toList();
          List<Customer> items =
              matches.stream().skip(page.offset()).limit(page.limit()).toList();
          return new Page<>(items, matches.size(), page);
        });
  }

  @Override
  public List<CustomerChangeRecord> changes(AccessScope scope, CustomerId id) {
    requireNonNull(id, "id");
    return read(
        () ->
            visible(scope, customers.get(id))
                .map(customer -> List.copyOf(changes.getOrDefault(id, List.of())))
                .orElse(List.of()));
  }

  private static Optional<Customer> visible(AccessScope scope, Customer customer) {
    requireNonNull(scope, "scope");
    return Optional.ofNullable(customer).filter(c -> scope.canSee(c.owningUnit()));
  }

  private <T> T read(java.util.function.Supplier<T> query) {
    lock.readLock().lock();
    try {
      return query.get();
    } finally {
      lock.readLock().unlock();
    }
  }
}
