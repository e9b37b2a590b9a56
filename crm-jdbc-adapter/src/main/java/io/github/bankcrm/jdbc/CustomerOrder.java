package io.github.bankcrm.jdbc;

/**
 * The orders a customer search may be sorted in: an allow-list, so no sort field ever comes from
 * user text. Each order ends on the customer number, which makes paging stable.
 */
public enum CustomerOrder {

  /** By customer number, the port's order. */
  CUSTOMER_NUMBER("c.id"),

  /** Most recently changed first. */
  LAST_CHANGED_FIRST("c.updated_at desc, c.id"),

  /** Earliest registered first. */
  FIRST_REGISTERED_FIRST("c.created_at, c.id");

  private final String orderBy;

  CustomerOrder(String orderBy) {
    this.orderBy = orderBy;
  }

  /** The constant ORDER BY list; package-private so only the adapter writes it into SQL. */
  String orderBy() {
    return orderBy;
  }
}
