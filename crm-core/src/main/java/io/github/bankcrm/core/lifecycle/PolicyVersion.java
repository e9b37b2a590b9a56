package io.github.bankcrm.core.lifecycle;

import static java.util.Objects.requireNonNull;

import io.github.bankcrm.core.shared.FieldError;
import io.github.bankcrm.core.shared.FieldErrors;
import io.github.bankcrm.core.shared.Nullable;
import java.util.regex.Pattern;

/**
 * Which version of which policy made a decision: a {@link LifecyclePolicy} that derived a move (written
 * into the transition log in place of a command) or a warning policy that assessed an early warning, so
 * that a decision can be traced back to the rules that made it.
 *
 * @param policyId the policy's ID
 * @param version the policy's version, from 1
 */
public record PolicyVersion(String policyId, long version) {

  private static final Pattern ID_FORM = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,39}");

  public PolicyVersion {
    requireNonNull(policyId, "policyId");
    if (!ID_FORM.matcher(policyId).matches()) {
      throw new IllegalArgumentException("policy ID must be 1-40 letters, digits, _ or -");
    }
    if (version < 1) {
      throw new IllegalArgumentException("policy version starts at 1");
    }
  }

  /**
   * Checks the ID and version of a policy document as it was read, for the policy's {@code validate()}.
   *
   * @param id the ID read, or {@code null}
   * @param version the version read
   * @param errors where problems go, under the paths {@code id} and {@code version}
   */
  public static void check(@Nullable String id, long version, FieldErrors errors) {
    if (id == null) {
      errors.add(FieldError.required("id"));
    } else if (!ID_FORM.matcher(id).matches()) {
      errors.add(FieldError.invalidFormat("id", "1-40 letters, digits, _ or -"));
    }
    if (version < 1) {
      errors.add(FieldError.outOfRange("version", "at least 1"));
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
