package io.github.bankcrm.core.warning;

import static java.util.Objects.requireNonNull;

import io.github.bankcrm.core.customer.CustomerId;
import io.github.bankcrm.core.holding.AssignmentHistory;
import io.github.bankcrm.core.holding.ServiceAssignment;
import io.github.bankcrm.core.holding.ServiceAssignments;
import io.github.bankcrm.core.interaction.Interaction;
import io.github.bankcrm.core.interaction.InteractionType;
import io.github.bankcrm.core.interaction.Interactions;
import io.github.bankcrm.core.lifecycle.CustomerLifecycle;
import io.github.bankcrm.core.lifecycle.HoldingsFacts;
import io.github.bankcrm.core.lifecycle.LifecycleStage;
import io.github.bankcrm.core.lifecycle.Lifecycles;
import io.github.bankcrm.core.organization.AccessScope;
import io.github.bankcrm.core.organization.RelationshipManagerId;
import io.github.bankcrm.core.shared.Actor;
import io.github.bankcrm.core.shared.Page;
import io.github.bankcrm.core.shared.PageRequest;
import io.vavr.control.Either;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Computes warning factors from holdings, balances, interactions and service assignments, and raises or
 * updates early warnings through the {@link Warnings} port. Thread-safe if the ports are.
 *
 * <p><b>No duplicates.</b> An evaluation that finds a risk for a customer with an open warning
 * re-assesses that warning (new readings and level, a REASSESSED log entry) instead of raising another;
 * an assessment equal to the open warning's (same level and readings) changes nothing, so a nightly re-run
 * does not grow the log. A resolved or lost warning is never touched: a new risk raises a new warning.
 * A risk that disappears leaves the open warning as it is: a person resolves it.
 *
 * <p><b>Who is evaluated.</b> Customers whose lifecycle is closed or rejected are skipped: there is no
 * relationship left to save. Customers without a lifecycle are evaluated.
 */
public final class WarningEvaluation {

  /** How far back interactions are read: the longest window a policy may have. */
  private static final int LOOKBACK_DAYS = 3650;

  private final Warnings warnings;
  private final Lifecycles lifecycles;
  private final HoldingsFacts holdings;
  private final ServiceAssignments assignments;
  private final Interactions interactions;
  private final ZoneId zone;

  /**
   * An evaluation over these ports.
   *
   * @param warnings where warnings are stored
   * @param lifecycles the customers' lifecycles (closed and rejected customers are skipped)
   * @param holdings what the customers hold
   * @param assignments who served the customers
   * @param interactions the contacts with the customers
   * @param zone the bank's time zone, to tell the day an interaction took place
   */
  public WarningEvaluation(
      Warnings warnings,
      Lifecycles lifecycles,
      HoldingsFacts holdings,
      ServiceAssignments assignments,
      Interactions interactions,
      ZoneId zone) {
    this.warnings = requireNonNull(warnings, "warnings");
    this.lifecycles = requireNonNull(lifecycles, "lifecycles");
    this.holdings = requireNonNull(holdings, "holdings");
    this.assignments = requireNonNull(assignments, "assignments");
    this.interactions = requireNonNull(interactions, "interactions");
    this.zone = requireNonNull(zone, "zone");
  }

  /**
   * What is known about a customer on a day, read from the ports.
   *
   * @param scope the caller's scope
   * @param customerId the customer
   * @param asOf the day
   * @param leavingManagers the relationship managers known to be leaving (from HR), possibly none
   * @return the facts
   */
  public WarningFacts factsOf(
      AccessScope scope, CustomerId customerId, LocalDate asOf, Set<RelationshipManagerId> leavingManagers) {
    requireNonNull(scope, "scope");
    requireNonNull(leavingManagers, "leavingManagers");
    LifecycleStage stage =
        lifecycles.find(scope, customerId).map(CustomerLifecycle::stage).orElse(LifecycleStage.PROSPECT);
    Instant from = asOf.minusDays(LOOKBACK_DAYS).atStartOfDay(zone).toInstant();
    Instant until = asOf.plusDays(1).atStartOfDay(zone).toInstant();
    List<ComplaintFact> complaints =
        interactions.ofCustomer(scope, customerId, from, until).stream()
            .filter(interaction -> interaction.type() == InteractionType.COMPLAINT)
            .map(interaction -> new ComplaintFact(day(interaction), interaction.complaint().severity()))
            .toList();
    List<ServiceAssignment> served =
        assignments.historyOf(scope, customerId).map(AssignmentHistory::assignments).orElse(List.of());
    List<LocalDate> managerChanges = new ArrayList<>();
    for (int i = 1; i < served.size(); i++) {
      if (!Objects.equals(served.get(i).manager(), served.get(i - 1).manager())) {
        managerChanges.add(served.get(i).from());
      }
    }
    boolean leaving =
        !served.isEmpty()
            && served.get(served.size() - 1).isCurrent()
            && served.get(served.size() - 1).manager() != null
            && leavingManagers.contains(served.get(served.size() - 1).manager());
    return new WarningFacts(
        holdings.factsOf(scope, customerId, stage, asOf),
        holdings.activeDays(scope, customerId, asOf),
        complaints,
        holdings.maxOverdueDays(scope, customerId, asOf),
        holdings.accountClosings(scope, customerId, asOf),
        managerChanges,
        leaving);
  }

  /**
   * Evaluates one customer and raises a warning or re-assesses the open one.
   *
   * @param scope the caller's scope
   * @param policy a valid policy
   * @param customerId the customer
   * @param asOf the day assessed
   * @param leavingManagers the relationship managers known to be leaving
   * @param actor who runs it, usually a system job
   * @param now when
   * @return the saved update, empty if nothing changed (no risk, an unchanged assessment, or a closed
   *     relationship), or {@code VersionConflict} / {@code OpenWarningExists} when another evaluation or
   *     step came in between
   * @throws IllegalArgumentException if the policy is not valid
   */
  public Either<WarningError, Optional<WarningUpdate>> evaluate(
      AccessScope scope,
      WarningPolicy policy,
      CustomerId customerId,
      LocalDate asOf,
      Set<RelationshipManagerId> leavingManagers,
      Actor actor,
      Instant now) {
    requireValid(policy);
    Optional<CustomerLifecycle> lifecycle = lifecycles.find(scope, customerId);
    if (lifecycle.isPresent() && lifecycle.get().stage().isTerminal()) {
      return Either.right(Optional.empty());
    }
    Optional<WarningAssessment> assessment = policy.assess(factsOf(scope, customerId, asOf, leavingManagers));
    if (assessment.isEmpty()) {
      return Either.right(Optional.empty());
    }
    Optional<EarlyWarning> open = warnings.findOpen(scope, customerId);
    if (open.isEmpty()) {
      WarningUpdate raised = EarlyWarning.raise(WarningId.random(), assessment.get(), actor, now);
      return warnings.save(scope, raised).map(saved -> Optional.of(raised));
    }
    EarlyWarning current = open.get();
    if (current.level() == assessment.get().level() && current.readings().equals(assessment.get().readings())) {
      return Either.right(Optional.empty());
    }
    return current.reassess(current.version(), assessment.get(), actor, now)
        .flatMap(update -> warnings.save(scope, update).map(saved -> Optional.of(update)));
  }

  /**
   * Evaluates many customers, one at a time.
   *
   * @param scope the caller's scope, usually unrestricted for a nightly batch
   * @param policy a valid policy
   * @param customers the customers
   * @param asOf the day assessed
   * @param leavingManagers the relationship managers known to be leaving
   * @param actor who runs it
   * @param now when
   * @return the raised and re-assessed warnings and what was refused
   * @throws IllegalArgumentException if the policy is not valid
   */
  public WarningRun evaluateAll(
      AccessScope scope,
      WarningPolicy policy,
      Iterable<CustomerId> customers,
      LocalDate asOf,
      Set<RelationshipManagerId> leavingManagers,
      Actor actor,
      Instant now) {
    requireValid(policy);
    List<WarningUpdate> raised = new ArrayList<>();
    List<WarningUpdate> reassessed = new ArrayList<>();
    List<WarningError> refused = new ArrayList<>();
    for (CustomerId customerId : customers) {
      evaluate(scope, policy, customerId, asOf, leavingManagers, actor, now)
          .fold(refused::add, outcome -> {
            outcome.ifPresent(update -> (update.warning().version() == 1 ? raised : reassessed).add(update));
            return null;
          });
    }
    return new WarningRun(policy.policyVersion(), asOf, raised, reassessed, refused);
  }

  /**
   * Escalates every open warning in the scope that is past its due date and not yet escalated for it.
   *
   * @param scope the caller's scope
   * @param today the bank's business day
   * @param actor who runs it, usually the escalation job
   * @param now when
   * @return the escalations saved, and the refusals (a step taken meanwhile)
   */
  public List<Either<WarningError, WarningUpdate>> escalateOverdue(
      AccessScope scope, LocalDate today, Actor actor, Instant now) {
    requireNonNull(today, "today");
    List<EarlyWarning> pastDue = new ArrayList<>();
    PageRequest request = PageRequest.first(PageRequest.MAX_LIMIT);
    Page<EarlyWarning> page;
    do {
      page = warnings.open(scope, request);
      page.items().stream().filter(warning -> warning.isPastDue(today)).forEach(pastDue::add);
      request = new PageRequest(request.offset() + request.limit(), request.limit());
    } while (page.hasNext());
    return pastDue.stream()
        .map(warning -> warning.escalate(warning.version(), today, actor, now)
            .flatMap(update -> warnings.save(scope, update).map(saved -> update)))
        .toList();
  }

  private LocalDate day(Interaction interaction) {
    return LocalDate.ofInstant(interaction.occurredAt(), zone);
  }

  private static void requireValid(WarningPolicy policy) {
    requireNonNull(policy, "policy");
    var valid = policy.validate();
    if (valid.isInvalid()) {
      throw new IllegalArgumentException("evaluate only a valid policy: " + valid.getError());
    }
  }
}
