package io.github.bankcrm.core.relationship;

import static java.util.Objects.requireNonNull;

import io.github.bankcrm.core.customer.CustomerId;
import java.time.LocalDate;
import java.util.Collections;
import java.util.Set;
import java.util.TreeSet;

/**
 * The household [家庭] of a person: everyone connected to the person through family ties (spouses,
 * parents and children, and so on transitively) that count on a day, as one customer unit for service
 * and value. A person without family ties is a household of one.
 *
 * @param customer the person asked about
 * @param asOf the day
 * @param members every member, the person included, in customer-number order
 */
public record Household(CustomerId customer, LocalDate asOf, Set<CustomerId> members) {

  public Household {
    requireNonNull(customer, "customer");
    requireNonNull(asOf, "asOf");
    members = Collections.unmodifiableSortedSet(new TreeSet<>(requireNonNull(members, "members")));
    if (!members.contains(customer)) {
      throw new IllegalArgumentException("a household contains the person asked about");
    }
  }
}
