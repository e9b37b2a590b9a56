package io.github.bankcrm.benchmarks.bulk;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Index;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.hibernate.annotations.ColumnTransformer;

/**
 * The Hibernate peer's mapping of what the adapter stores for a customer: five entities over five
 * tables with the adapter's columns, keys, unique constraint and indexes (foreign keys added by {@link
 * BulkSaveHarness} after Hibernate created the tables), JSON in {@code jsonb} columns.
 */
final class HibernateMapping {

  private HibernateMapping() {}

  /** Every entity class, for the session factory. */
  static final List<Class<?>> ENTITIES =
      List.of(CustomerRow.class, NameRow.class, DocumentRow.class, ChangeRow.class, OutboxRow.class);

  /** The foreign keys the adapter's schema has, for the peer's tables. */
  static final List<String> FOREIGN_KEYS =
      List.of(
          "alter table hib_customer_name add foreign key (customer_id) references hib_customer (id)",
          "alter table hib_identity_document add foreign key (customer_id) references hib_customer (id)",
          "alter table hib_customer_change add foreign key (customer_id) references hib_customer (id)");

  /** A key of a customer's child row: the customer and an ordinal (or version). */
  public static final class ChildKey implements Serializable {
    private static final long serialVersionUID = 1L;
    String customerId;
    long ordinal;

    public ChildKey() {}

    @Override
    public boolean equals(Object other) {
      return other instanceof ChildKey key
          && key.customerId.equals(customerId)
          && key.ordinal == ordinal;
    }

    @Override
    public int hashCode() {
      return Objects.hash(customerId, ordinal);
    }
  }

  @Entity
  @Table(
      name = "hib_customer",
      indexes = {@Index(columnList = "unit_path"), @Index(columnList = "mobile_key")})
  static class CustomerRow {
    @Id
    @Column(length = 40)
    String id;
    @Column(length = 16, nullable = false)
    String kind;
    @Column(nullable = false)
    long version;
    @Column(name = "owning_unit", length = 32, nullable = false)
    String owningUnit;
    @Column(name = "unit_path", length = 1024, nullable = false)
    String unitPath;
    @Column(name = "relationship_manager", length = 64)
    String relationshipManager;
    @Column(name = "kyc_risk_rating", length = 16, nullable = false)
    String kycRiskRating;
    @Column(name = "mobile_key", length = 64)
    String mobileKey;
    @Column(name = "created_at", nullable = false)
    Instant createdAt;
    @Column(name = "updated_at", nullable = false)
    Instant updatedAt;
    @Column(nullable = false, columnDefinition = "jsonb")
    @ColumnTransformer(write = "cast(? as jsonb)")
    String document;

    CustomerRow() {}

    CustomerRow(List<Object> row) {
      id = (String) row.get(0);
      kind = (String) row.get(1);
      version = (Long) row.get(2);
      owningUnit = (String) row.get(3);
      unitPath = (String) row.get(4);
      relationshipManager = (String) row.get(5);
      kycRiskRating = (String) row.get(6);
      mobileKey = (String) row.get(7);
      createdAt = (Instant) row.get(8);
      updatedAt = (Instant) row.get(9);
      document = (String) row.get(10);
    }
  }

  @Entity
  @IdClass(ChildKey.class)
  @Table(name = "hib_customer_name")
  static class NameRow {
    @Id
    @Column(name = "customer_id", length = 40)
    String customerId;
    @Id
    long ordinal;
    @Column(name = "name_key", length = 400, nullable = false)
    String nameKey;

    NameRow() {}

    NameRow(List<Object> row) {
      customerId = (String) row.get(0);
      ordinal = (Integer) row.get(1);
      nameKey = (String) row.get(2);
    }
  }

  @Entity
  @IdClass(ChildKey.class)
  @Table(
      name = "hib_identity_document",
      uniqueConstraints =
          @UniqueConstraint(columnNames = {"document_type", "issuing_country", "lookup_key"}))
  static class DocumentRow {
    @Id
    @Column(name = "customer_id", length = 40)
    String customerId;
    @Id
    long ordinal;
    @Column(name = "document_type", length = 32, nullable = false)
    String documentType;
    @Column(name = "issuing_country", length = 3, nullable = false)
    String issuingCountry;
    @Column(name = "lookup_key", length = 128, nullable = false)
    String lookupKey;
    @Column(name = "stored_number", length = 1024, nullable = false)
    String storedNumber;

    DocumentRow() {}

    DocumentRow(List<Object> row) {
      customerId = (String) row.get(0);
      ordinal = (Integer) row.get(1);
      documentType = (String) row.get(2);
      issuingCountry = (String) row.get(3);
      lookupKey = (String) row.get(4);
      storedNumber = (String) row.get(5);
    }
  }

  @Entity
  @IdClass(ChildKey.class)
  @Table(name = "hib_customer_change")
  static class ChangeRow {
    @Id
    @Column(name = "customer_id", length = 40)
    String customerId;
    @Id
    @Column(name = "version")
    long ordinal;
    @Column(name = "change_type", length = 32, nullable = false)
    String changeType;
    @Column(length = 128, nullable = false)
    String actor;
    @Column(name = "changed_at", nullable = false)
    Instant changedAt;
    @Column(name = "change_record", nullable = false, columnDefinition = "jsonb")
    @ColumnTransformer(write = "cast(? as jsonb)")
    String changeRecord;

    ChangeRow() {}

    ChangeRow(List<Object> row) {
      customerId = (String) row.get(0);
      ordinal = (Long) row.get(1);
      changeType = (String) row.get(2);
      actor = (String) row.get(3);
      changedAt = (Instant) row.get(4);
      changeRecord = (String) row.get(5);
    }
  }

  @Entity
  @Table(name = "hib_outbox")
  static class OutboxRow {
    @Id
    UUID id;
    @Column(
        insertable = false,
        updatable = false,
        columnDefinition = "bigint generated always as identity unique")
    Long ordinal;
    @Column(name = "aggregate_type", length = 40, nullable = false)
    String aggregateType;
    @Column(name = "aggregate_id", length = 64, nullable = false)
    String aggregateId;
    @Column(name = "aggregate_version", nullable = false)
    long aggregateVersion;
    @Column(name = "event_type", length = 80, nullable = false)
    String eventType;
    @Column(nullable = false, columnDefinition = "jsonb")
    @ColumnTransformer(write = "cast(? as jsonb)")
    String payload;
    @Column(name = "occurred_at", nullable = false)
    Instant occurredAt;
    @Column(name = "published_at")
    Instant publishedAt;

    OutboxRow() {}

    OutboxRow(List<Object> row) {
      id = (UUID) row.get(0);
      aggregateType = (String) row.get(1);
      aggregateId = (String) row.get(2);
      aggregateVersion = (Long) row.get(3);
      eventType = (String) row.get(4);
      payload = (String) row.get(5);
      occurredAt = (Instant) row.get(6);
    }
  }
}
