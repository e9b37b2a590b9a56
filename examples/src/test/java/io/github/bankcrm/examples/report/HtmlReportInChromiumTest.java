package io.github.bankcrm.examples.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Opens the report in headless Chromium (Debian package {@code chromium}; {@code .ci/run} installs it)
 * and checks that every chart is laid out with a size and bars, and that the page's own stylesheet
 * applied under its Content-Security-Policy. Skipped, saying why, when no Chromium is on the PATH.
 *
 * <p>The report has no script and its policy allows none, so the test measures a copy: the same page
 * with one measuring script appended and that script's hash, and only it, added to {@code script-src}.
 * The script writes each chart's box into the DOM, which {@code --dump-dom} prints. The report as
 * written is opened too, and Chromium's console log must name no policy violation: the page needs
 * nothing its policy blocks.
 */
class HtmlReportInChromiumTest {

  private static final List<String> CHARTS =
      List.of("chart-tiers", "chart-scores", "chart-stages", "chart-groups", "chart-managers");
  private static final String MEASURE = "(function(){var out={};"
      + "document.querySelectorAll('svg.chart').forEach(function(svg){"
      + "var box=svg.getBoundingClientRect();var bars=0;"
      + "svg.querySelectorAll('rect.bar').forEach(function(r){var b=r.getBoundingClientRect();"
      + "if(b.width>0&&b.height>0){bars++;}});"
      + "out[svg.id]={width:box.width,height:box.height,bars:bars,"
      + "fill:getComputedStyle(svg.querySelector('rect.bar')).fill};});"
      + "var pre=document.createElement('pre');pre.id='measured';pre.textContent=JSON.stringify(out);"
      + "document.body.appendChild(pre);})();";

  @TempDir Path work;

  @Test
  void every_chart_renders_with_a_size_and_bars_and_the_hashed_stylesheet_applies() throws Exception {
    Optional<Path> chromium = chromium();
    assumeTrue(chromium.isPresent(),
        "headless Chromium not found on the PATH (chromium, chromium-browser, google-chrome): "
            + "install the Debian package 'chromium' (.ci/run does) to run this test");
    String html = HtmlReport.render(new ReportFixture(120).scored()
        .corporateGroup(groupOf(new ReportFixture(120)))
        .build());
    Path page = work.resolve("measured-report.html");
    Files.writeString(page, measuring(html), StandardCharsets.UTF_8);

    String dom = dumpDom(chromium.get(), page, "measured");

    Matcher measured = Pattern.compile("<pre id=\"measured\">(.*?)</pre>", Pattern.DOTALL).matcher(dom);
    assertThat(measured.find()).as("the measuring script ran; Chromium printed:%n%s", dom).isTrue();
    JsonNode charts = new ObjectMapper().readTree(measured.group(1).replace("&quot;", "\"").replace("&amp;", "&"));
    assertThat(charts.fieldNames()).toIterable().containsExactlyInAnyOrderElementsOf(CHARTS);
    for (String chart : CHARTS) {
      JsonNode box = charts.get(chart);
      assertThat(box.get("width").asDouble()).as(chart + " width").isPositive();
      assertThat(box.get("height").asDouble()).as(chart + " height").isPositive();
      assertThat(box.get("bars").asInt()).as(chart + " bars drawn").isPositive();
      // the colour comes from the page's style block: it applied, so its hash in the policy is right
      assertThat(box.get("fill").asText()).as(chart + " bar colour").isIn("rgb(59, 110, 165)", "rgb(192, 80, 77)");
    }
    assertThat(Files.readString(work.resolve("measured.log"))).doesNotContain("Content Security Policy");
  }

  @Test
  void the_report_as_written_needs_nothing_its_policy_blocks() throws Exception {
    Optional<Path> chromium = chromium();
    assumeTrue(chromium.isPresent(), "headless Chromium not found on the PATH: install the Debian package "
        + "'chromium' (.ci/run does) to run this test");
    Path page = HtmlReport.write(new ReportFixture(60).scored().build(), work.resolve("report.html"));

    String dom = dumpDom(chromium.get(), page, "plain");

    assertThat(dom).contains("id=\"chart-tiers\"", "id=\"chart-scores\"", "id=\"chart-managers\"");
    // Chromium logs every blocked style, script or fetch as a console message naming the policy
    assertThat(Files.readString(work.resolve("plain.log"))).doesNotContain("Content Security Policy");
  }

  /** A corporate group with a loan, so that the exposure chart has a bar. */
  private static io.github.bankcrm.core.relationship.UnitTotals groupOf(ReportFixture fixture) {
    var borrower = fixture.bank.stream().filter(c -> !c.loans().isEmpty()).findFirst().orElseThrow();
    var loan = borrower.loans().get(0);
    var contract = io.github.bankcrm.core.holding.LoanContract.sign(loan.id(), borrower.id(),
            io.github.bankcrm.core.holding.ProductCode.of("LN01"), loan.amount(), loan.startDate(), loan.maturityDate(),
            io.github.bankcrm.examples.bank.SyntheticBank.LOADER, io.github.bankcrm.examples.bank.SyntheticBank.AS_OF)
        .get().contract();
    var bill = io.github.bankcrm.core.holding.DueBillId.of(loan.id().value() + "-1");
    contract = contract.drawDueBill(contract.version(), bill, loan.amount(), loan.startDate(), loan.dueDate(),
        io.github.bankcrm.examples.bank.SyntheticBank.LOADER, io.github.bankcrm.examples.bank.SyntheticBank.AS_OF)
        .get().contract();
    return io.github.bankcrm.core.relationship.UnitTotals.of(java.util.Set.of(borrower.id()),
        io.github.bankcrm.examples.bank.SyntheticBank.BUSINESS_DATE, List.of(), List.of(contract));
  }

  private static String measuring(String html) throws Exception {
    String hash = Base64.getEncoder().encodeToString(
        MessageDigest.getInstance("SHA-256").digest(MEASURE.getBytes(StandardCharsets.UTF_8)));
    assertThat(html).contains("script-src 'none'").contains("</body>");
    return html.replace("script-src 'none'", "script-src 'sha256-" + hash + "'")
        .replace("</body>", "<script>" + MEASURE + "</script>\n</body>");
  }

  private String dumpDom(Path chromium, Path page, String name) throws IOException, InterruptedException {
    Path profile = Files.createDirectories(work.resolve(name + "-profile"));
    Path stdout = work.resolve(name + ".dom.html");
    Path stderr = work.resolve(name + ".log");
    Process process = new ProcessBuilder(chromium.toString(), "--headless", "--no-sandbox", "--disable-gpu",
        "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--disable-dev-shm-usage", "--enable-logging=stderr", "--v=0",
        "--user-data-dir=" + profile, "--dump-dom",
        page.toUri().toString())
        .redirectOutput(stdout.toFile())
        .redirectError(stderr.toFile())
        .start();
    // a guard against a hung browser, not a timing assertion
    if (!process.waitFor(120, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new AssertionError("Chromium did not finish; its log:\n" + Files.readString(stderr));
    }
    assertThat(process.exitValue()).as("Chromium's exit code; its log:%n%s", Files.readString(stderr)).isZero();
    return Files.readString(stdout, StandardCharsets.UTF_8);
  }

  private static Optional<Path> chromium() {
    String path = System.getenv().getOrDefault("PATH", "");
    return Stream.of("chromium", "chromium-browser", "google-chrome")
        .flatMap(name -> Stream.of(path.split(File.pathSeparator)).map(dir -> Path.of(dir, name)))
        .filter(Files::isExecutable)
        .findFirst();
  }
}
