package io.github.bankcrm.core.warning;

import static java.util.Objects.requireNonNull;

import io.github.bankcrm.core.lifecycle.PolicyVersion;
import java.time.LocalDate;
import java.util.List;

/**
 * The outcome of evaluating a {@link WarningPolicy} for many customers.
 *
 * @param policy the policy version applied
 * @param asOf the day assessed
 * @param raised the new warnings, each with its event
 * @param reassessed the open warnings updated with a changed assessment
 * @param refused what could not be saved, such as a {@code VersionConflict} when somebody took a step
 *     meanwhile; run again to pick it up
 */
public record WarningRun(
    PolicyVersion policy,
    LocalDate asOf,
    List<WarningUpdate> raised,
    List<WarningUpdate> reassessed,
    List<WarningError> refused) {

  public WarningRun {
    requireNonNull(policy, "policy");
    requireNonNull(asOf, "asOf");
    raised = List.copyOf(raised);
    reassessed = List.copyOf(reassessed);
    refused = List.copyOf(refused);
  }
}
