package io.github.bankcrm.core.resolution;

import static java.util.Objects.requireNonNull;

/**
 * A block with more customers than the search compares: a placeholder mobile such as {@code 13800000000}
 * typed into thousands of records, a very common name with a default birth date. Its pairs are skipped
 * (comparing them would be quadratic and mostly noise) and the block is reported, so that the data can
 * be cleaned. Identified by kind and {@link BlockingKey#fingerprint()}, never by value.
 *
 * @param kind the kind of key
 * @param fingerprint the key's fingerprint
 * @param size how many customers share the key
 */
public record OversizedBlock(BlockingKind kind, String fingerprint, int size) {

  public OversizedBlock {
    requireNonNull(kind, "kind");
    requireNonNull(fingerprint, "fingerprint");
  }
}
