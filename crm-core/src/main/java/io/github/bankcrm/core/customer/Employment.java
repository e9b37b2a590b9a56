package io.github.bankcrm.core.customer;

import io.github.bankcrm.core.shared.Mask;
import io.github.bankcrm.core.shared.Nullable;

/**
 * Work information [工作信息]. {@link #toString()} hides the employer, which with a name identifies a
 * person.
 *
 * @param occupation the occupation, e.g. a GB/T 6565 category name, 1 to 100 characters, or {@code null}
 * @param employer the employer's name, 1 to 200 characters, or {@code null}
 * @param jobTitle the position held, 1 to 100 characters, or {@code null}
 */
public record Employment(
    @Nullable String occupation, @Nullable String employer, @Nullable String jobTitle) {

  /** Employment with nothing known. */
  public static final Employment UNKNOWN = new Employment(null, null, null);

  @Override
  public String toString() {
    return "Employment[occupation=" + occupation + ", employer=" + Mask.everything(employer) + "]";
  }
}
