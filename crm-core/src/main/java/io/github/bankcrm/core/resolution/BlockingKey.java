package io.github.bankcrm.core.resolution;

import static java.util.Objects.requireNonNull;

/**
 * One blocking key: a kind and a normalised value. The value is personal data (an identity number, a
 * mobile, a name and birth date): {@link #toString()} shows the kind and {@link #fingerprint()}, never
 * the value.
 *
 * @param kind the kind of key
 * @param value the normalised value
 */
public record BlockingKey(BlockingKind kind, String value) {

  public BlockingKey {
    requireNonNull(kind, "kind");
    requireNonNull(value, "value");
  }

  /**
   * A short fingerprint for logs and reports: 6 hex digits (24 bits) of a 64-bit FNV-1a hash of the
   * value. It tells the few oversized blocks of a report apart; it is deliberately too coarse to look a
   * value up: hundreds of mobile numbers, and far more identity numbers, share each fingerprint.
   *
   * @return 6 hex digits
   */
  public String fingerprint() {
    long hash = 0xcbf29ce484222325L;
    for (int i = 0; i < value.length(); i++) {
      hash ^= value.charAt(i);
      hash *= 0x100000001b3L;
    }
    return String.format("%06x", hash >>> 40);
  }

  @Override
  public String toString() {
    return "BlockingKey[kind=" + kind + ", fingerprint=" + fingerprint() + "]";
  }
}
