package io.github.bankcrm.core.customer;

import static java.util.Objects.requireNonNull;

import io.github.bankcrm.core.shared.Nullable;

/**
 * One field of a change record: its path and its old and new values, personal data masked.
 *
 * @param path the field, e.g. {@code contact.mobile}
 * @param oldValue the masked value before, or {@code null} if the field was empty
 * @param newValue the masked value after, or {@code null} if the field was cleared
 */
public record FieldChange(String path, @Nullable String oldValue, @Nullable String newValue) {

  public FieldChange {
    requireNonNull(path, "path");
  }
}
