package io.github.bankcrm.core.relationship;

import static java.util.Objects.requireNonNull;

import io.github.bankcrm.core.customer.CustomerId;
import io.github.bankcrm.core.customer.CustomerKind;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * An immutable snapshot of the relationships that count on one day ({@link
 * Relationship#isEffectiveOn}), indexed by customer, for the views of {@link RelationshipAnalysis}.
 * Relationships that are ended or outside their period on that day are left out when the graph is
 * built.
 *
 * <p>The graph is laid out for a bank's whole book (millions of customers): customers are numbered
 * 0..n-1 and each one's relationships, in both directions, sit in one slice of flat arrays, so a
 * snapshot of a million customers costs a few dozen bytes per relationship and a lookup touches only
 * the customers it reaches. Thread-safe: nothing changes after construction.
 */
public final class RelationshipGraph {

  private static final CustomerKind[] KINDS = CustomerKind.values();
  private static final RelationshipType[] TYPES = RelationshipType.values();

  private final LocalDate asOf;
  private final Map<CustomerId, Integer> index;
  private final CustomerId[] customers;
  private final byte[] kinds;
  // the relationships of customer i are the half-edges offsets[i] .. offsets[i + 1] - 1
  private final int[] offsets;
  private final int[] neighbours;
  // type ordinal << 1, plus 1 when the relationship runs from this customer to the neighbour
  private final byte[] edgeCodes;
  private final int[] edgeRelationships;
  private final RelationshipId[] relationshipIds;
  // a shareholding's percentage in units of 0.0001 % (exact: percentages are kept at scale 4), per
  // half-edge so that a walk compares stakes without touching another array or any BigDecimal
  private final int[] edgeUnits;

  private RelationshipGraph(LocalDate asOf, Collection<Relationship> relationships) {
    this.asOf = asOf;
    int counted = 0;
    Map<CustomerId, Integer> numbers = new HashMap<>();
    for (Relationship relationship : relationships) {
      if (requireNonNull(relationship, "relationship").isEffectiveOn(asOf)) {
        counted++;
        numbers.putIfAbsent(relationship.from(), numbers.size());
        numbers.putIfAbsent(relationship.to(), numbers.size());
      }
    }
    int n = numbers.size();
    index = numbers;
    customers = new CustomerId[n];
    kinds = new byte[n];
    numbers.forEach((customer, number) -> customers[number] = customer);
    relationshipIds = new RelationshipId[counted];
    int[] units = new int[counted];
    int[] froms = new int[counted];
    int[] tos = new int[counted];
    byte[] types = new byte[counted];
    offsets = new int[n + 1];
    int r = 0;
    for (Relationship relationship : relationships) {
      if (relationship.isEffectiveOn(asOf)) {
        int from = numbers.get(relationship.from());
        int to = numbers.get(relationship.to());
        recordKind(from, relationship.fromKind());
        recordKind(to, relationship.toKind());
        froms[r] = from;
        tos[r] = to;
        types[r] = (byte) relationship.type().ordinal();
        relationshipIds[r] = relationship.id();
        BigDecimal percentage = relationship.ownershipPercentage();
        units[r] = percentage == null ? 0 : percentage.unscaledValue().intValueExact();
        offsets[from + 1]++;
        offsets[to + 1]++;
        r++;
      }
    }
    for (int i = 0; i < n; i++) {
      offsets[i + 1] += offsets[i];
    }
    neighbours = new int[2 * counted];
    edgeCodes = new byte[2 * counted];
    edgeRelationships = new int[2 * counted];
    edgeUnits = new int[2 * counted];
    int[] next = new int[n];
    System.arraycopy(offsets, 0, next, 0, n);
    for (int i = 0; i < counted; i++) {
      int out = next[froms[i]]++;
      neighbours[out] = tos[i];
      edgeCodes[out] = (byte) ((types[i] << 1) | 1);
      edgeRelationships[out] = i;
      edgeUnits[out] = units[i];
      int in = next[tos[i]]++;
      neighbours[in] = froms[i];
      edgeCodes[in] = (byte) (types[i] << 1);
      edgeRelationships[in] = i;
      edgeUnits[in] = units[i];
    }
  }

  private void recordKind(int customer, CustomerKind kind) {
    byte code = (byte) (kind.ordinal() + 1);
    if (kinds[customer] != 0 && kinds[customer] != code) {
      throw new IllegalArgumentException(
          "customer " + customers[customer] + " appears both as " + KINDS[kinds[customer] - 1]
              + " and as " + kind);
    }
    kinds[customer] = code;
  }

  /**
   * The graph of the relationships that count on a day.
   *
   * @param relationships any relationships; those not effective on {@code asOf} are left out
   * @param asOf the day
   * @return the graph
   * @throws IllegalArgumentException if one customer appears with two different kinds
   */
  public static RelationshipGraph of(Collection<Relationship> relationships, LocalDate asOf) {
    requireNonNull(relationships, "relationships");
    requireNonNull(asOf, "asOf");
    return new RelationshipGraph(asOf, relationships);
  }

  /**
   * The day the graph holds for.
   *
   * @return the day
   */
  public LocalDate asOf() {
    return asOf;
  }

  /**
   * How many customers have at least one relationship in the graph.
   *
   * @return the count
   */
  public int customerCount() {
    return customers.length;
  }

  /**
   * How many relationships the graph holds.
   *
   * @return the count
   */
  public int relationshipCount() {
    return relationshipIds.length;
  }

  /**
   * The kind of a customer, as recorded with its relationships.
   *
   * @param customerId the customer
   * @return the kind, or empty if the customer has no relationship in the graph
   */
  public Optional<CustomerKind> kindOf(CustomerId customerId) {
    int number = numberOf(customerId);
    return number < 0 ? Optional.empty() : Optional.of(kind(number));
  }

  // --- the numbered view, for RelationshipAnalysis ---------------------------------------------

  int numberOf(CustomerId customerId) {
    Integer number = index.get(requireNonNull(customerId, "customerId"));
    return number == null ? -1 : number;
  }

  CustomerId customer(int number) {
    return customers[number];
  }

  CustomerKind kind(int number) {
    return KINDS[kinds[number] - 1];
  }

  int firstEdge(int number) {
    return offsets[number];
  }

  int endEdge(int number) {
    return offsets[number + 1];
  }

  int neighbour(int edge) {
    return neighbours[edge];
  }

  RelationshipType type(int edge) {
    return TYPES[edgeCodes[edge] >> 1];
  }

  /** Whether the relationship of this half-edge runs from its customer to the neighbour. */
  boolean isOutgoing(int edge) {
    return (edgeCodes[edge] & 1) == 1;
  }

  RelationshipId relationshipId(int edge) {
    return relationshipIds[edgeRelationships[edge]];
  }

  BigDecimal percentage(int edge) {
    return BigDecimal.valueOf(edgeUnits[edge], OwnershipPercentage.SCALE);
  }

  /** The percentage of a shareholding in units of 0.0001 %; 0 for other types. */
  int percentageUnits(int edge) {
    return edgeUnits[edge];
  }
}
