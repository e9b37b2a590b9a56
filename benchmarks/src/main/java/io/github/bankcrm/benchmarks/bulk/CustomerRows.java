package io.github.bankcrm.benchmarks.bulk;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.github.bankcrm.core.customer.Customer;
import io.github.bankcrm.core.customer.CustomerChangeRecord;
import io.github.bankcrm.core.customer.CustomerEvent;
import io.github.bankcrm.core.customer.CustomerUpdate;
import io.github.bankcrm.core.customer.IndividualCustomer;
import io.github.bankcrm.core.identity.IdentityDocument;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * The rows the adapter stores for a registration, made directly from the domain objects, for the
 * contenders that do not go through the adapter (raw COPY, Hibernate): the customer row with its JSON
 * document (identity numbers taken out, as the adapter does), its lower-cased names, its identity
 * documents, its change record and its events. Same columns, same JSON.
 */
record CustomerRows(
    List<Object> customer,
    List<List<Object>> names,
    List<List<Object>> documents,
    List<Object> change,
    List<List<Object>> events) {

  static final List<String> CUSTOMER_COLUMNS =
      List.of(
          "id", "kind", "version", "owning_unit", "unit_path", "relationship_manager",
          "kyc_risk_rating", "mobile_key", "created_at", "updated_at", "document");
  static final List<String> NAME_COLUMNS = List.of("customer_id", "ordinal", "name_key");
  static final List<String> DOCUMENT_COLUMNS =
      List.of("customer_id", "ordinal", "document_type", "issuing_country", "lookup_key", "stored_number");
  static final List<String> CHANGE_COLUMNS =
      List.of("customer_id", "version", "change_type", "actor", "changed_at", "change_record");
  static final List<String> OUTBOX_COLUMNS =
      List.of(
          "id", "aggregate_type", "aggregate_id", "aggregate_version", "event_type", "payload",
          "occurred_at");

  private static final ObjectMapper MAPPER =
      new ObjectMapper()
          .registerModule(new JavaTimeModule())
          .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

  /** The rows of a registration of a person, whose owning unit has the given path. */
  static CustomerRows of(CustomerUpdate update, Map<String, String> unitPaths) {
    IndividualCustomer person = (IndividualCustomer) update.customer();
    String id = person.id().value();
    List<List<Object>> names = new ArrayList<>();
    List<String> keys =
        person.names().stream().map(name -> name.toLowerCase(Locale.ROOT)).distinct().toList();
    for (int i = 0; i < keys.size(); i++) {
      names.add(List.of(id, i, keys.get(i)));
    }
    List<List<Object>> documents = new ArrayList<>();
    List<IdentityDocument> held = person.profile().identityDocuments();
    for (int i = 0; i < held.size(); i++) {
      IdentityDocument d = held.get(i);
      documents.add(
          List.of(id, i, d.type().name(), d.issuingCountry().alpha3(), d.number(), d.number()));
    }
    CustomerChangeRecord record = update.changeRecord();
    List<List<Object>> events = new ArrayList<>();
    for (CustomerEvent event : update.events()) {
      events.add(
          List.of(
              UUID.randomUUID(),
              "Customer",
              id,
              person.version(),
              event.getClass().getSimpleName(),
              write(event, CustomerEvent.class),
              event.occurredAt()));
    }
    List<Object> customer = new ArrayList<>();
    customer.add(id);
    customer.add(person.kind().name());
    customer.add(person.version());
    customer.add(person.owningUnit().value());
    customer.add(unitPaths.get(person.owningUnit().value()));
    customer.add(null);
    customer.add(person.kycRiskRating().name());
    customer.add(person.profile().contact().mobile() == null ? null : person.profile().contact().mobile().value());
    customer.add(person.createdAt());
    customer.add(person.updatedAt());
    customer.add(documentOf(person));
    return new CustomerRows(
        customer,
        names,
        documents,
        List.of(
            id,
            record.version(),
            record.type().name(),
            record.actor().id(),
            record.changedAt(),
            write(record, CustomerChangeRecord.class)),
        events);
  }

  private static String documentOf(Customer customer) {
    JsonNode tree = MAPPER.valueToTree(customer);
    JsonNode documents = tree.path("profile").path("identityDocuments");
    if (documents instanceof ArrayNode array) {
      array.forEach(document -> ((ObjectNode) document).putNull("number"));
    }
    return tree.toString();
  }

  private static String write(Object value, Class<?> type) {
    try {
      return MAPPER.writerFor(type).writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write " + type.getSimpleName(), e);
    }
  }

  /** A value in COPY's text format. */
  static void appendCopyText(StringBuilder text, Object value) {
    if (value == null) {
      text.append("\\N");
    } else if (value instanceof String string) {
      int from = 0;
      for (int i = 0; i < string.length(); i++) {
        char ch = string.charAt(i);
        if (ch == '\\' || ch == '\t' || ch == '\n' || ch == '\r') {
          text.append(string, from, i)
              .append('\\')
              .append(ch == '\\' ? '\\' : ch == '\t' ? 't' : ch == '\n' ? 'n' : 'r');
          from = i + 1;
        }
      }
      text.append(string, from, string.length());
    } else if (value instanceof Instant || value instanceof Number || value instanceof UUID) {
      text.append(value);
    } else {
      throw new IllegalArgumentException("no COPY text for " + value.getClass().getName());
    }
  }
}
