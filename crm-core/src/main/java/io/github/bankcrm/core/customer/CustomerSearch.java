package io.github.bankcrm.core.customer;

import static java.util.Objects.requireNonNull;

import io.github.bankcrm.core.shared.FieldError;
import io.github.bankcrm.core.shared.TextInput;
import io.vavr.control.Validation;
import java.util.Locale;

/**
 * What to search customers by. Results come in customer-number order, limited to the caller's access
 * scope. The {@code toString()} of each search masks the search term, which is personal data.
 */
public sealed interface CustomerSearch {

  /** Whether the customer matches; adapters that cannot push the search down to storage use this. */
  boolean matches(Customer customer);

  /**
   * Name contains the text, ignoring case: any spelling of a person's name, or a company's registered
   * name.
   *
   * @param fragment the text to look for, stripped and NFC-normalised, 1 to 100 characters
   */
  record ByName(String fragment) implements CustomerSearch {

    public ByName {
      fragment = FieldError.valueOrThrow(TextInput.required(fragment, 100));
    }

    @Override
    public boolean matches(Customer customer) {
      String needle = fragment.toLowerCase(Locale.ROOT);
      return customer.names().stream()
          .anyMatch(name -> name.toLowerCase(Locale.ROOT).contains(needle));
    }

    @Override
    public String toString() {
      return "ByName[" + io.github.bankcrm.core.shared.Mask.name(fragment) + "]";
    }
  }

  /**
   * Mobile number equals the given one (after normalisation).
   *
   * @param mobile the number
   */
  record ByMobile(MobileNumber mobile) implements CustomerSearch {

    public ByMobile {
      requireNonNull(mobile, "mobile");
    }

    @Override
    public boolean matches(Customer customer) {
      return customer instanceof IndividualCustomer person
          && mobile.equals(person.profile().contact().mobile());
    }
  }

  /** Validates a typed name fragment. */
  static Validation<FieldError, CustomerSearch> byName(String fragment) {
    return TextInput.required(fragment, 100).map(ByName::new);
  }

  /** Validates a typed mobile number. */
  static Validation<FieldError, CustomerSearch> byMobile(String mobile) {
    return MobileNumber.parse(mobile).map(ByMobile::new);
  }
}
