package io.github.bankcrm.core.resolution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.bankcrm.core.customer.Customer;
import io.github.bankcrm.core.customer.CustomerArbitraries;
import io.github.bankcrm.core.customer.CustomerId;
import io.github.bankcrm.core.customer.CustomerKind;
import io.github.bankcrm.core.customer.IndividualCustomer;
import io.github.bankcrm.core.identity.IdentityDocument;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Identity resolution hands out no personal data: for generated people, neither the normalised identity,
 * its blocking keys, the comparison with a near copy (its explanation included) nor a review shows an
 * identity number, mobile, e-mail, address line or name of two characters or more, raw or normalised.
 *
 * <p>The customer numbers and the key fingerprints are shown on purpose and are not personal data. A
 * generated number such as {@code 00000000}, or a fingerprint such as {@code 0a5281}, may contain the
 * digits of a short passport number by chance, so those fields, label and value together, are taken out
 * before the check; the same digits shown anywhere else still fail it.
 */
class ResolutionPrivacyProperties {

  private static final IdentityNormalization NORMALIZATION = IdentityNormalization.standard();
  private static final CustomerId COPY = CustomerId.of("copy-1");

  @Property(tries = 200)
  void nothing_resolution_shows_contains_personal_data(@ForAll("people") Customer customer) {
    IndividualCustomer person = (IndividualCustomer) customer;
    NormalizedIdentity identity = NORMALIZATION.of(person);

    List<String> secrets = new ArrayList<>();
    identity.values().values().forEach(secrets::addAll);
    person.profile().identityDocuments().stream().map(IdentityDocument::number).forEach(secrets::add);
    secrets.addAll(person.profile().name().allSpellings());
    assertHidden(secrets, identity, shownBy(identity));
  }

  @Example
  void a_short_passport_number_that_a_key_fingerprint_happens_to_contain_is_not_taken_for_a_leak() {
    Pattern fiveDigits = Pattern.compile("[0-9]{5}");
    for (int i = 0; i < 1_000; i++) {
      String mobile = String.valueOf(13_800_000_000L + i);
      NormalizedIdentity probe = identity("C1", mobile, "PASSPORT:USA:00000");
      Matcher digits = fiveDigits.matcher(BlockingKind.MOBILE.keysOf(probe).get(0).fingerprint());
      if (digits.find()) {
        String passport = digits.group();
        NormalizedIdentity identity = identity("C1", mobile, "PASSPORT:USA:" + passport);
        List<String> shown = shownBy(identity);
        assertThat(String.join("\n", shown)).as("shown on purpose").contains(passport);

        assertHidden(List.of(mobile, passport, "PASSPORT:USA:" + passport), identity, shown);
        return;
      }
    }
    throw new AssertionError("no mobile of the thousand tried has a fingerprint with five digits in a row");
  }

  @Example
  void the_check_still_catches_a_secret_shown_anywhere_else() {
    NormalizedIdentity identity = identity("00000000", "13800000000", "PASSPORT:USA:00000");
    List<String> secrets = List.of("13800000000", "00000", "PASSPORT:USA:00000");
    assertHidden(secrets, identity, shownBy(identity));

    for (String leak : List.of("value=13800000000", "passport=00000", "customerId=00000000 (00000)", "first=00000,")) {
      List<String> shown = new ArrayList<>(shownBy(identity));
      shown.add(leak);
      assertThatThrownBy(() -> assertHidden(secrets, identity, shown))
          .as(leak)
          .isInstanceOf(AssertionError.class);
    }
  }

  /** The identity's own text, its blocking keys, and the comparison with a copy and its explanation. */
  private static List<String> shownBy(NormalizedIdentity identity) {
    NormalizedIdentity copy = new NormalizedIdentity(COPY, identity.kind(), identity.values());
    MatchResult result = MatchModel.standard().compare(identity, copy);

    List<String> shown = new ArrayList<>();
    shown.add(identity.toString());
    shown.add(result.toString());
    shown.add(result.explain());
    for (BlockingKind kind : BlockingKind.values()) {
      kind.keysOf(identity).forEach(key -> shown.add(key.toString()));
    }
    return shown;
  }

  /**
   * Fails if a shown text contains a secret of two characters or more, once the customer numbers and the
   * key fingerprints (shown on purpose) are taken out with their labels.
   */
  private static void assertHidden(List<String> secrets, NormalizedIdentity identity, List<String> shown) {
    List<String> onPurpose = new ArrayList<>();
    for (CustomerId id : List.of(identity.customerId(), COPY)) {
      for (String label : List.of("customerId=", "first=", "second=")) {
        onPurpose.add(label + id.value());
      }
    }
    for (BlockingKind kind : BlockingKind.values()) {
      kind.keysOf(identity).forEach(key -> onPurpose.add("fingerprint=" + key.fingerprint()));
    }
    for (String shownText : shown) {
      String text = shownText;
      for (String part : onPurpose) {
        text = text.replace(part, "");
      }
      for (String secret : secrets) {
        if (secret.codePointCount(0, secret.length()) >= 2 && !isPlainWord(secret)) {
          assertThat(text).doesNotContain(secret);
        }
      }
    }
  }

  private static NormalizedIdentity identity(String customerNumber, String mobile, String document) {
    return new NormalizedIdentity(
        CustomerId.of(customerNumber),
        CustomerKind.INDIVIDUAL,
        Map.of(MatchField.MOBILE, List.of(mobile), MatchField.IDENTITY_DOCUMENT, List.of(document)));
  }

  /** Gender and similar enumerations are values too, but not personal data. */
  private static boolean isPlainWord(String value) {
    return value.equals("MALE") || value.equals("FEMALE") || value.equals("UNKNOWN");
  }

  @Provide
  Arbitrary<Customer> people() {
    return CustomerArbitraries.individualCustomers();
  }
}
