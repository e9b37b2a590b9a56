package io.github.bankcrm.core.customer;

/**
 * Hands out customer numbers for new customers. Banks whose core system assigns CIF numbers plug in
 * their own; {@link #randomUuid()} suits tests and demos.
 */
@FunctionalInterface
public interface CustomerNumbering {

  /** The number for the next customer; never one handed out before. */
  CustomerId next();

  /** Random UUIDs. */
  static CustomerNumbering randomUuid() {
    return CustomerId::random;
  }
}
