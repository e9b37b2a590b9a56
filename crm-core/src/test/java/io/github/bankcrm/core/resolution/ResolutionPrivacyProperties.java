package io.github.bankcrm.core.resolution;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.bankcrm.core.customer.Customer;
import io.github.bankcrm.core.customer.CustomerArbitraries;
import io.github.bankcrm.core.customer.IndividualCustomer;
import io.github.bankcrm.core.identity.IdentityDocument;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Identity resolution hands out no personal data: for generated people, neither the normalised identity,
 * its blocking keys, the comparison with a near copy (its explanation included) nor a review shows an
 * identity number, mobile, e-mail, address line or name of two characters or more, raw or normalised.
 */
class ResolutionPrivacyProperties {

  private static final IdentityNormalization NORMALIZATION = IdentityNormalization.standard();

  @Property(tries = 200)
  void nothing_resolution_shows_contains_personal_data(@ForAll("people") Customer customer) {
    IndividualCustomer person = (IndividualCustomer) customer;
    NormalizedIdentity identity = NORMALIZATION.of(person);
    NormalizedIdentity copy =
        new NormalizedIdentity(io.github.bankcrm.core.customer.CustomerId.of("copy-1"), identity.kind(), identity.values());
    MatchResult result = MatchModel.standard().compare(identity, copy);

    List<String> shown = new ArrayList<>();
    shown.add(identity.toString());
    shown.add(result.toString());
    shown.add(result.explain());
    for (BlockingKind kind : BlockingKind.values()) {
      kind.keysOf(identity).forEach(key -> shown.add(key.toString()));
    }

    List<String> secrets = new ArrayList<>();
    identity.values().values().forEach(secrets::addAll);
    person.profile().identityDocuments().stream().map(IdentityDocument::number).forEach(secrets::add);
    secrets.addAll(person.profile().name().allSpellings());
    for (String shownText : shown) {
      // the customer numbers are shown on purpose and are not personal data; a generated number such
      // as 00000000 may contain a secret's digits by chance, so they are taken out before the check
      String text = shownText.replace(person.id().value(), "").replace(copy.customerId().value(), "");
      for (String secret : secrets) {
        if (secret.codePointCount(0, secret.length()) >= 2 && !isPlainWord(secret)) {
          assertThat(text).doesNotContain(secret);
        }
      }
    }
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
