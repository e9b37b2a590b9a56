package io.github.bankcrm.examples.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * JSON lines [one JSON document a line] of the SDK's value types, as Jackson writes them with the Java
 * time module and no default typing (README, "JSON"). Blank lines are skipped.
 */
final class JsonLines {

  static final ObjectMapper JSON = new ObjectMapper()
      .registerModule(new JavaTimeModule())
      .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

  private JsonLines() {}

  /** What to do with each line. */
  interface LineHandler<T> {
    /**
     * Handles a parsed line, or a line that is not a {@code T}.
     *
     * @param line the line number, from 1
     * @param value the value, or {@code null} when the line did not parse
     * @param problem why the line did not parse, or {@code null}
     */
    void handle(long line, T value, String problem);
  }

  /**
   * Reads a whole file as UTF-8 text: a model or a policy named on the command line.
   *
   * @param file the file
   * @return its text
   * @throws InputProblem if the file is missing or unreadable
   */
  static String readText(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      throw new InputProblem(file + ": no such file");
    } catch (IOException e) {
      throw new InputProblem(file + ": cannot be read as UTF-8 text (" + e.getClass().getSimpleName() + ")", e);
    }
  }

  /**
   * Reads a file a line at a time.
   *
   * @param file the file
   * @param type each line's type
   * @param handler called for each non-blank line
   * @throws InputProblem if the file is missing or unreadable
   */
  static <T> void read(Path file, Class<T> type, LineHandler<T> handler) {
    try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      long number = 0;
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        number++;
        if (line.isBlank()) {
          continue;
        }
        T value;
        try {
          value = JSON.readValue(line, type);
        } catch (JsonProcessingException e) {
          // Jackson's message may quote the input, which may be personal data: keep only its kind
          handler.handle(number, null, "not a " + type.getSimpleName() + " [" + e.getClass().getSimpleName() + "]");
          continue;
        } catch (IllegalArgumentException | NullPointerException e) {
          handler.handle(number, null, "not a valid " + type.getSimpleName() + " [invalid_value]");
          continue;
        }
        handler.handle(number, value, null);
      }
    } catch (NoSuchFileException e) {
      throw new InputProblem(file + ": no such file");
    } catch (IOException e) {
      throw new InputProblem(file + ": cannot be read as UTF-8 text (" + e.getClass().getSimpleName() + ")", e);
    }
  }

  /**
   * One value as a line.
   *
   * @param value the value
   * @return its JSON, without a line break
   */
  static String line(Object value) {
    try {
      return JSON.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
