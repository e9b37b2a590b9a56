package io.github.bankcrm.core.relationship;

import static java.util.Objects.requireNonNull;

import io.github.bankcrm.core.customer.CustomerId;
import io.github.bankcrm.core.customer.CustomerKind;
import io.github.bankcrm.core.relationship.internal.IntQueueSet;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.IntConsumer;
import java.util.function.IntPredicate;

/**
 * The views the library derives from relationships, computed over one {@link RelationshipGraph}
 * snapshot: the household of a person, the corporate group of a company, and the ultimate beneficial
 * owners of a company with the chains that justify them. Pure: the same graph gives the same answers,
 * whatever order its relationships were given in. Thread-safe.
 *
 * <p>Views expose customer numbers only; roll-ups of balances or exposure are built on the member sets.
 */
public final class RelationshipAnalysis {

  /** The default percentage a single shareholding must exceed to be control: 50. */
  public static final BigDecimal DEFAULT_CONTROL_THRESHOLD = new BigDecimal(50);

  /**
   * The default effective share a beneficial owner must exceed: 25, as the PBOC rules on beneficial
   * owners set it (directly or indirectly holding <em>more than</em> 25 %).
   */
  public static final BigDecimal DEFAULT_OWNERSHIP_THRESHOLD = new BigDecimal(25);

  /** Decimal places of the percentages reported in chains and owners (half-even rounding). */
  public static final int REPORTED_SCALE = 4;

  private final RelationshipGraph graph;

  /**
   * The views over one snapshot.
   *
   * @param graph the relationships that count on the graph's day
   */
  public RelationshipAnalysis(RelationshipGraph graph) {
    this.graph = requireNonNull(graph, "graph");
  }

  /**
   * The household of a person: everyone reached through spouse and parent/child ties, in either
   * direction and transitively.
   *
   * @param person the person
   * @return the household; the person alone if the graph holds no family tie of theirs
   * @throws IllegalArgumentException if the graph knows the customer as a company
   */
  public Household household(CustomerId person) {
    requireKind(person, CustomerKind.INDIVIDUAL, "a household");
    // the walk reaches each customer once, so a list is a set here; the view sorts it
    List<CustomerId> members = new ArrayList<>();
    reach(person, edge -> graph.type(edge).isFamilyTie(), number -> members.add(graph.customer(number)));
    if (members.isEmpty()) {
      members.add(person);
    }
    return new Household(person, graph.asOf(), new TreeSet<>(members));
  }

  /**
   * The corporate group of a company, with the default control threshold of 50 %.
   *
   * @param company the company
   * @return the group
   * @throws IllegalArgumentException if the graph knows the customer as an individual
   */
  public CorporateGroup corporateGroup(CustomerId company) {
    return corporateGroup(company, DEFAULT_CONTROL_THRESHOLD);
  }

  /**
   * The corporate group of a company: every company reached through parent/subsidiary ties, declared
   * group memberships and shareholdings above {@code controlThreshold}, in either direction and
   * transitively, also through a person who holds more than the threshold in two companies.
   *
   * @param company the company
   * @param controlThreshold the percentage a single shareholding must exceed to be control; 0 to 100
   * @return the group; the company alone if it has no control tie
   * @throws IllegalArgumentException if the threshold is out of range, or the graph knows the customer
   *     as an individual
   */
  public CorporateGroup corporateGroup(CustomerId company, BigDecimal controlThreshold) {
    checkThreshold(controlThreshold, "controlThreshold");
    requireKind(company, CustomerKind.CORPORATE, "a corporate group");
    // recorded percentages sit on a grid of 0.0001 %, so "above the threshold" is "above the threshold
    // rounded down to that grid", and the walk compares whole units
    long control =
        controlThreshold
            .setScale(OwnershipPercentage.SCALE, RoundingMode.FLOOR)
            .unscaledValue()
            .longValueExact();
    List<CustomerId> members = new ArrayList<>();
    List<CustomerId> persons = new ArrayList<>();
    reach(
        company,
        edge -> {
          RelationshipType type = graph.type(edge);
          return type.isControlTie()
              || (type.carriesPercentage() && graph.percentageUnits(edge) > control);
        },
        number ->
            (graph.kind(number) == CustomerKind.CORPORATE ? members : persons)
                .add(graph.customer(number)));
    if (members.isEmpty()) {
      members.add(company);
    }
    return new CorporateGroup(
        company, graph.asOf(), controlThreshold, new TreeSet<>(members), new TreeSet<>(persons));
  }

  /**
   * The ultimate beneficial owners of a company, with the default threshold of 25 %.
   *
   * @param company the company
   * @return the owners and the untraced companies
   * @throws IllegalArgumentException if the graph knows the customer as an individual
   */
  public BeneficialOwnership ultimateBeneficialOwners(CustomerId company) {
    return ultimateBeneficialOwners(company, DEFAULT_OWNERSHIP_THRESHOLD);
  }

  /**
   * The ultimate beneficial owners of a company: the individuals whose effective share exceeds {@code
   * threshold}.
   *
   * <p>The effective share of an owner is the sum, over every chain of shareholdings from the owner
   * down to the company, of the product of the percentages along the chain. Chains are simple paths: a
   * chain never passes the same customer twice, so an owner's share through a cross-holding is counted
   * once per distinct route, and a ring of companies owning one another without an outside owner leads
   * to no one. A chain ends at an individual, or at a company without recorded owners ({@link
   * BeneficialOwnership#untracedCompanies()}).
   *
   * <p>Arithmetic is exact: percentages are multiplied and added as decimals without rounding, and the
   * threshold is compared to the exact share; reported percentages are rounded half-even to {@value
   * #REPORTED_SCALE} decimal places. The number of chains can grow exponentially in a densely
   * cross-held graph; bank shareholding graphs are sparse.
   *
   * @param company the company
   * @param threshold the effective share, in percent, an owner must exceed; 0 to 100
   * @return the owners and the untraced companies
   * @throws IllegalArgumentException if the threshold is out of range, or the graph knows the customer
   *     as an individual
   */
  public BeneficialOwnership ultimateBeneficialOwners(CustomerId company, BigDecimal threshold) {
    checkThreshold(threshold, "threshold");
    requireKind(company, CustomerKind.CORPORATE, "beneficial owners");
    int start = graph.numberOf(company);
    Map<Integer, Tally> tallies = start < 0 ? Map.of() : chainsTo(start);
    BigDecimal fraction = threshold.movePointLeft(2);
    List<BeneficialOwner> owners = new ArrayList<>();
    List<BeneficialOwner> untraced = new ArrayList<>();
    tallies.forEach(
        (owner, tally) -> {
          if (tally.share.compareTo(fraction) > 0) {
            BeneficialOwner reported = tally.report(graph.customer(owner));
            (graph.kind(owner) == CustomerKind.INDIVIDUAL ? owners : untraced).add(reported);
          }
        });
    return BeneficialOwnership.ranked(company, graph.asOf(), threshold, owners, untraced);
  }

  /** What the chains from one owner add up to, as a fraction of the company (1 = 100 %). */
  private static final class Tally {
    private BigDecimal share = BigDecimal.ZERO;
    private final List<OwnershipChain> chains = new ArrayList<>();

    BeneficialOwner report(CustomerId owner) {
      return BeneficialOwner.justifiedBy(owner, chains);
    }
  }

  /**
   * Every simple chain of shareholdings ending at {@code company}, walked depth-first upwards from the
   * company without recursion (a long chain must not overflow the stack), tallied by the owner at its
   * top.
   */
  private Map<Integer, Tally> chainsTo(int company) {
    Map<Integer, Tally> tallies = new TreeMap<>();
    int[] path = new int[8];
    int[] cursor = new int[8];
    int[] edges = new int[8];
    BigDecimal[] shares = new BigDecimal[8];
    path[0] = company;
    cursor[0] = graph.firstEdge(company);
    shares[0] = BigDecimal.ONE;
    int depth = 0;
    while (depth >= 0) {
      int node = path[depth];
      if (cursor[depth] == graph.endEdge(node)) {
        depth--;
        continue;
      }
      int edge = cursor[depth]++;
      if (!isOwnerEdge(edge)) {
        continue;
      }
      int owner = graph.neighbour(edge);
      if (onPath(owner, path, depth)) {
        continue;
      }
      BigDecimal share =
          shares[depth].multiply(
              BigDecimal.valueOf(graph.percentageUnits(edge), OwnershipPercentage.SCALE + 2));
      edges[depth] = edge;
      if (!hasOwners(owner)) {
        Tally tally = tallies.computeIfAbsent(owner, key -> new Tally());
        tally.share = tally.share.add(share);
        tally.chains.add(chain(path, edges, depth));
        continue;
      }
      if (++depth == path.length) {
        int grown = path.length * 2;
        path = Arrays.copyOf(path, grown);
        cursor = Arrays.copyOf(cursor, grown);
        edges = Arrays.copyOf(edges, grown);
        shares = Arrays.copyOf(shares, grown);
      }
      path[depth] = owner;
      cursor[depth] = graph.firstEdge(owner);
      shares[depth] = share;
    }
    return tallies;
  }

  /** A shareholding in the customer of this half-edge, held by the neighbour. */
  private boolean isOwnerEdge(int edge) {
    return !graph.isOutgoing(edge) && graph.type(edge).carriesPercentage();
  }

  private boolean hasOwners(int customer) {
    for (int edge = graph.firstEdge(customer); edge < graph.endEdge(customer); edge++) {
      if (isOwnerEdge(edge)) {
        return true;
      }
    }
    return false;
  }

  private static boolean onPath(int customer, int[] path, int depth) {
    for (int i = 0; i <= depth; i++) {
      if (path[i] == customer) {
        return true;
      }
    }
    return false;
  }

  /** The chain from the owner at the top down to the company: edges[depth] first, edges[0] last. */
  private OwnershipChain chain(int[] path, int[] edges, int depth) {
    List<OwnershipLink> links = new ArrayList<>(depth + 1);
    for (int i = depth; i >= 0; i--) {
      int edge = edges[i];
      links.add(
          new OwnershipLink(
              graph.relationshipId(edge),
              graph.customer(graph.neighbour(edge)),
              graph.customer(path[i]),
              graph.percentage(edge)));
    }
    return OwnershipChain.through(links);
  }

  /** Visits every customer reached from {@code start} over the half-edges {@code follow} accepts. */
  private void reach(CustomerId start, IntPredicate follow, IntConsumer visit) {
    int first = graph.numberOf(start);
    if (first < 0) {
      return;
    }
    IntQueueSet reached = new IntQueueSet();
    reached.add(first);
    while (reached.hasNext()) {
      int node = reached.take();
      visit.accept(node);
      for (int edge = graph.firstEdge(node); edge < graph.endEdge(node); edge++) {
        if (follow.test(edge)) {
          reached.add(graph.neighbour(edge));
        }
      }
    }
  }

  private void requireKind(CustomerId customer, CustomerKind kind, String view) {
    requireNonNull(customer, "customer");
    graph
        .kindOf(customer)
        .filter(known -> known != kind)
        .ifPresent(
            known -> {
              throw new IllegalArgumentException(
                  view + " is asked of a customer of kind " + kind + ", not " + known);
            });
  }

  private static void checkThreshold(BigDecimal threshold, String name) {
    requireNonNull(threshold, name);
    if (threshold.signum() < 0 || threshold.compareTo(OwnershipPercentage.HUNDRED) > 0) {
      throw new IllegalArgumentException(name + " must be from 0 to 100");
    }
  }
}
