package io.github.bankcrm.core.lifecycle;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.List;

/**
 * The outcome of applying a {@link LifecyclePolicy} to every lifecycle in a scope.
 *
 * @param policy the policy version applied
 * @param asOf the day evaluated for
 * @param applied the moves saved, each with its event
 * @param refused the moves not saved, such as a {@code VersionConflict} when a customer moved meanwhile
 */
public record PolicyRun(
    PolicyVersion policy, LocalDate asOf, List<LifecycleUpdate> applied, List<LifecycleError> refused) {

  public PolicyRun {
    requireNonNull(policy, "policy");
    requireNonNull(asOf, "asOf");
    applied = List.copyOf(applied);
    refused = List.copyOf(refused);
  }
}
