package io.github.bankcrm.core;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * The {@link ObjectMapper} the library documents for its value types, and nothing more:
 * {@code new ObjectMapper().registerModule(new JavaTimeModule())}. Unknown properties are refused
 * ({@code FAIL_ON_UNKNOWN_PROPERTIES} keeps its default), and there is no default typing: the only
 * polymorphism is the {@code "kind"} of a {@code Customer}, with a closed list of names.
 *
 * <p>If a test needs another setting to pass, the library's own documentation is wrong.
 */
public final class CrmJson {

  /** Configured once, thread-safe from then on. */
  public static final ObjectMapper MAPPER = new ObjectMapper().registerModule(new JavaTimeModule());

  private CrmJson() {}

  /**
   * Writes the value and reads it back as {@code type}.
   *
   * @param value the value to write
   * @param type the type to read, e.g. a sealed interface for polymorphic values
   * @return what was read
   */
  public static <T> T roundTrip(T value, Class<T> type) {
    try {
      return MAPPER.readValue(MAPPER.writeValueAsString(value), type);
    } catch (JsonProcessingException e) {
      throw new AssertionError("JSON round trip of " + type.getSimpleName() + " failed", e);
    }
  }

  /**
   * Like {@link #roundTrip(Object, Class)} for generic types such as {@code Page<Customer>}. Writes with
   * the full type too: a {@code Page<Customer>} written as a plain {@code Page} loses the element type to
   * erasure, and Jackson then leaves out the {@code "kind"} of every customer on the page.
   */
  public static <T> T roundTrip(T value, TypeReference<T> type) {
    try {
      return MAPPER.readValue(MAPPER.writerFor(type).writeValueAsString(value), type);
    } catch (JsonProcessingException e) {
      throw new AssertionError("JSON round trip of " + type.getType() + " failed", e);
    }
  }

  /** Writes a value; fails the test if it cannot be written. */
  public static String write(Object value) {
    try {
      return MAPPER.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new AssertionError("cannot write " + value.getClass().getSimpleName() + " as JSON", e);
    }
  }

  /** Writes a value of its own runtime class and reads it back as that class. */
  @SuppressWarnings("unchecked")
  public static <T> T roundTripAsItsClass(T value) {
    return roundTrip(value, (Class<T>) value.getClass());
  }
}
