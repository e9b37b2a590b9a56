package io.github.bankcrm.core.resolution.internal;

import io.github.bankcrm.core.resolution.ScriptFolding;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * A character-for-character folding read from a table resource: one {@code from to} pair per line,
 * {@code #} starts a comment. A target that is itself a source would make folding depend on how often it
 * is applied, so the loader refuses such a table.
 */
public final class CharacterTable implements ScriptFolding {

  /** The table of common traditional name and address characters shipped with the library. */
  public static final CharacterTable TRADITIONAL_TO_SIMPLIFIED =
      load("traditional-to-simplified.txt");

  private final Map<Integer, Integer> folds;

  private CharacterTable(Map<Integer, Integer> folds) {
    this.folds = Map.copyOf(folds);
  }

  static CharacterTable load(String resource) {
    try (InputStream in = CharacterTable.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("character table " + resource + " is missing from the jar");
      }
      return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read character table " + resource, e);
    }
  }

  static CharacterTable parse(BufferedReader lines) throws IOException {
    Map<Integer, Integer> folds = new HashMap<>();
    String line;
    int number = 0;
    while ((line = lines.readLine()) != null) {
      number++;
      String content = line.contains("#") ? line.substring(0, line.indexOf('#')) : line;
      content = content.strip();
      if (content.isEmpty()) {
        continue;
      }
      int[] codePoints = content.codePoints().filter(c -> !Character.isWhitespace(c)).toArray();
      if (codePoints.length != 2) {
        throw new IllegalStateException("character table line " + number + " is not one pair");
      }
      Integer previous = folds.put(codePoints[0], codePoints[1]);
      if (previous != null && previous != codePoints[1]) {
        throw new IllegalStateException("character table line " + number + " folds a character twice");
      }
    }
    for (Integer target : folds.values()) {
      if (folds.containsKey(target)) {
        throw new IllegalStateException("character table folds a target character again");
      }
    }
    return new CharacterTable(folds);
  }

  /**
   * How many characters the table folds.
   *
   * @return the number of pairs
   */
  public int size() {
    return folds.size();
  }

  @Override
  public String fold(String text) {
    StringBuilder folded = null;
    for (int i = 0; i < text.length(); ) {
      int codePoint = text.codePointAt(i);
      Integer target = folds.get(codePoint);
      if (target != null && folded == null) {
        folded = new StringBuilder(text.length()).append(text, 0, i);
      }
      if (folded != null) {
        folded.appendCodePoint(target == null ? codePoint : target);
      }
      i += Character.charCount(codePoint);
    }
    return folded == null ? text : folded.toString();
  }
}
