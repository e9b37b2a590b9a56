package io.github.bankcrm.scoring.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.function.Consumer;

/** Edits the default model's JSON tree, to write invalid models without copying the whole document. */
public final class ModelJson {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private ModelJson() {}

  /** The default model as a mutable tree. */
  public static ObjectNode defaultTree() {
    try {
      return (ObjectNode) MAPPER.readTree(ScoringModels.write(ScoringModels.defaultModel()));
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new AssertionError(e);
    }
  }

  /** The default model, edited. */
  public static String defaultWith(Consumer<ObjectNode> edit) {
    ObjectNode tree = defaultTree();
    edit.accept(tree);
    return tree.toString();
  }

  /** The object at a JSON pointer such as {@code /rates/0}. */
  public static ObjectNode at(JsonNode tree, String pointer) {
    return (ObjectNode) tree.at(pointer);
  }
}
