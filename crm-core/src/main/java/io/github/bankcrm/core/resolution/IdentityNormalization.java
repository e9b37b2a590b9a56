package io.github.bankcrm.core.resolution;

import static java.util.Objects.requireNonNull;

import io.github.bankcrm.core.customer.ContactPoints;
import io.github.bankcrm.core.customer.CorporateCustomer;
import io.github.bankcrm.core.customer.Customer;
import io.github.bankcrm.core.customer.IndividualCustomer;
import io.github.bankcrm.core.customer.IndividualProfile;
import io.github.bankcrm.core.customer.PostalAddress;
import io.github.bankcrm.core.identity.IdentityDocument;
import io.github.bankcrm.core.identity.IdentityDocumentType;
import io.github.bankcrm.core.identity.ResidentIdNumber;
import io.github.bankcrm.core.shared.Nullable;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * Turns what people typed into comparable keys. Every method is idempotent ({@code f(f(x)).equals(f(x))}),
 * never throws for text, and returns {@code ""} for a value with nothing comparable left.
 *
 * <ul>
 *   <li>every text is NFKC-normalised (full-width {@code Ａ１} becomes {@code A1}, the ideographic space a
 *       space), lower-cased without locale ({@link Locale#ROOT}) and script-folded ({@link ScriptFolding});
 *   <li>a <b>name</b> loses punctuation ({@code ·}, {@code .}, {@code -}, {@code '}); a name with Chinese
 *       characters loses every space ({@code 王 小红} = {@code 王小红}); a Latin name keeps its words, sorted,
 *       so that {@code Wang Xiaohong} = {@code xiaohong WANG};
 *   <li>a <b>phone</b> keeps its digits, without {@code +86} / {@code 0086} / {@code 86} before a mainland
 *       mobile; other international numbers keep their {@code +};
 *   <li>an <b>e-mail</b> is lower-cased whole (mail systems treat the local part case-insensitively in
 *       practice);
 *   <li>an <b>address</b> loses every space and punctuation mark; comparison uses its character bigrams;
 *   <li>a <b>resident identity number</b> is upgraded from 15 to 18 digits with an upper-case {@code X}; a
 *       number that is not valid gives {@code ""}, because an invalid number identifies nobody.
 * </ul>
 */
public final class IdentityNormalization {

  private static final int MAX_PASSES = 4;

  private final ScriptFolding folding;

  /**
   * A normalisation with the given script folding.
   *
   * @param folding how to fold character variants
   */
  public IdentityNormalization(ScriptFolding folding) {
    this.folding = requireNonNull(folding, "folding");
  }

  /**
   * The default: NFKC, locale-free lower case and the {@link ScriptFolding#commonNameCharacters()} table.
   *
   * @return the standard normalisation
   */
  public static IdentityNormalization standard() {
    return new IdentityNormalization(ScriptFolding.commonNameCharacters());
  }

  /**
   * The comparable keys of one customer.
   *
   * @param customer the customer
   * @return its normalised identity
   */
  public NormalizedIdentity of(Customer customer) {
    requireNonNull(customer, "customer");
    Map<MatchField, List<String>> values = new EnumMap<>(MatchField.class);
    if (customer instanceof IndividualCustomer individual) {
      IndividualProfile profile = individual.profile();
      put(values, MatchField.NAME, profile.name().allSpellings().stream().map(this::name).toList());
      List<String> residentIds = new ArrayList<>();
      List<String> documents = new ArrayList<>();
      for (IdentityDocument document : profile.identityDocuments()) {
        if (document.type() == IdentityDocumentType.RESIDENT_ID_CARD) {
          residentIds.add(residentId(document.number()));
        } else {
          documents.add(document(document));
        }
      }
      put(values, MatchField.RESIDENT_ID, residentIds);
      put(values, MatchField.IDENTITY_DOCUMENT, documents);
      put(values, MatchField.BIRTH_DATE, List.of(birthDate(profile.birthDate())));
      put(values, MatchField.GENDER, List.of(profile.gender().name()));
      contact(values, profile.contact());
    } else if (customer instanceof CorporateCustomer corporate) {
      put(values, MatchField.CREDIT_CODE, List.of(code(corporate.profile().creditCode().value())));
      put(values, MatchField.REGISTERED_NAME, List.of(organisationName(corporate.profile().registeredName())));
    }
    return new NormalizedIdentity(customer.id(), customer.kind(), values);
  }

  private void contact(Map<MatchField, List<String>> values, ContactPoints contact) {
    if (contact.mobile() != null) {
      put(values, MatchField.MOBILE, List.of(phone(contact.mobile().value())));
    }
    if (contact.email() != null) {
      put(values, MatchField.EMAIL, List.of(email(contact.email().value())));
    }
    put(values, MatchField.ADDRESS, contact.addresses().stream().map(this::address).toList());
  }

  private static void put(Map<MatchField, List<String>> values, MatchField field, List<String> found) {
    List<String> kept = found.stream().filter(value -> !value.isEmpty()).distinct().sorted().toList();
    if (!kept.isEmpty()) {
      values.put(field, kept);
    }
  }

  /**
   * NFKC, locale-free lower case, script folding, single spaces.
   *
   * @param text any text, or {@code null}
   * @return the folded text
   */
  public String text(@Nullable String text) {
    return text == null ? "" : settled(this::textPass, text);
  }

  private String textPass(String text) {
    String lower = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    if (!Normalizer.isNormalized(lower, Normalizer.Form.NFKC)) {
      lower = Normalizer.normalize(lower, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    }
    return collapse(folding.fold(lower), false, false);
  }

  /**
   * Applies a pass until its result is stable. One pass is enough for real data; removing a space or
   * a punctuation mark can bring a letter next to a combining mark, and NFKC can map a character to an
   * upper-case one ({@code ℌ} to {@code H}), which the next pass would change again. So the result is
   * checked (cheaply: NFKC quick check and lower case) and, if needed, passed again.
   */
  private static String settled(UnaryOperator<String> pass, String input) {
    String result = pass.apply(input);
    for (int i = 0; i < MAX_PASSES && !isStable(result); i++) {
      result = pass.apply(result);
    }
    return result;
  }

  private static boolean isStable(String text) {
    return Normalizer.isNormalized(text, Normalizer.Form.NFKC) && text.equals(text.toLowerCase(Locale.ROOT));
  }

  /**
   * A person's name: see the class comment.
   *
   * @param name the name as typed
   * @return the comparable name
   */
  public String name(@Nullable String name) {
    return name == null ? "" : settled(this::namePass, name);
  }

  private String namePass(String name) {
    String text = collapse(textPass(name), true, false);
    if (hasHan(text)) {
      return collapse(text, false, true);
    }
    if (text.indexOf(' ') < 0) {
      return text;
    }
    String[] words = text.split(" ");
    Arrays.sort(words);
    return String.join(" ", words);
  }

  /**
   * A company's registered name: like a text, without spaces and punctuation.
   *
   * @param name the name as typed
   * @return the comparable name
   */
  public String organisationName(@Nullable String name) {
    return name == null ? "" : settled(this::compactPass, name);
  }

  private String compactPass(String text) {
    return collapse(textPass(text), true, true);
  }

  /**
   * A phone number: see the class comment.
   *
   * @param phone the number as typed
   * @return its digits, with a {@code +} only for a foreign number
   */
  public String phone(@Nullable String phone) {
    String text = text(phone);
    boolean international = text.startsWith("+");
    StringBuilder digits = new StringBuilder();
    text.codePoints().filter(c -> c >= '0' && c <= '9').forEach(digits::appendCodePoint);
    String number = digits.toString();
    boolean changed = true;
    while (changed) {
      changed = false;
      if (number.startsWith("0086") && number.length() > 4) {
        number = number.substring(4);
        changed = true;
      } else if (number.startsWith("86") && number.length() == 13 && isMainlandMobile(number.substring(2))) {
        number = number.substring(2);
        changed = true;
      }
    }
    if (number.isEmpty()) {
      return "";
    }
    return international && !isMainlandMobile(number) ? "+" + number : number;
  }

  /**
   * An e-mail address, lower-cased whole, without spaces.
   *
   * @param email the address as typed
   * @return the comparable address
   */
  public String email(@Nullable String email) {
    return email == null ? "" : settled(text -> collapse(textPass(text), false, true), email);
  }

  /**
   * A postal address line: the folded text without spaces and punctuation, prefixed by the division
   * code where the address has one.
   *
   * @param address the address
   * @return the comparable address
   */
  public String address(PostalAddress address) {
    String line = address(address.line());
    return address.divisionCode() == null ? line : address.divisionCode() + line;
  }

  /**
   * A free-text address line without spaces and punctuation.
   *
   * @param line the line as typed
   * @return the comparable line
   */
  public String address(@Nullable String line) {
    return line == null ? "" : settled(this::compactPass, line);
  }

  /**
   * A resident identity number in its 18-digit form, or {@code ""} if it is not valid.
   *
   * @param number the number as typed: 15 or 18 characters, spaces and hyphens allowed, any case
   * @return the 18-character number, or {@code ""}
   */
  public String residentId(@Nullable String number) {
    String compact = code(number);
    return ResidentIdNumber.parse(compact).fold(error -> "", ResidentIdNumber::value);
  }

  /**
   * A code such as a credit code or a document number: NFKC, upper case, no spaces or hyphens.
   *
   * @param code the code as typed
   * @return the comparable code
   */
  public String code(@Nullable String code) {
    if (code == null) {
      return "";
    }
    // upper case is not what the other passes settle on, so a code settles on equality; codes are short
    String result = codePass(code);
    for (int i = 0; i < MAX_PASSES; i++) {
      String next = codePass(result);
      if (next.equals(result)) {
        break;
      }
      result = next;
    }
    return result;
  }

  private String codePass(String code) {
    String upper = collapse(textPass(code), false, true).replace("-", "").toUpperCase(Locale.ROOT);
    return Normalizer.normalize(upper, Normalizer.Form.NFKC);
  }

  /**
   * Any identity document other than a resident identity card: type, issuing country and number.
   *
   * @param document the document
   * @return the comparable key
   */
  public String document(IdentityDocument document) {
    return document.type() + ":" + document.issuingCountry().alpha3() + ":" + code(document.number());
  }

  /**
   * A birth date in ISO form, {@code yyyy-mm-dd}.
   *
   * @param date the date
   * @return the ISO text
   */
  public String birthDate(LocalDate date) {
    return date.toString();
  }

  /**
   * One pass over the text: runs of white space (and punctuation, if {@code punctuationIsSpace}) become
   * one space, or nothing if {@code dropSpaces}; leading and trailing ones go.
   */
  private static String collapse(String text, boolean punctuationIsSpace, boolean dropSpaces) {
    StringBuilder kept = new StringBuilder(text.length());
    boolean pendingSpace = false;
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      i += Character.charCount(c);
      if (Character.isWhitespace(c) || Character.isSpaceChar(c) || (punctuationIsSpace && isPunctuation(c))) {
        pendingSpace = kept.length() > 0;
        continue;
      }
      if (pendingSpace && !dropSpaces) {
        kept.append(' ');
      }
      pendingSpace = false;
      kept.appendCodePoint(c);
    }
    return text.contentEquals(kept) ? text : kept.toString();
  }

  private static boolean isPunctuation(int c) {
    int type = Character.getType(c);
    return type == Character.CONNECTOR_PUNCTUATION
        || type == Character.DASH_PUNCTUATION
        || type == Character.START_PUNCTUATION
        || type == Character.END_PUNCTUATION
        || type == Character.INITIAL_QUOTE_PUNCTUATION
        || type == Character.FINAL_QUOTE_PUNCTUATION
        || type == Character.OTHER_PUNCTUATION;
  }

  private static boolean hasHan(String text) {
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      if (c >= 0x2E80 && isHan(c)) {
        return true;
      }
      i += Character.charCount(c);
    }
    return false;
  }

  private static boolean isHan(int codePoint) {
    return Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.HAN;
  }

  private static boolean isMainlandMobile(String digits) {
    return digits.length() == 11 && digits.charAt(0) == '1' && digits.charAt(1) >= '3' && digits.charAt(1) <= '9';
  }
}
