package io.github.bankcrm.core.customer;

import io.github.bankcrm.core.shared.Nullable;

/**
 * A postal address as typed into an entry form, before validation.
 *
 * @param type what the address is used for
 * @param country ISO 3166-1 alpha-2 or alpha-3 code
 * @param divisionCode six-digit GB/T 2260 administrative division, or {@code null}
 * @param line street, building, room
 * @param postalCode postcode, or {@code null}
 */
public record PostalAddressForm(
    @Nullable AddressType type,
    @Nullable String country,
    @Nullable String divisionCode,
    @Nullable String line,
    @Nullable String postalCode) {

  /** The form an existing address fills in. */
  public static PostalAddressForm of(PostalAddress address) {
    return new PostalAddressForm(
        address.type(),
        address.country().alpha3(),
        address.divisionCode(),
        address.line(),
        address.postalCode());
  }

  @Override
  public String toString() {
    return "PostalAddressForm[type=" + type + ", country=" + country + "]";
  }
}
