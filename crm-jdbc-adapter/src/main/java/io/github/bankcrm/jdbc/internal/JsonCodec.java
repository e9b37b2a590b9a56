package io.github.bankcrm.jdbc.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.util.TokenBuffer;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;

/**
 * The one {@link ObjectMapper} of the adapter, configured as crm-core documents for its value types:
 * Java time support, no default typing (the only polymorphism is the closed lists of type names on
 * {@code Customer} and the events), unknown properties refused.
 */
public final class JsonCodec {

  /**
   * Trees keep decimals exactly as written ({@code 480000.00} stays {@code 480000.00}): a stored
   * customer is taken apart as a tree to keep document numbers out of it, and must come back equal.
   */
  private static final ObjectMapper MAPPER =
      new ObjectMapper()
          .registerModule(new JavaTimeModule())
          .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
          .configure(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES, false);

  private JsonCodec() {}

  /**
   * Writes a value as the given (possibly polymorphic) type, so its type name is included.
   *
   * @param value the value
   * @param type the declared type, e.g. {@code CustomerEvent.class}
   * @return the JSON text
   */
  public static String write(Object value, Class<?> type) {
    try {
      return MAPPER.writerFor(type).writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write " + type.getSimpleName() + " as JSON", e);
    }
  }

  /**
   * Writes a value as a tree, to strip or replace fields before storing it.
   *
   * @param value the value
   * @param type the declared type
   * @return the tree
   */
  public static JsonNode tree(Object value, Class<?> type) {
    // through a token buffer rather than text: half the work, and decimals kept as the values were
    try (TokenBuffer buffer = new TokenBuffer(MAPPER, false)) {
      MAPPER.writerFor(type).writeValue(buffer, value);
      return MAPPER.readTree(buffer.asParser());
    } catch (IOException e) {
      throw new IllegalStateException("cannot write " + type.getSimpleName() + " as JSON", e);
    }
  }

  /**
   * Parses JSON text into a tree.
   *
   * @param json the text
   * @return the tree
   */
  public static JsonNode readTree(String json) {
    try {
      return MAPPER.readTree(json);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("stored JSON cannot be parsed", e);
    }
  }

  /**
   * Reads stored JSON text.
   *
   * @param json the text
   * @param type the type to read
   * @return the value
   * @throws IllegalStateException if the stored document does not fit the type: a schema or version
   *     mismatch, not an input error
   */
  public static <T> T read(String json, Class<T> type) {
    try {
      return MAPPER.readValue(json, type);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("stored " + type.getSimpleName() + " cannot be read", e);
    }
  }

  /**
   * Reads a tree.
   *
   * @param tree the tree
   * @param type the type to read
   * @return the value
   */
  public static <T> T read(JsonNode tree, Class<T> type) {
    try {
      return MAPPER.treeToValue(tree, type);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("stored " + type.getSimpleName() + " cannot be read", e);
    }
  }
}
