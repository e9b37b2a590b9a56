package io.github.bankcrm.scoring.model;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.github.bankcrm.core.shared.FieldError;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Reads and writes scoring model documents (JSON).
 *
 * <p>Reading is strict: unknown properties, a number where a list belongs, a fraction where an integer
 * belongs, an unknown enum name or trailing content are refused. Jackson stops at the first such
 * structural problem, so those come one at a time; once the document has the right shape, {@link
 * ScoringModel#validate()} reports every remaining problem at once. Decimal numbers are read as {@code
 * BigDecimal}, never as {@code double}: {@code 0.1} in the document is exactly 0.1 in the model.
 */
public final class ScoringModels {

  private static final ObjectMapper MAPPER =
      JsonMapper.builder()
          .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
          .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
          .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
          .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
          .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
          .build();

  private static final String DEFAULT_MODEL = "default-model.json";

  private ScoringModels() {}

  /**
   * Reads and validates a model document.
   *
   * @param json the document
   * @return the model, or every problem found, each with its path and a stable code
   */
  public static Validation<Seq<FieldError>, ScoringModel> load(String json) {
    requireNonNull(json, "json");
    ScoringModel model;
    try {
      model = MAPPER.readValue(json, ScoringModel.class);
    } catch (JsonProcessingException e) {
      return Validation.invalid(List.of(structuralError(e)));
    }
    if (model == null) {
      return Validation.invalid(List.of(FieldError.required("")));
    }
    return model.validate();
  }

  /**
   * The example model shipped with the library ({@code default-model.json}, documented in {@code
   * docs/SCORING.md}): a starting point for a bank's own, not a calibrated model.
   *
   * @return the validated example model
   */
  public static ScoringModel defaultModel() {
    try (InputStream in = ScoringModels.class.getResourceAsStream(DEFAULT_MODEL)) {
      if (in == null) {
        throw new IllegalStateException(DEFAULT_MODEL + " is missing from the crm-scoring jar");
      }
      Validation<Seq<FieldError>, ScoringModel> loaded =
          load(new String(in.readAllBytes(), StandardCharsets.UTF_8));
      if (loaded.isInvalid()) {
        throw new IllegalStateException("the shipped default model is invalid: " + loaded.getError());
      }
      return loaded.get();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + DEFAULT_MODEL, e);
    }
  }

  /**
   * Writes a model as JSON in its canonical form (the form its fingerprint is taken over).
   *
   * @param model the model
   * @return the document
   */
  public static String write(ScoringModel model) {
    return new String(canonicalBytes(model), StandardCharsets.UTF_8);
  }

  static byte[] canonicalBytes(ScoringModel model) {
    requireNonNull(model, "model");
    try {
      return MAPPER.writeValueAsBytes(model);
    } catch (JsonProcessingException e) {
      // records of strings, numbers, enums and lists always serialise
      throw new IllegalStateException("cannot write a scoring model", e);
    }
  }

  private static FieldError structuralError(JsonProcessingException e) {
    if (e instanceof UnrecognizedPropertyException unknown) {
      return new FieldError(
          "unknown_property",
          path(unknown.getPath().subList(0, unknown.getPath().size() - 1), unknown.getPropertyName()),
          "is not a property of the scoring model format");
    }
    if (e instanceof InvalidFormatException invalid) {
      return new FieldError("invalid_value", path(invalid.getPath(), null), "is not a value allowed here");
    }
    if (e instanceof JsonMappingException mapping) {
      return new FieldError(
          "invalid_type", path(mapping.getPath(), null), "does not have the type the format expects");
    }
    JsonLocation at = e.getLocation();
    String where = at == null ? "" : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")";
    return new FieldError("malformed_json", "", "is not well-formed JSON" + where);
  }

  private static String path(java.util.List<JsonMappingException.Reference> references, String last) {
    StringBuilder path = new StringBuilder();
    for (JsonMappingException.Reference reference : references) {
      if (reference.getIndex() >= 0) {
        path.append('[').append(reference.getIndex()).append(']');
      } else if (reference.getFieldName() != null) {
        path.append(path.length() == 0 ? "" : ".").append(reference.getFieldName());
      }
    }
    if (last != null) {
      path.append(path.length() == 0 ? "" : ".").append(last);
    }
    return path.toString();
  }
}
