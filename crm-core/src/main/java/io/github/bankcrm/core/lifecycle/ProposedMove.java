package io.github.bankcrm.core.lifecycle;

import static java.util.Objects.requireNonNull;

import io.github.bankcrm.core.customer.CustomerId;
import java.util.List;

/**
 * A stage move a {@link LifecyclePolicy} derived from a customer's behaviour, with its reasons. Nothing
 * is moved until it is applied ({@link CustomerLifecycle#applyPolicy}), which refuses it if the customer
 * has left {@code from} in between.
 *
 * @param customerId the customer
 * @param from the stage the facts were evaluated in
 * @param to the stage the matching rule leads to
 * @param policy the policy version that derived it
 * @param reasonCode the matching rule's reason code
 * @param reasons the facts that met each condition of the rule, such as {@code
 *     daysSinceLastActivity=200 (at least 180)}: numbers, never personal data
 */
public record ProposedMove(
    CustomerId customerId,
    LifecycleStage from,
    LifecycleStage to,
    PolicyVersion policy,
    String reasonCode,
    List<String> reasons) {

  public ProposedMove {
    requireNonNull(customerId, "customerId");
    requireNonNull(from, "from");
    requireNonNull(to, "to");
    requireNonNull(policy, "policy");
    requireNonNull(reasonCode, "reasonCode");
    reasons = List.copyOf(reasons);
    if (from == to) {
      throw new IllegalArgumentException("a move goes somewhere else");
    }
  }
}
