package io.github.bankcrm.core.resolution;

import io.github.bankcrm.core.resolution.internal.CharacterTable;

/**
 * Folds the variants of one written character to one form before names and addresses are compared, so
 * that {@code 張偉} and {@code 张伟} give the same key.
 *
 * <p>crm-core takes no runtime dependency for a full conversion library (such as OpenCC or ICU's
 * transliterators); a bank that needs complete coverage plugs one in through this interface. The
 * library ships {@link #NONE} and {@link #commonNameCharacters()}, a documented table of the
 * traditional forms of the characters most common in Chinese names and addresses.
 *
 * <p>An implementation must be idempotent ({@code fold(fold(s)).equals(fold(s))}), thread-safe and must
 * keep characters it does not know unchanged.
 */
@FunctionalInterface
public interface ScriptFolding {

  /** Folds nothing: every character stays as it is. */
  ScriptFolding NONE = text -> text;

  /**
   * Folds one text.
   *
   * @param text text already NFKC-normalised and lower-cased
   * @return the text with every known variant replaced by its folded form
   */
  String fold(String text);

  /**
   * Traditional to simplified for the characters common in names and addresses, one pair per line in
   * the resource {@code io/github/bankcrm/core/resolution/internal/traditional-to-simplified.txt}
   * (a few hundred pairs, not a general converter: a character missing from the table stays as it is).
   *
   * @return the shared folding
   */
  static ScriptFolding commonNameCharacters() {
    return CharacterTable.TRADITIONAL_TO_SIMPLIFIED;
  }
}
