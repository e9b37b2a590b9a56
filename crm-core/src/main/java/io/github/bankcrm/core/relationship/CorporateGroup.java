package io.github.bankcrm.core.relationship;

import static java.util.Objects.requireNonNull;

import io.github.bankcrm.core.customer.CustomerId;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collections;
import java.util.Set;
import java.util.TreeSet;

/**
 * The corporate group [集团客户] of a company: every company connected to it through control ties that
 * count on a day — parent company and subsidiary, declared group membership, and a shareholding above
 * the control threshold — in either direction and transitively. Companies controlled by the same person
 * belong to one group (common control, as the regulator's definition of group customers has it); that
 * person is listed among the {@code controllingPersons}, not among the members.
 *
 * @param company the company asked about
 * @param asOf the day
 * @param controlThreshold the percentage a single shareholding must exceed to be control
 * @param members every company of the group, the one asked about included, in customer-number order
 * @param controllingPersons the individuals whose stakes above the threshold tie members together, in
 *     customer-number order
 */
public record CorporateGroup(
    CustomerId company,
    LocalDate asOf,
    BigDecimal controlThreshold,
    Set<CustomerId> members,
    Set<CustomerId> controllingPersons) {

  public CorporateGroup {
    requireNonNull(company, "company");
    requireNonNull(asOf, "asOf");
    requireNonNull(controlThreshold, "controlThreshold");
    members = Collections.unmodifiableSortedSet(new TreeSet<>(requireNonNull(members, "members")));
    controllingPersons =
        Collections.unmodifiableSortedSet(
            new TreeSet<>(requireNonNull(controllingPersons, "controllingPersons")));
    if (!members.contains(company)) {
      throw new IllegalArgumentException("a corporate group contains the company asked about");
    }
  }
}
