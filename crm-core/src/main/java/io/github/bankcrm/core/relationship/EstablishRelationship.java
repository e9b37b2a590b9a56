package io.github.bankcrm.core.relationship;

import io.github.bankcrm.core.customer.CustomerId;
import io.github.bankcrm.core.shared.FieldError;
import io.github.bankcrm.core.shared.FieldErrors;
import io.github.bankcrm.core.shared.Nullable;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The entry form to record a relationship [关联关系录入], as typed: every field may be missing or
 * wrong, and {@link #validate()} reports every error at once.
 *
 * @param fromCustomer the number of the customer the relationship runs from (the shareholder, the
 *     parent, the guarantor...)
 * @param toCustomer the number of the customer it runs to
 * @param type the type
 * @param ownershipPercentage the percentage held: required for a shareholding, refused otherwise
 * @param validFrom the first day it holds
 * @param validTo the last day it holds (inclusive), or {@code null} if open-ended
 * @param sourceSystem the code of the system it was recorded in
 */
public record EstablishRelationship(
    @Nullable String fromCustomer,
    @Nullable String toCustomer,
    @Nullable RelationshipType type,
    @Nullable BigDecimal ownershipPercentage,
    @Nullable LocalDate validFrom,
    @Nullable LocalDate validTo,
    @Nullable String sourceSystem) {

  /**
   * Checks every field.
   *
   * @return the terms, or every field error (paths {@code fromCustomer}, {@code toCustomer}, {@code
   *     type}, {@code ownershipPercentage}, {@code validFrom}, {@code validTo}, {@code sourceSystem})
   */
  public Validation<Seq<FieldError>, RelationshipTerms> validate() {
    FieldErrors errors = new FieldErrors();
    CustomerId from = errors.check("fromCustomer", CustomerId.parse(fromCustomer));
    CustomerId to = errors.check("toCustomer", CustomerId.parse(toCustomer));
    if (type == null) {
      errors.add(FieldError.required("type"));
    }
    BigDecimal percentage = checkedPercentage(errors, type, ownershipPercentage);
    Validity validity = checkedValidity(errors, validFrom, validTo);
    SourceSystem source = errors.check("sourceSystem", SourceSystem.parse(sourceSystem));
    return errors.orElse(() -> new RelationshipTerms(from, to, type, percentage, validity, source));
  }

  /**
   * The percentage, with its errors under {@code ownershipPercentage}: one is required exactly when the
   * type carries one.
   */
  static @Nullable BigDecimal checkedPercentage(
      FieldErrors errors, @Nullable RelationshipType type, @Nullable BigDecimal percentage) {
    if (type != null && !type.carriesPercentage()) {
      return percentage == null ? null : percentageNotAllowed(errors);
    }
    if (type == null && percentage == null) {
      return null;
    }
    return errors.check("ownershipPercentage", OwnershipPercentage.parse(percentage));
  }

  /** Records that the type carries no percentage; always returns {@code null}. */
  static @Nullable BigDecimal percentageNotAllowed(FieldErrors errors) {
    errors.add(
        new FieldError("not_allowed", "ownershipPercentage", "is only recorded for a shareholding"));
    return null;
  }

  /** The validity period, with its errors under {@code validFrom} and {@code validTo}. */
  static @Nullable Validity checkedValidity(
      FieldErrors errors, @Nullable LocalDate from, @Nullable LocalDate to) {
    Validation<Seq<FieldError>, Validity> period = Validity.parse(from, to);
    if (period.isValid()) {
      return period.get();
    }
    period
        .getError()
        .forEach(
            error ->
                errors.add(
                    new FieldError(
                        error.code(),
                        error.path().equals("from") ? "validFrom" : "validTo",
                        error.message())));
    return null;
  }
}
