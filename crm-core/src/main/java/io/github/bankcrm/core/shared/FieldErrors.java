package io.github.bankcrm.core.shared;

import static java.util.Objects.requireNonNull;

import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Collects the field errors of one input form, so that a form with fifteen fields reports every bad
 * field at once instead of the first. Not thread-safe; one instance per validation.
 *
 * <pre>{@code
 * FieldErrors errors = new FieldErrors();
 * MobileNumber mobile = errors.check("contact.mobile", MobileNumber.parse(form.mobile()));
 * EmailAddress email = errors.check("contact.email", EmailAddress.parse(form.email()));
 * return errors.orElse(() -> new ContactPoints(mobile, email));
 * }</pre>
 */
public final class FieldErrors {

  private final List<FieldError> errors = new ArrayList<>();

  /** An empty collector for one form. */
  public FieldErrors() {}

  /** The value of a valid result, or {@code null} after recording the error under {@code path}. */
  public <T> @Nullable T check(String path, Validation<FieldError, T> result) {
    if (result.isValid()) {
      return result.get();
    }
    errors.add(result.getError().under(path));
    return null;
  }

  /** Like {@link #check(String, Validation)} for a result that carries several errors. */
  public <T> @Nullable T checkAll(String path, Validation<? extends Seq<FieldError>, T> result) {
    if (result.isValid()) {
      return result.get();
    }
    result.getError().forEach(error -> errors.add(error.under(path)));
    return null;
  }

  /** Records an error that no parser found, such as a rule between two fields. */
  public void add(FieldError error) {
    errors.add(requireNonNull(error, "error"));
  }

  /** Whether nothing was refused so far. */
  public boolean isEmpty() {
    return errors.isEmpty();
  }

  /** Every error so far, or the value built by {@code onValid} when there is none. */
  public <T> Validation<Seq<FieldError>, T> orElse(Supplier<T> onValid) {
    return errors.isEmpty()
        ? Validation.valid(onValid.get())
        : Validation.invalid(io.vavr.collection.List.ofAll(errors));
  }
}
