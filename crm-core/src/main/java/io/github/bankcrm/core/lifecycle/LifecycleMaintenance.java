package io.github.bankcrm.core.lifecycle;

import static java.util.Objects.requireNonNull;

import io.github.bankcrm.core.customer.CustomerId;
import io.github.bankcrm.core.organization.AccessScope;
import io.github.bankcrm.core.shared.Actor;
import io.github.bankcrm.core.shared.Nullable;
import io.github.bankcrm.core.shared.Page;
import io.github.bankcrm.core.shared.PageRequest;
import io.vavr.control.Either;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The lifecycle flows: load a lifecycle through the {@link Lifecycles} port, read the holdings through
 * {@link HoldingsFacts} (guards, policy facts), apply a command or a policy move to the aggregate and
 * save the result. Thread-safe if the ports are.
 */
public final class LifecycleMaintenance {

  private final Lifecycles lifecycles;
  private final HoldingsFacts holdings;

  /**
   * The flows over these ports.
   *
   * @param lifecycles where lifecycles are stored
   * @param holdings what the customers hold, for guards and policy facts
   */
  public LifecycleMaintenance(Lifecycles lifecycles, HoldingsFacts holdings) {
    this.lifecycles = requireNonNull(lifecycles, "lifecycles");
    this.holdings = requireNonNull(holdings, "holdings");
  }

  /**
   * Starts a customer's lifecycle and saves it.
   *
   * @param scope the caller's scope
   * @param customerId the customer
   * @param stage PROSPECT or ONBOARDING
   * @param comment a free comment, or {@code null}
   * @param actor who starts it
   * @param now when
   * @return the saved update, or {@code InvalidInput}, {@code VersionConflict} (the customer has a
   *     lifecycle already) or {@code LifecycleNotFound} (the customer is not in the scope)
   */
  public Either<LifecycleError, LifecycleUpdate> start(
      AccessScope scope, CustomerId customerId, LifecycleStage stage, @Nullable String comment, Actor actor,
      Instant now) {
    return CustomerLifecycle.start(customerId, stage, comment, actor, now)
        .flatMap(update -> lifecycles.save(scope, update).map(saved -> update));
  }

  /**
   * Applies a commanded move, guarded by what the customer holds now, and saves it.
   *
   * @param scope the caller's scope
   * @param customerId the customer
   * @param expectedVersion the version the caller saw
   * @param command the command
   * @param comment a free comment, or {@code null}
   * @param actor who commands it
   * @param now when
   * @return the saved update, or {@code LifecycleNotFound}, {@code VersionConflict}, {@code
   *     InvalidTransition}, {@code GuardRefused} (naming the blocking accounts and loans) or {@code
   *     InvalidInput}
   */
  public Either<LifecycleError, LifecycleUpdate> command(
      AccessScope scope,
      CustomerId customerId,
      long expectedVersion,
      LifecycleCommand command,
      @Nullable String comment,
      Actor actor,
      Instant now) {
    requireNonNull(scope, "scope");
    Optional<CustomerLifecycle> found = lifecycles.find(scope, customerId);
    if (found.isEmpty()) {
      return Either.left(new LifecycleError.LifecycleNotFound(customerId));
    }
    return found.get()
        .command(expectedVersion, command, holdings.positionOf(scope, customerId), comment, actor, now)
        .flatMap(update -> lifecycles.save(scope, update).map(saved -> update));
  }

  /**
   * Evaluates a policy for every lifecycle in the scope and applies the moves it derives, one customer
   * at a time: a move refused because the customer moved in between is reported, not retried.
   *
   * @param scope the caller's scope, usually unrestricted for a nightly batch
   * @param policy a valid policy
   * @param asOf the day evaluated for
   * @param actor who runs it, usually a system job
   * @param now when
   * @return the applied moves and the refused ones
   * @throws IllegalArgumentException if the policy is not valid
   */
  public PolicyRun applyPolicy(
      AccessScope scope, LifecyclePolicy policy, LocalDate asOf, Actor actor, Instant now) {
    requireNonNull(scope, "scope");
    requireNonNull(asOf, "asOf");
    if (policy.validate().isInvalid()) {
      throw new IllegalArgumentException("evaluate only a valid policy: " + policy.validate().getError());
    }
    List<LifecycleUpdate> applied = new ArrayList<>();
    List<LifecycleError> refused = new ArrayList<>();
    PageRequest request = PageRequest.first(PageRequest.MAX_LIMIT);
    Page<CustomerLifecycle> page;
    do {
      page = lifecycles.list(scope, null, request);
      for (CustomerLifecycle lifecycle : page.items()) {
        policy.evaluate(holdings.factsOf(scope, lifecycle.customerId(), lifecycle.stage(), asOf))
            .map(move -> lifecycle.applyPolicy(lifecycle.version(), move, actor, now)
                .flatMap(update -> lifecycles.save(scope, update).map(saved -> update)))
            .ifPresent(result -> result.fold(refused::add, applied::add));
      }
      request = new PageRequest(request.offset() + request.limit(), request.limit());
    } while (page.hasNext());
    return new PolicyRun(policy.policyVersion(), asOf, applied, refused);
  }
}
