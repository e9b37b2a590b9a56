package io.github.bankcrm.jdbc;

import static java.util.Objects.requireNonNull;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;

/**
 * Encrypts identity-document numbers before they reach the database, and decrypts them on the way
 * back. Plug in the bank's own (an HSM, a KMS envelope scheme) or use {@link #aesGcm(SecretKey)}.
 *
 * <p>Implementations must be thread-safe and must not log or echo the numbers. The ciphertext is
 * stored as text of at most 1024 characters.
 */
public interface DocumentNumberCipher {

  /**
   * Encrypts a normalised document number.
   *
   * @param number the number
   * @return the ciphertext as text
   */
  String encrypt(String number);

  /**
   * Decrypts what {@link #encrypt} produced.
   *
   * @param ciphertext the stored text
   * @return the number
   * @throws IllegalStateException if the ciphertext does not decrypt with this key (wrong key,
   *     tampered data)
   */
  String decrypt(String ciphertext);

  /**
   * AES-GCM with a random 96-bit nonce per number; the text is Base64 of nonce and ciphertext with
   * its 128-bit tag, so tampering is detected.
   *
   * @param key an AES key of 128, 192 or 256 bits
   * @return the cipher
   * @throws IllegalArgumentException if the key is not an AES key
   */
  static DocumentNumberCipher aesGcm(SecretKey key) {
    requireNonNull(key, "key");
    byte[] encoded = key.getEncoded();
    if (!"AES".equalsIgnoreCase(key.getAlgorithm())
        || encoded == null
        || (encoded.length != 16 && encoded.length != 24 && encoded.length != 32)) {
      throw new IllegalArgumentException("an AES key of 128, 192 or 256 bits is needed");
    }
    SecureRandom random = new SecureRandom();
    int nonceLength = 12;
    int tagBits = 128;
    return new DocumentNumberCipher() {
      @Override
      public String encrypt(String number) {
        requireNonNull(number, "number");
        byte[] nonce = new byte[nonceLength];
        random.nextBytes(nonce);
        try {
          Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
          cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(tagBits, nonce));
          byte[] sealed = cipher.doFinal(number.getBytes(StandardCharsets.UTF_8));
          return Base64.getEncoder()
              .encodeToString(
                  ByteBuffer.allocate(nonce.length + sealed.length).put(nonce).put(sealed).array());
        } catch (GeneralSecurityException e) {
          throw new IllegalStateException("document number encryption failed", e);
        }
      }

      @Override
      public String decrypt(String ciphertext) {
        requireNonNull(ciphertext, "ciphertext");
        try {
          byte[] all = Base64.getDecoder().decode(ciphertext);
          Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
          cipher.init(
              Cipher.DECRYPT_MODE, key, new GCMParameterSpec(tagBits, all, 0, nonceLength));
          return new String(
              cipher.doFinal(all, nonceLength, all.length - nonceLength), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
          throw new IllegalStateException(
              "a stored document number does not decrypt with this key", e);
        }
      }

      @Override
      public String toString() {
        return "DocumentNumberCipher[AES-GCM]";
      }
    };
  }
}
