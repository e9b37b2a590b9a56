package io.github.bankcrm.examples.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.bankcrm.examples.report.internal.Html;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

class HtmlEscapingProperties {

  @Property
  void an_escaped_text_can_neither_open_a_tag_nor_leave_an_attribute(@ForAll String text) {
    String escaped = Html.escape(text);

    assertThat(escaped).doesNotContain("<", ">", "\"", "'");
    assertThat(escaped.replaceAll("&(amp|lt|gt|quot|#39);", "")).doesNotContain("&");
  }

  @Property
  void unescaping_gives_back_the_text_without_its_control_characters(@ForAll String text) {
    String unescaped = Html.escape(text).replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
        .replace("&#39;", "'").replace("&amp;", "&");

    assertThat(unescaped).isEqualTo(text.replaceAll("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F]", ""));
  }
}
