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

/** The README quickstart is real code: the same lines as {@link Quickstart}, which compiles and runs. */
class ReadmeQuickstartTest {

  private static final Path README = Path.of("..", "README.md");
  private static final Path QUICKSTART =
      Path.of("src", "main", "java", "io", "github", "bankcrm", "examples", "Quickstart.java");

  @Test
  void the_readme_shows_exactly_the_compiled_quickstart() throws IOException {
    String readme = Files.readString(README, StandardCharsets.UTF_8);
    Matcher block =
        Pattern.compile("<!-- quickstart -->\\s*```java\\n(.*?)```", Pattern.DOTALL).matcher(readme);
    assertThat(block.find()).as("README has a ```java block after <!-- quickstart -->").isTrue();

    String source = Files.readString(QUICKSTART, StandardCharsets.UTF_8);
    Matcher tagged =
        Pattern.compile("// tag::quickstart\\[\\]\\n(.*?)\\s*// end::quickstart\\[\\]", Pattern.DOTALL)
            .matcher(source);
    assertThat(tagged.find()).isTrue();

    assertThat(normalise(block.group(1))).isEqualTo(normalise(tagged.group(1)));
  }

  @Test
  void the_quickstart_registers_a_customer_without_printing_personal_data() {
    PrintStream console = System.out;
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
    try {
      Quickstart.main(new String[0]);
    } finally {
      System.setOut(console);
    }

    String output = printed.toString(StandardCharsets.UTF_8);
    assertThat(output).contains("Registered IndividualCustomer[", "version=1", "name=王**");
    assertThat(output).doesNotContain("王小红", "11010519491231002X", "13812345678");
  }

  /** Compares code, not indentation: the README block is not indented like the method body. */
  private static String normalise(String code) {
    return code.lines().map(String::strip).filter(line -> !line.isEmpty()).reduce("", (a, b) -> a + b + "\n");
  }
}
