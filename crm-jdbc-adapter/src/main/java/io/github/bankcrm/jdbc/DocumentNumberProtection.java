package io.github.bankcrm.jdbc;

import static java.util.Objects.requireNonNull;

import io.github.bankcrm.core.identity.IdentityDocumentType;
import io.github.bankcrm.core.shared.CountryCode;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.InvalidKeyException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.SecretKey;

/**
 * How identity-document numbers of persons are kept at rest. Either {@link #plain()}: the normalised
 * number is stored and looked up as is; or {@link #encrypted}: the number is stored encrypted by a
 * {@link DocumentNumberCipher}, and exact lookup and uniqueness use a <em>blind index</em>, an
 * HMAC-SHA256 of type, issuing country and number under a separate key. The blind index reveals
 * nothing without its key, yet equal documents give equal indexes, so the database's unique
 * constraint still refuses a second customer with the same document.
 *
 * <p>Choose once per database: numbers stored one way are not found the other way. Rotating the
 * index key means recomputing the index of every row (see docs/PERSISTENCE.md).
 */
public final class DocumentNumberProtection {

  private static final DocumentNumberProtection PLAIN = new DocumentNumberProtection(null, null);

  private final DocumentNumberCipher cipher;
  private final SecretKey indexKey;

  private DocumentNumberProtection(DocumentNumberCipher cipher, SecretKey indexKey) {
    this.cipher = cipher;
    this.indexKey = indexKey;
  }

  /**
   * Numbers stored in plain text; protect the database by its own means (disk encryption, grants).
   *
   * @return the plain protection
   */
  public static DocumentNumberProtection plain() {
    return PLAIN;
  }

  /**
   * Numbers stored encrypted, looked up by blind index.
   *
   * @param cipher encrypts and decrypts numbers
   * @param indexKey the HMAC-SHA256 key of the blind index; keep it apart from the encryption key
   * @return the protection
   * @throws IllegalArgumentException if the index key cannot key HMAC-SHA256
   */
  public static DocumentNumberProtection encrypted(DocumentNumberCipher cipher, SecretKey indexKey) {
    requireNonNull(cipher, "cipher");
    requireNonNull(indexKey, "indexKey");
    try {
      Mac.getInstance("HmacSHA256").init(indexKey);
    } catch (InvalidKeyException e) {
      throw new IllegalArgumentException("the blind index key cannot key HMAC-SHA256", e);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HMAC-SHA256 is not available", e);
    }
    return new DocumentNumberProtection(cipher, indexKey);
  }

  /**
   * Whether numbers are encrypted.
   *
   * @return {@code true} for {@link #encrypted}
   */
  public boolean isEncrypted() {
    return cipher != null;
  }

  /**
   * What the number is looked up and kept unique by.
   *
   * @param type the document type
   * @param country the issuing country
   * @param number the normalised number
   * @return the number itself, or its blind index (64 hexadecimal digits)
   */
  public String lookupKey(IdentityDocumentType type, CountryCode country, String number) {
    if (indexKey == null) {
      return number;
    }
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(indexKey);
      byte[] digest =
          mac.doFinal(
              (type.name() + '|' + country.alpha3() + '|' + number)
                  .getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("blind index computation failed", e);
    }
  }

  /**
   * What is stored for the number.
   *
   * @param number the normalised number
   * @return the number, or its ciphertext
   */
  public String seal(String number) {
    return cipher == null ? number : cipher.encrypt(number);
  }

  /**
   * The number back from what was stored.
   *
   * @param stored what {@link #seal} returned
   * @return the number
   */
  public String open(String stored) {
    return cipher == null ? stored : cipher.decrypt(stored);
  }

  /**
   * Says which protection this is, without keys.
   *
   * @return {@code DocumentNumberProtection[plain]} or {@code [encrypted, blind index]}
   */
  @Override
  public String toString() {
    return cipher == null
        ? "DocumentNumberProtection[plain]"
        : "DocumentNumberProtection[encrypted, blind index]";
  }
}
