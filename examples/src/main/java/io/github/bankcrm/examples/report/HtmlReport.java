package io.github.bankcrm.examples.report;

import static io.github.bankcrm.examples.report.internal.Html.escape;
import static java.util.Objects.requireNonNull;

import io.github.bankcrm.examples.report.internal.Svg;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * Draws a {@link BankReport} as one self-contained HTML file: the styles inline, the charts inline SVG,
 * no script, and a Content-Security-Policy that lets the page load nothing at all (only its own style
 * block, by hash), so opening the file never touches the network. Every text is escaped.
 *
 * <p>The charts have the class {@code chart} and the IDs {@code chart-tiers}, {@code chart-scores},
 * {@code chart-stages}, {@code chart-groups} and {@code chart-managers}.
 */
public final class HtmlReport {

  private static final String STYLE = String.join("\n",
      "body{font-family:system-ui,-apple-system,'Segoe UI',sans-serif;margin:2rem auto;max-width:1100px;"
          + "color:#1d2733;padding:0 1rem}",
      "h1{color:#16325c;margin-bottom:.2rem}",
      "h2{color:#16325c;border-bottom:1px solid #d5dde8;padding-bottom:.2rem;margin-top:2.2rem}",
      ".meta,.note{color:#5a6778}",
      "table{border-collapse:collapse;margin:.8rem 0;font-size:.9rem}",
      "th,td{border-bottom:1px solid #e3e8ef;padding:.3rem .6rem;text-align:left;vertical-align:top}",
      "td.num,th.num{text-align:right;font-variant-numeric:tabular-nums}",
      "ul.reasons{margin:0;padding-left:1.1rem}",
      "svg.chart{display:block;margin:.6rem 0;max-width:100%;height:auto}",
      ".bar{fill:#3b6ea5}",
      ".bar.negative{fill:#c0504d}",
      ".axis{stroke:#1d2733;stroke-width:1}",
      ".label,.value{font-size:12px;fill:#1d2733}",
      ".level-CRITICAL,.level-HIGH{color:#a1261f;font-weight:600}");

  private HtmlReport() {}

  /**
   * The report as an HTML document.
   *
   * @param report the report
   * @return the whole document
   */
  public static String render(BankReport report) {
    requireNonNull(report, "report");
    String currency = report.reportingCurrency();
    StringBuilder html = new StringBuilder(32_768);
    html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta http-equiv=\"Content-Security-Policy\" content=\"").append(contentSecurityPolicy())
        .append("\">\n<meta name=\"referrer\" content=\"no-referrer\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<title>").append(escape(report.title())).append("</title>\n")
        .append("<style>").append(STYLE).append("</style>\n</head>\n<body>\n");
    html.append("<header><h1>").append(escape(report.title())).append("</h1>\n<p>")
        .append(escape(report.description())).append("</p>\n<p class=\"meta\">Business date ")
        .append(report.businessDate()).append(" · scoring model ").append(escape(report.model())).append(" · ")
        .append(count(report.customers())).append(" customers scored · amounts in ").append(escape(currency))
        .append(" · names masked, no identity numbers</p></header>\n");

    section(html, "tiers", "Tier distribution");
    html.append(Svg.horizontalBars("chart-tiers", "Customers per value tier",
        report.tiers().stream().map(t -> new Svg.Bar(t.label(), t.count(), count(t.count()))).toList()));
    table(html, List.of("tier", "#customers"), report.tiers(), t -> List.of(escape(t.label()), count(t.count())));
    html.append("</section>\n");

    section(html, "scores", "Score histogram");
    html.append(Svg.columns("chart-scores", "Customers per score band",
        report.scoreHistogram().stream()
            .map(b -> new Svg.Bar(b.from() + "–" + b.to(), b.count(), count(b.count()))).toList()));
    html.append("</section>\n");

    section(html, "stages", "Value by lifecycle stage");
    html.append(Svg.horizontalBars("chart-stages", "Annual contribution per lifecycle stage",
        report.valueByStage().stream()
            .map(s -> new Svg.Bar(s.stage(), s.annualContribution().doubleValue(), money(s.annualContribution())))
            .toList()));
    table(html, List.of("stage", "#customers", "#annual contribution", "#lifetime value"), report.valueByStage(),
        s -> List.of(escape(s.stage()), count(s.customers()), money(s.annualContribution()), money(s.lifetimeValue())));
    html.append("</section>\n");

    section(html, "top-customers", "Top customers and why");
    table(html, List.of("customer", "name", "#score", "tier", "#annual contribution", "factor points", "reasons"),
        report.topCustomers(), c -> List.of(
            escape(c.number()),
            escape(c.maskedName()),
            String.valueOf(c.score()),
            escape(c.tier()) + (c.flags().isEmpty() ? "" : " (" + escape(String.join(", ", c.flags())) + ")"),
            money(c.annualContribution()),
            escape(String.join(", ", c.factors().stream().map(f -> f.factor() + " " + f.points()).toList())),
            "<ul class=\"reasons\">" + String.join("", c.reasons().stream()
                .map(r -> "<li>" + escape(r) + "</li>").toList()) + "</ul>"));
    html.append("</section>\n");

    section(html, "warnings", "Open early warnings");
    html.append("<p class=\"note\">").append(count(report.openWarningCount())).append(" open; the ")
        .append(report.openWarnings().size()).append(" most severe:</p>\n");
    table(html, List.of("customer", "name", "level", "state", "factors (value / threshold: points)"),
        report.openWarnings(), w -> List.of(
            escape(w.number()),
            escape(w.maskedName()),
            "<span class=\"level-" + escape(w.level()) + "\">" + escape(w.level()) + "</span>",
            escape(w.state()),
            escape(String.join("; ", w.factors().stream()
                .map(f -> f.factor() + " " + f.value().toPlainString() + " / " + f.threshold().toPlainString()
                    + ": " + f.points())
                .toList()))));
    html.append("</section>\n");

    section(html, "groups", "Largest corporate-group exposures");
    html.append(Svg.horizontalBars("chart-groups", "Credit exposure per corporate group",
        report.groupExposures().stream()
            .map(g -> new Svg.Bar(groupLabel(g), g.total().doubleValue(), money(g.total()))).toList()));
    table(html, List.of("group members", "#borrowed", "#guaranteed", "#total"), report.groupExposures(),
        g -> List.of(escape(String.join(", ", g.members())), money(g.borrowed()), money(g.guaranteed()), money(g.total())));
    html.append("</section>\n");

    section(html, "managers", "Relationship-manager attribution");
    html.append(Svg.horizontalBars("chart-managers", "Annual contribution per relationship manager",
        report.managers().stream()
            .map(m -> new Svg.Bar(m.manager(), m.annualContribution().doubleValue(), money(m.annualContribution())))
            .toList()));
    table(html, List.of("manager", "#customers", "#scored", "#annual contribution", "#lifetime value", "#loss-making"),
        report.managers(), m -> List.of(escape(m.manager()), count(m.customers()), count(m.scored()),
            money(m.annualContribution()), money(m.lifetimeValue()), count(m.lossMaking())));
    html.append("<p class=\"note\">").append(count(report.unassigned()))
        .append(" scored customers have no relationship manager.</p>\n</section>\n");

    html.append("<footer class=\"note\"><p>One self-contained file: no script, no external resource.</p></footer>\n")
        .append("</body>\n</html>\n");
    return html.toString();
  }

  /**
   * Writes the report to a file, creating its directory.
   *
   * @param report the report
   * @param path the file
   * @return the path written
   * @throws UncheckedIOException if the file cannot be written
   */
  public static Path write(BankReport report, Path path) {
    try {
      Path absolute = path.toAbsolutePath();
      Files.createDirectories(absolute.getParent());
      Files.writeString(absolute, render(report), StandardCharsets.UTF_8);
      return absolute;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The page's policy: nothing may load; the one inline style block is allowed by its SHA-256 hash.
   *
   * @return the policy
   */
  static String contentSecurityPolicy() {
    return "default-src 'none'; style-src '" + styleHash() + "'; img-src 'none'; script-src 'none'; "
        + "connect-src 'none'; font-src 'none'; base-uri 'none'; form-action 'none'";
  }

  private static String styleHash() {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(STYLE.getBytes(StandardCharsets.UTF_8));
      return "sha256-" + Base64.getEncoder().encodeToString(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }

  private static String groupLabel(BankReport.GroupExposure group) {
    String first = group.members().isEmpty() ? "—" : group.members().get(0);
    String label = first.codePointCount(0, first.length()) > 14
        ? first.substring(0, first.offsetByCodePoints(0, 13)) + "…"
        : first;
    return group.members().size() > 1 ? label + " +" + (group.members().size() - 1) : label;
  }

  private static void section(StringBuilder html, String id, String heading) {
    html.append("<section id=\"").append(id).append("\">\n<h2>").append(escape(heading)).append("</h2>\n");
  }

  /** A table; a header starting with {@code #} is a right-aligned number column. Cells are HTML already. */
  private static <T> void table(StringBuilder html, List<String> headers, List<T> rows, Function<T, List<String>> cells) {
    html.append("<table>\n<thead><tr>");
    for (String header : headers) {
      boolean number = header.startsWith("#");
      html.append(number ? "<th class=\"num\">" : "<th>").append(escape(number ? header.substring(1) : header))
          .append("</th>");
    }
    html.append("</tr></thead>\n<tbody>\n");
    for (T row : rows) {
      html.append("<tr>");
      List<String> values = cells.apply(row);
      for (int i = 0; i < values.size(); i++) {
        html.append(headers.get(i).startsWith("#") ? "<td class=\"num\">" : "<td>").append(values.get(i)).append("</td>");
      }
      html.append("</tr>\n");
    }
    html.append("</tbody>\n</table>\n");
  }

  private static String count(long value) {
    return String.format(Locale.ROOT, "%,d", value);
  }

  private static String money(BigDecimal amount) {
    return String.format(Locale.ROOT, "%,.2f", amount);
  }
}
