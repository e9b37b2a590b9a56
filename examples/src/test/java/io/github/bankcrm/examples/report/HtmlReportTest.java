package io.github.bankcrm.examples.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class HtmlReportTest {

  static final String HOSTILE = "<script>alert('x')</script>&\"";

  @Nested
  class SelfContained {

    final String html = HtmlReport.render(ReportFixture.handWritten("plain"));

    @Test
    void allows_nothing_to_load_and_its_one_style_block_by_hash() throws Exception {
      Matcher style = Pattern.compile("<style>(.*?)</style>", Pattern.DOTALL).matcher(html);
      assertThat(style.find()).isTrue();
      String hash = Base64.getEncoder().encodeToString(
          MessageDigest.getInstance("SHA-256").digest(style.group(1).getBytes(StandardCharsets.UTF_8)));

      assertThat(html).contains("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
          + "style-src 'sha256-" + hash + "'; img-src 'none'; script-src 'none';");
      assertThat(style.find()).isFalse();
    }

    @Test
    void has_no_script_no_link_no_external_reference_and_no_inline_style_attribute() {
      assertThat(html.toLowerCase(java.util.Locale.ROOT))
          .doesNotContain("<script", "<link", "<img", "<iframe", " src=", " href=", "url(", "@import", " style=",
              "https://");
      // the SVG namespace is a name, never fetched; it is the only URL in the file
      assertThat(html.replace("xmlns=\"http://www.w3.org/2000/svg\"", "")).doesNotContain("http://");
    }

    @Test
    void draws_every_chart_as_inline_svg_with_a_bar_per_row() {
      for (String chart : new String[] {"chart-tiers", "chart-scores", "chart-stages", "chart-groups", "chart-managers"}) {
        assertThat(html).contains("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" id=\"" + chart + "\"");
      }
      assertThat(count(html, "<rect class=\"bar")).isEqualTo(2 + 2 + 2 + 1 + 2);
      assertThat(count(html, "<rect class=\"bar negative\"")).isEqualTo(2);
    }
  }

  @Nested
  class Content {

    final String html = HtmlReport.render(ReportFixture.handWritten("plain"));

    @Test
    void lists_top_customers_with_masked_names_factor_points_and_reasons() {
      assertThat(html)
          .contains("<td>C-1</td><td>王**</td><td class=\"num\">900</td><td>PLATINUM (GOLD)</td>"
              + "<td class=\"num\">1,000.00</td><td>CONTRIBUTION 500, RECENCY 400</td>")
          .contains("<li>The customer was active recently.</li>");
    }

    @Test
    void lists_open_warnings_with_their_factors_groups_and_managers() {
      assertThat(html)
          .contains("1 open; the 1 most severe:")
          .contains("<span class=\"level-HIGH\">HIGH</span></td><td>RAISED</td><td>COMPLAINTS 3 / 1: 40</td>")
          .contains("<td>plain, 成都某某机械有限公司</td><td class=\"num\">1,000.00</td><td class=\"num\">0.00</td>")
          .contains("<td>RM-1</td><td class=\"num\">2</td>")
          .contains("<td>DORMANT</td><td class=\"num\">1</td><td class=\"num\">-1,000.00</td>")
          .contains("0 scored customers have no relationship manager.");
    }
  }

  @Nested
  class Escaping {

    @Test
    void every_text_is_escaped_in_content_in_svg_and_in_titles() {
      String html = HtmlReport.render(ReportFixture.handWritten(HOSTILE));

      assertThat(html).doesNotContain(HOSTILE).doesNotContain("<script");
      assertThat(html).contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;&amp;&quot;");
      assertThat(count(html, "&lt;script&gt;")).isGreaterThanOrEqualTo(9);
    }
  }

  private static int count(String text, String part) {
    int count = 0;
    for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
      count++;
    }
    return count;
  }
}
