package io.github.bankcrm.core.holding;

import static java.util.Objects.requireNonNull;

import io.github.bankcrm.core.shared.FieldError;
import io.github.bankcrm.core.shared.Money;
import io.github.bankcrm.core.shared.TextInput;
import io.vavr.control.Validation;
import java.time.LocalDate;
import java.util.regex.Pattern;

/**
 * An item of collateral [押品] securing a loan contract: a mortgaged asset or a pledged right, with its
 * appraised value. The owner of the asset, if not the borrower, is a guarantor of the contract in its
 * own right ({@link Guarantee}); the collateral record itself holds no personal data.
 *
 * @param id the collateral number
 * @param type what it is
 * @param description what it is in words, 1 to {@value #MAX_DESCRIPTION} characters, with no run of
 *     {@value #LONGEST_DIGIT_RUN} or more digits (so no certificate, identity, account or phone number)
 * @param appraisedValue the appraised value [评估价值], greater than zero, in any currency
 * @param appraisedOn the day of the appraisal
 */
public record Collateral(
    CollateralId id,
    CollateralType type,
    String description,
    Money appraisedValue,
    LocalDate appraisedOn) {

  /** The longest description. */
  public static final int MAX_DESCRIPTION = 200;

  /** The shortest run of digits a description refuses. */
  public static final int LONGEST_DIGIT_RUN = 6;

  private static final Pattern DIGIT_RUN = Pattern.compile("[0-9０-９]{" + LONGEST_DIGIT_RUN + ",}");

  public Collateral {
    requireNonNull(id, "id");
    requireNonNull(type, "type");
    requireNonNull(appraisedValue, "appraisedValue");
    requireNonNull(appraisedOn, "appraisedOn");
    if (validDescription(description).isInvalid()) {
      throw new IllegalArgumentException("a collateral description is 1-" + MAX_DESCRIPTION
          + " characters without long digit runs");
    }
    if (appraisedValue.amount().signum() <= 0) {
      throw new IllegalArgumentException("an appraised value is greater than zero");
    }
  }

  /**
   * Checks a description: text rules of {@link TextInput}, and no long digit runs, which would be
   * numbers of people or documents rather than a description.
   *
   * @param text the typed description
   * @return the normalised description, or a {@link FieldError} that does not repeat it
   */
  public static Validation<FieldError, String> validDescription(String text) {
    return TextInput.required(text, MAX_DESCRIPTION)
        .flatMap(
            valid ->
                DIGIT_RUN.matcher(valid).find()
                    ? Validation.invalid(
                        new FieldError(
                            "personal_data_suspected",
                            "",
                            "must not contain " + LONGEST_DIGIT_RUN + " or more digits in a row"))
                    : Validation.valid(valid));
  }
}
