package io.github.bankcrm.core.resolution;

import java.util.ArrayList;
import java.util.List;

/**
 * The kinds of blocking key: customers are compared only if they share a key of some kind. Each kind
 * catches a family of duplicates the others miss: the same identity number typed in another format, a
 * person registered with another document but the same name and birth date, a changed name with the same
 * mobile, and so on.
 */
public enum BlockingKind {
  /** The 18-digit resident identity number (a 15-digit one upgraded). */
  RESIDENT_ID,
  /** Any other identity document: type, issuing country, number. */
  IDENTITY_DOCUMENT,
  /** The mobile number. */
  MOBILE,
  /** The e-mail address. */
  EMAIL,
  /** Each spelling of the name together with the birth date. */
  NAME_AND_BIRTH_DATE,
  /** The Unified Social Credit Code. */
  CREDIT_CODE,
  /** The registered name of a company. */
  REGISTERED_NAME;

  /**
   * The keys of this kind a customer has.
   *
   * @param identity the customer's normalised identity
   * @return the keys, possibly none
   */
  public List<BlockingKey> keysOf(NormalizedIdentity identity) {
    return switch (this) {
      case RESIDENT_ID -> keys(identity.valuesOf(MatchField.RESIDENT_ID));
      case IDENTITY_DOCUMENT -> keys(identity.valuesOf(MatchField.IDENTITY_DOCUMENT));
      case MOBILE -> keys(identity.valuesOf(MatchField.MOBILE));
      case EMAIL -> keys(identity.valuesOf(MatchField.EMAIL));
      case CREDIT_CODE -> keys(identity.valuesOf(MatchField.CREDIT_CODE));
      case REGISTERED_NAME -> keys(identity.valuesOf(MatchField.REGISTERED_NAME));
      case NAME_AND_BIRTH_DATE -> {
        List<BlockingKey> keys = new ArrayList<>();
        for (String birthDate : identity.valuesOf(MatchField.BIRTH_DATE)) {
          for (String name : identity.valuesOf(MatchField.NAME)) {
            keys.add(new BlockingKey(this, name + "|" + birthDate));
          }
        }
        yield keys;
      }
    };
  }

  private List<BlockingKey> keys(List<String> values) {
    return values.stream().map(value -> new BlockingKey(this, value)).toList();
  }
}
