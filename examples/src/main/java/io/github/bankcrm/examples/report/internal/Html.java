package io.github.bankcrm.examples.report.internal;

/** HTML text escaping: every text the report writes, in content or in an attribute, goes through it. */
public final class Html {

  private Html() {}

  /**
   * Escapes a text for HTML and SVG content and quoted attribute values; control characters other
   * than tab and line breaks are dropped.
   *
   * @param text any text
   * @return the text with {@code & < > " '} as character references
   */
  public static String escape(String text) {
    StringBuilder escaped = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> escaped.append("&amp;");
        case '<' -> escaped.append("&lt;");
        case '>' -> escaped.append("&gt;");
        case '"' -> escaped.append("&quot;");
        case '\'' -> escaped.append("&#39;");
        default -> {
          if (c >= 0x20 || c == '\t' || c == '\n' || c == '\r') {
            escaped.append(c);
          }
        }
      }
    }
    return escaped.toString();
  }
}
