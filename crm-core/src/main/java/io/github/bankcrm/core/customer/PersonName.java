package io.github.bankcrm.core.customer;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.bankcrm.core.shared.FieldError;
import io.github.bankcrm.core.shared.FieldErrors;
import io.github.bankcrm.core.shared.Mask;
import io.github.bankcrm.core.shared.TextInput;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A person's legal name as written on the identity document, plus alternative spellings (the Chinese
 * name of a foreigner, the Pinyin of a Chinese name). Personal data: {@link #toString()} shows only
 * the first character.
 *
 * @param legalName the name on the identity document, 1 to 100 characters, no digits
 * @param alternatives other spellings, at most one per script
 */
public record PersonName(String legalName, Map<NameScript, String> alternatives) {

  static final int MAX_LENGTH = 100;

  @JsonCreator
  public PersonName(
      @JsonProperty(value = "legalName", required = true) String legalName,
      @JsonProperty("alternatives") Map<NameScript, String> alternatives) {
    this.legalName = FieldError.valueOrThrow(parseName(legalName));
    this.alternatives = alternatives == null ? Map.of() : Map.copyOf(alternatives);
    this.alternatives.values().forEach(name -> FieldError.valueOrThrow(parseName(name)));
  }

  /** A legal name with no alternative spelling. */
  public static PersonName of(String legalName) {
    return new PersonName(legalName, Map.of());
  }

  /** Validates a legal name and its alternatives, reporting every bad one. */
  public static Validation<Seq<FieldError>, PersonName> parse(
      String legalName, Map<NameScript, String> alternatives) {
    FieldErrors errors = new FieldErrors();
    String legal = errors.check("legalName", parseName(legalName));
    Map<NameScript, String> checked = new java.util.EnumMap<>(NameScript.class);
    if (alternatives != null) {
      alternatives.forEach(
          (script, name) -> {
            String value = errors.check("alternatives." + script.name(), parseName(name));
            if (value != null) {
              checked.put(script, value);
            }
          });
    }
    return errors.orElse(() -> new PersonName(legal, checked));
  }

  /** The spelling in the given script, if the customer has one. */
  public Optional<String> in(NameScript script) {
    return Optional.ofNullable(alternatives.get(script));
  }

  /** All spellings: the legal name first, then the alternatives. */
  public List<String> allSpellings() {
    var all = new java.util.ArrayList<String>();
    all.add(legalName);
    alternatives.entrySet().stream()
        .sorted(Map.Entry.comparingByKey())
        .forEach(entry -> all.add(entry.getValue()));
    return List.copyOf(all);
  }

  static Validation<FieldError, String> parseName(String text) {
    return TextInput.required(text, MAX_LENGTH)
        .flatMap(
            name ->
                name.codePoints().anyMatch(Character::isDigit)
                    ? Validation.invalid(
                        new FieldError("name.digits", "", "must not contain digits"))
                    : Validation.valid(name));
  }

  @Override
  public String toString() {
    return Mask.name(legalName);
  }
}
