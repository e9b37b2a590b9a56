package io.github.bankcrm.core.customer;

import static java.util.Objects.requireNonNull;

import io.github.bankcrm.core.shared.Nullable;
import java.util.List;

/**
 * How to reach a customer [联络信息]: mobile, fixed-line phones, e-mail, postal addresses, the channel
 * the customer prefers, and whether the customer agreed to marketing contact. Every number and address
 * masks itself in {@link #toString()}.
 *
 * @param mobile the mobile number, or {@code null}
 * @param phones fixed-line numbers
 * @param email the e-mail address, or {@code null}
 * @param addresses postal addresses, at most one per {@link AddressType}
 * @param preferredChannel the channel the customer prefers, or {@code null}; it must be reachable
 * @param marketingConsent whether the customer agreed to be contacted for marketing [营销许可]
 */
public record ContactPoints(
    @Nullable MobileNumber mobile,
    List<PhoneNumber> phones,
    @Nullable EmailAddress email,
    List<PostalAddress> addresses,
    @Nullable ContactChannel preferredChannel,
    boolean marketingConsent) {

  /** No way to reach the customer recorded, no consent. */
  public static final ContactPoints NONE =
      new ContactPoints(null, List.of(), null, List.of(), null, false);

  public ContactPoints {
    phones = List.copyOf(requireNonNull(phones, "phones"));
    addresses = List.copyOf(requireNonNull(addresses, "addresses"));
    if (preferredChannel != null && !reaches(preferredChannel, mobile != null, !phones.isEmpty(), email != null, !addresses.isEmpty())) {
      throw new IllegalArgumentException(
          "preferred channel " + preferredChannel + " has no matching contact point");
    }
    if (addresses.stream().map(PostalAddress::type).distinct().count() != addresses.size()) {
      throw new IllegalArgumentException("at most one address per address type");
    }
  }

  AuditView addTo(AuditView view) {
    view.masked("contact.mobile", mobile, io.github.bankcrm.core.shared.Mask::mobile);
    for (int i = 0; i < phones.size(); i++) {
      view.masked("contact.phones[" + i + "]", phones.get(i), io.github.bankcrm.core.shared.Mask::phone);
    }
    view.masked("contact.email", email, io.github.bankcrm.core.shared.Mask::email);
    addresses.forEach(
        address ->
            view.masked(
                "contact.addresses." + address.type(),
                address,
                raw -> address.country() + " " + (address.divisionCode() == null ? "" : address.divisionCode() + " ") + "***"));
    return view.plain("contact.preferredChannel", preferredChannel)
        .plain("contact.marketingConsent", marketingConsent);
  }

  /** Whether a contact point exists for the channel (branch and app need none). */
  static boolean reaches(
      ContactChannel channel, boolean hasMobile, boolean hasPhone, boolean hasEmail, boolean hasAddress) {
    return switch (channel) {
      case MOBILE_CALL, SMS -> hasMobile;
      case PHONE -> hasPhone;
      case EMAIL -> hasEmail;
      case POST -> hasAddress;
      case MOBILE_APP, BRANCH -> true;
    };
  }
}
