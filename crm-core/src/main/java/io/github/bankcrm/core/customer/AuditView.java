package io.github.bankcrm.core.customer;

import io.github.bankcrm.core.identity.IdentityDocument;
import io.github.bankcrm.core.shared.Mask;
import io.github.bankcrm.core.shared.Nullable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * A profile flattened into {@code path → value} pairs for the change record [客户信息变更记录]. Values
 * are compared in full, so that a changed street is noticed, but only their masked text leaves this
 * class.
 */
final class AuditView {

  private record Entry(String raw, String masked) {}

  private final Map<String, Entry> entries = new LinkedHashMap<>();

  /** Adds a field that is not personal data; {@code null} means absent. */
  AuditView plain(String path, @Nullable Object value) {
    return masked(path, value, UnaryOperator.identity());
  }

  /** Adds a personal-data field, stored masked; {@code null} means absent. */
  AuditView masked(String path, @Nullable Object value, UnaryOperator<String> mask) {
    if (value != null) {
      String raw = value instanceof Enum<?> e ? e.name() : rawText(value);
      entries.put(path, new Entry(raw, mask.apply(raw)));
    }
    return this;
  }

  AuditView document(IdentityDocument document) {
    String number = document.number();
    String maskedPath =
        "identityDocuments."
            + document.type()
            + "/"
            + document.issuingCountry().alpha3()
            + "/"
            + Mask.idNumber(number);
    // two documents of one type and country can mask alike (E12345678, E98765478); neither may hide the other
    String path = maskedPath;
    for (int n = 2; entries.containsKey(path); n++) {
      path = maskedPath + "#" + n;
    }
    String validity =
        (document.validFrom() == null ? "" : document.validFrom())
            + ".."
            + (document.validUntil() == null ? "long-term" : document.validUntil());
    entries.put(path, new Entry(number + " " + validity, Mask.idNumber(number) + " " + validity));
    return this;
  }

  /** Field-level changes from {@code before} to this view, masked, in path order. */
  List<FieldChange> changesSince(AuditView before) {
    List<String> paths = new ArrayList<>(before.entries.keySet());
    entries.keySet().stream().filter(path -> !before.entries.containsKey(path)).forEach(paths::add);
    Collections.sort(paths);
    List<FieldChange> changes = new ArrayList<>();
    for (String path : paths) {
      Entry old = before.entries.get(path);
      Entry now = entries.get(path);
      if (!Objects.equals(old == null ? null : old.raw(), now == null ? null : now.raw())) {
        changes.add(
            new FieldChange(path, old == null ? null : old.masked(), now == null ? null : now.masked()));
      }
    }
    return List.copyOf(changes);
  }

  /** Every field as a change from nothing, for a newly registered customer. */
  List<FieldChange> asCreated() {
    return changesSince(new AuditView());
  }

  private static String rawText(Object value) {
    if (value instanceof MobileNumber mobile) {
      return mobile.value();
    }
    if (value instanceof EmailAddress email) {
      return email.value();
    }
    if (value instanceof PhoneNumber phone) {
      return phone.value();
    }
    if (value instanceof PostalAddress address) {
      return address.country() + "|" + address.divisionCode() + "|" + address.line() + "|" + address.postalCode();
    }
    if (value instanceof io.github.bankcrm.core.shared.Money money) {
      return money.amount().stripTrailingZeros().toPlainString() + " " + money.currencyCode();
    }
    return value.toString();
  }
}
