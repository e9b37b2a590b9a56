package io.github.bankcrm.scoring;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * The SHA-256 fingerprint of a scoring model document. Every score carries the fingerprint of the
 * model that produced it, so an auditor can tell which exact weights, rates and cut-offs were used and
 * reproduce the score from the archived document.
 *
 * <p>The fingerprint is taken over the document's canonical bytes (the caller's responsibility: the
 * same model must always serialise to the same bytes), never over an in-memory object.
 *
 * @param hex 64 lower-case hexadecimal characters
 */
public record ModelFingerprint(String hex) {

  private static final Pattern FORM = Pattern.compile("[0-9a-f]{64}");

  public ModelFingerprint {
    requireNonNull(hex, "hex");
    if (!FORM.matcher(hex).matches()) {
      throw new IllegalArgumentException("a fingerprint is 64 lower-case hexadecimal characters");
    }
  }

  /** The fingerprint of a canonical model document. */
  public static ModelFingerprint of(byte[] canonicalDocument) {
    requireNonNull(canonicalDocument, "canonicalDocument");
    return new ModelFingerprint(HexFormat.of().formatHex(sha256().digest(canonicalDocument)));
  }

  /** A fingerprint as written in a score or a model archive. */
  @JsonCreator
  public static ModelFingerprint parse(String hex) {
    return new ModelFingerprint(hex);
  }

  /** The first twelve characters, enough to tell models apart on a screen or in a log line. */
  public String shortForm() {
    return hex.substring(0, 12);
  }

  @JsonValue
  @Override
  public String hex() {
    return hex;
  }

  @Override
  public String toString() {
    return "sha256:" + shortForm();
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      // every Java platform must provide SHA-256 (MessageDigest Javadoc)
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }
}
