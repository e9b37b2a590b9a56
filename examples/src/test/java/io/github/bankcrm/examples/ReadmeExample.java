package io.github.bankcrm.examples;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A code block of the README and the compiled example it shows: the block follows an HTML comment
 * {@code <!-- name -->}, the example lies between {@code // tag::name[]} and {@code // end::name[]}.
 */
final class ReadmeExample {

  private static final Path README = Path.of("..", "README.md");
  private static final Path SOURCES = Path.of("src", "main", "java", "io", "github", "bankcrm", "examples");

  private ReadmeExample() {}

  /** The README's ```java block after {@code <!-- name -->}, normalised; empty if there is none. */
  static Optional<String> readmeBlock(String name) {
    return find("<!-- " + name + " -->\\s*```java\\n(.*?)```", read(README));
  }

  /** The tagged lines of an example source file, normalised; empty if it has no such tag. */
  static Optional<String> taggedSource(String file, String name) {
    return find("// tag::" + name + "\\[\\]\\n(.*?)\\s*// end::" + name + "\\[\\]", read(SOURCES.resolve(file)));
  }

  /** What a piece of code prints to the console. */
  static String printedBy(Runnable code) {
    PrintStream console = System.out;
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
    try {
      code.run();
    } finally {
      System.setOut(console);
    }
    return printed.toString(StandardCharsets.UTF_8);
  }

  private static Optional<String> find(String regex, String text) {
    Matcher matcher = Pattern.compile(regex, Pattern.DOTALL).matcher(text);
    return matcher.find() ? Optional.of(normalise(matcher.group(1))) : Optional.empty();
  }

  /** Compares code, not indentation: the README block is not indented like the method body. */
  private static String normalise(String code) {
    return code.lines().map(String::strip).filter(line -> !line.isEmpty()).reduce("", (a, b) -> a + b + "\n");
  }

  private static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
