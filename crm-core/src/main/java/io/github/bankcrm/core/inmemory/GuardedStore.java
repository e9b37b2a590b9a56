package io.github.bankcrm.core.inmemory;

import static java.util.Objects.requireNonNull;

import io.github.bankcrm.core.customer.CustomerId;
import io.github.bankcrm.core.customer.Customers;
import io.github.bankcrm.core.organization.AccessScope;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Supplier;

/**
 * What every in-memory store of customer-owned data shares: one read-write lock, so that a save
 * (check and apply) is atomic like a database transaction, and the question of which customers a
 * caller can see, asked of the customer store at the time of the call.
 */
final class GuardedStore {

  private final ReadWriteLock lock = new ReentrantReadWriteLock();
  private final Customers customers;

  GuardedStore(Customers customers) {
    this.customers = requireNonNull(customers, "customers");
  }

  /** Runs a query under the read lock. */
  <T> T read(Supplier<T> query) {
    lock.readLock().lock();
    try {
      return query.get();
    } finally {
      lock.readLock().unlock();
    }
  }

  /** Runs a check-and-apply under the write lock. */
  <T> T write(Supplier<T> change) {
    lock.writeLock().lock();
    try {
      return change.get();
    } finally {
      lock.writeLock().unlock();
    }
  }

  /** Whether the customer exists in the scope. */
  boolean canSeeCustomer(AccessScope scope, CustomerId customerId) {
    return customers.findById(scope, customerId).isPresent();
  }
}
