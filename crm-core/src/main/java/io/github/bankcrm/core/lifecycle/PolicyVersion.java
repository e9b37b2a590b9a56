package io.github.bankcrm.core.lifecycle;

import static java.util.Objects.requireNonNull;

/**
 * Which version of which policy made a decision: a {@link LifecyclePolicy} that derived a move (written
 * into the transition log in place of a command) or a warning policy that assessed an early warning, so
 * that a decision can be traced back to the rules that made it.
 *
 * @param policyId the policy's ID
 * @param version the policy's version, from 1
 */
public record PolicyVersion(String policyId, long version) {

  public PolicyVersion {
    requireNonNull(policyId, "policyId");
    if (!LifecyclePolicy.ID_FORM.matcher(policyId).matches()) {
      throw new IllegalArgumentException("policy ID must be 1-40 letters, digits, _ or -");
    }
    if (version < 1) {
      throw new IllegalArgumentException("policy version starts at 1");
    }
  }

  /**
   * ID and version, as {@code id@version}.
   *
   * @return the description
   */
  @Override
  public String toString() {
    return policyId + "@" + version;
  }
}
