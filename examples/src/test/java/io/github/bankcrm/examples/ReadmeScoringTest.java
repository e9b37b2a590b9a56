package io.github.bankcrm.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The README scoring example is real code: the same lines as {@link ScoringQuickstart}. */
class ReadmeScoringTest {

  private static final Path README = Path.of("..", "README.md");
  private static final Path EXAMPLE =
      Path.of("src", "main", "java", "io", "github", "bankcrm", "examples", "ScoringQuickstart.java");

  @Test
  void the_readme_shows_exactly_the_compiled_example() throws IOException {
    Matcher block =
        Pattern.compile("<!-- scoring -->\\s*```java\\n(.*?)```", Pattern.DOTALL)
            .matcher(Files.readString(README, StandardCharsets.UTF_8));
    assertThat(block.find()).as("README has a ```java block after <!-- scoring -->").isTrue();
    Matcher tagged =
        Pattern.compile("// tag::scoring\\[\\]\\n(.*?)\\s*// end::scoring\\[\\]", Pattern.DOTALL)
            .matcher(Files.readString(EXAMPLE, StandardCharsets.UTF_8));
    assertThat(tagged.find()).isTrue();

    assertThat(normalise(block.group(1))).isEqualTo(normalise(tagged.group(1)));
  }

  @Test
  void the_example_prints_the_score_tier_and_reasons() {
    PrintStream console = System.out;
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
    try {
      ScoringQuickstart.main(new String[0]);
    } finally {
      System.setOut(console);
    }

    assertThat(printed.toString(StandardCharsets.UTF_8))
        .startsWith("816 PLATINUM [CONTRIBUTION_HIGH, LIFETIME_VALUE_HIGH, RECENCY_HIGH]");
  }

  private static String normalise(String code) {
    return code.lines().map(String::strip).filter(line -> !line.isEmpty()).reduce("", (a, b) -> a + b + "\n");
  }
}
