package io.github.bankcrm.benchmarks.jdbc;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.github.bankcrm.core.customer.CorporateCustomer;
import io.github.bankcrm.core.customer.CustomerFixture;
import io.github.bankcrm.core.customer.CustomerId;
import io.github.bankcrm.core.customer.CustomerUpdate;
import io.github.bankcrm.core.customer.IdentityDocumentForm;
import io.github.bankcrm.core.customer.IndividualCustomer;
import io.github.bankcrm.core.customer.KycRiskRating;
import io.github.bankcrm.core.identity.IdentityDocumentKey;
import io.github.bankcrm.core.identity.IdentityDocumentType;
import io.github.bankcrm.core.identity.ResidentIdNumber;
import io.github.bankcrm.core.identity.UnifiedSocialCreditCode;
import io.github.bankcrm.core.organization.AccessScope;
import io.github.bankcrm.core.organization.OrganizationFixture;
import io.github.bankcrm.core.organization.OrganizationUnit;
import io.github.bankcrm.core.organization.OrganizationUnitId;
import io.github.bankcrm.core.relationship.RelationshipFixture;
import io.github.bankcrm.core.relationship.RelationshipType;
import io.github.bankcrm.core.shared.CountryCode;
import io.github.bankcrm.jdbc.DocumentNumberCipher;
import io.github.bankcrm.jdbc.DocumentNumberProtection;
import io.github.bankcrm.jdbc.JdbcCrm;
import io.vavr.control.Either;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.StringReader;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.function.IntConsumer;
import javax.crypto.KeyGenerator;
import javax.crypto.SecretKey;
import javax.sql.DataSource;
import org.HdrHistogram.Histogram;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * Read latency of the JDBC adapter on an embedded PostgreSQL 14 loaded with {@code customers}
 * customers (default 1 000 000) and twice as many relationships: find-by-ID, find-by-document
 * (numbers encrypted, looked up by blind index) and the household query, each through the adapter and
 * as a plain hand-written JDBC query (the peer), measured one after the other in the same run with
 * HdrHistogram; then the plan of each adapter query, logged by PostgreSQL's {@code auto_explain}. Not
 * JMH: a database round trip per operation is the measurement.
 *
 * <p>The data is loaded with {@code COPY} directly, not through the adapter: a few template customers
 * and relationships are saved through the ports, and their stored rows are copied with the numbers,
 * units, documents and identity numbers changed. Blocks of five customers (four people, one company)
 * in one of three sub-branches carry ten relationships each: the couple, four parent/child ties, two
 * stakes and a legal representative and a guarantee in the family's company, and a supply-chain tie
 * from the company to the next block's company.
 *
 * <pre>{@code
 * ./mvnw -q -B -pl benchmarks -am package -DskipTests
 * cd benchmarks && java -Xmx4g -cp target/benchmarks.jar \
 *     io.github.bankcrm.benchmarks.jdbc.ReadLatencyHarness 1000000 20000 20261201
 * }</pre>
 */
public final class ReadLatencyHarness {

  private static final LocalDate DAY = LocalDate.of(2026, 11, 23);
  private static final int BLOCK = 5;
  private static final int RELATIONSHIPS_PER_BLOCK = 10;
  private static final int COPY_CHUNK = 50_000;
  private static final List<OrganizationUnitId> UNITS =
      List.of(OrganizationFixture.BJ01, OrganizationFixture.BJ02, OrganizationFixture.SH01);
  private static final AccessScope BEIJING = OrganizationFixture.scopeOf("BJ");
  // every generated person is born on this day, and all sequence numbers are even (women), so that
  // the template's profile agrees with every number
  private static final String BIRTH_DATE = "19800101";

  private ReadLatencyHarness() {}

  /**
   * Runs the harness.
   *
   * @param args customers (default 1 000 000, a multiple of 5), measured samples per operation
   *     (default 20 000), seed (default 20261201)
   * @throws Exception if the database cannot be started or loaded
   */
  public static void main(String[] args) throws Exception {
    int customers = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
    int samples = args.length > 1 ? Integer.parseInt(args[1]) : 20_000;
    long seed = args.length > 2 ? Long.parseLong(args[2]) : 20261201L;
    if (customers % BLOCK != 0 || customers < 2 * BLOCK) {
      throw new IllegalArgumentException("customers must be a multiple of 5, at least 10");
    }
    printMachine("start");
    Path work = Path.of("target", "read-latency").toAbsolutePath();
    Files.createDirectories(work);
    Path log = work.resolve("postgres.log");
    Files.deleteIfExists(log);
    try (EmbeddedPostgres server =
        EmbeddedPostgres.builder()
            .setServerConfig("shared_buffers", "512MB")
            .setServerConfig("max_wal_size", "4GB")
            .setServerConfig("logging_collector", "on")
            .setServerConfig("log_directory", work.toString())
            .setServerConfig("log_filename", "postgres.log")
            .start()) {
      DocumentNumberProtection protection =
          DocumentNumberProtection.encrypted(
              DocumentNumberCipher.aesGcm(key("AES", 128)), key("HmacSHA256", 256));
      try (HikariDataSource pool = pool(server.getPostgresDatabase(), null)) {
        JdbcCrm.migrate(pool);
        JdbcCrm crm = JdbcCrm.on(pool, protection);
        long loadStart = System.nanoTime();
        new Load(pool, crm, protection, customers).run();
        System.out.printf(
            Locale.ROOT,
            "loaded %,d customers and %,d relationships in %.0f s (COPY, then VACUUM ANALYZE)%n",
            customers,
            customers / BLOCK * RELATIONSHIPS_PER_BLOCK,
            (System.nanoTime() - loadStart) / 1e9);
        printMachine("loaded");
        new Measurement(pool, crm, protection, customers, samples, seed).run();
        printMachine("measured");
      }
      // the plans: each adapter query once more on connections that log their plan
      try (HikariDataSource explaining = pool(server.getPostgresDatabase(), EXPLAIN_SETTINGS)) {
        JdbcCrm crm = JdbcCrm.on(explaining, protection);
        String person = customerId(0);
        explain(log, "find-by-ID", () -> crm.customers().findById(BEIJING, CustomerId.of(person)));
        explain(
            log,
            "household",
            () -> crm.relationships().household(BEIJING, CustomerId.of(person), DAY));
        explain(
            log,
            "find-by-document",
            () ->
                crm.customers()
                    .findByIdentityDocument(
                        BEIJING,
                        new IdentityDocumentKey(
                            IdentityDocumentType.RESIDENT_ID_CARD, residentId(0), CountryCode.CHINA)));
      }
    }
  }

  private static final String EXPLAIN_SETTINGS =
      "load 'auto_explain'; set auto_explain.log_min_duration = 0;"
          + " set auto_explain.log_analyze = on; set auto_explain.log_buffers = on;"
          + " set auto_explain.log_timing = on; set auto_explain.log_nested_statements = on";

  private static HikariDataSource pool(DataSource unpooled, String initSql) {
    HikariConfig config = new HikariConfig();
    config.setDataSource(unpooled);
    config.setMaximumPoolSize(4);
    config.setPoolName("read-latency");
    if (initSql != null) {
      config.setConnectionInitSql(initSql);
    }
    return new HikariDataSource(config);
  }

  private static SecretKey key(String algorithm, int bits) throws Exception {
    KeyGenerator generator = KeyGenerator.getInstance(algorithm);
    generator.init(bits);
    return generator.generateKey();
  }

  private static void printMachine(String when) {
    System.out.printf(
        Locale.ROOT,
        "[%s] java %s, %d processors, max heap %d MiB, load average %.2f%n",
        when,
        Runtime.version(),
        Runtime.getRuntime().availableProcessors(),
        Runtime.getRuntime().maxMemory() >> 20,
        ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
  }

  static String customerId(int index) {
    return String.format(Locale.ROOT, "C%07d", index);
  }

  /** A valid 18-digit resident number, unique per person index. */
  static String residentId(int index) {
    String region = Integer.toString(100_000 + index / 400);
    String sequence = String.format(Locale.ROOT, "%03d", 2 * (index % 400) + 100);
    return withCheckCharacter(region + BIRTH_DATE + sequence);
  }

  /** GB 11643: the first 17 digits with their check character. */
  private static String withCheckCharacter(String first17) {
    return first17 + ResidentIdNumber.checkCharacter(first17);
  }

  /** GB 32100: the first 17 characters of a credit code with their check character. */
  private static String withCreditCodeCheck(String first17) {
    return first17 + UnifiedSocialCreditCode.checkCharacter(first17);
  }

  private static void explain(Path log, String operation, Runnable query) throws Exception {
    long before = Files.exists(log) ? Files.size(log) : 0;
    query.run();
    Thread.sleep(500);
    byte[] all = Files.readAllBytes(log);
    String added = new String(all, (int) before, all.length - (int) before, StandardCharsets.UTF_8);
    System.out.println("=== plans of " + operation + " (auto_explain, analyze, buffers) ===");
    System.out.println(added.strip());
  }

  /** The data: templates saved through the ports, copied with COPY. */
  private static final class Load {
    private final DataSource dataSource;
    private final JdbcCrm crm;
    private final DocumentNumberProtection protection;
    private final int customers;
    private final Map<OrganizationUnitId, String> paths = new LinkedHashMap<>();

    Load(DataSource dataSource, JdbcCrm crm, DocumentNumberProtection protection, int customers) {
      this.dataSource = dataSource;
      this.crm = crm;
      this.protection = protection;
      this.customers = customers;
    }

    void run() throws SQLException, IOException {
      for (OrganizationUnit unit : OrganizationFixture.units()) {
        crm.organizationUnits().add(unit).getOrElseThrow(error -> new IllegalStateException(error.message()));
      }
      saveTemplates();
      try (Connection c = dataSource.getConnection()) {
        for (OrganizationUnitId unit : UNITS) {
          paths.put(unit, row(c, "select path from crm_organization_unit where id = ?", unit.value()).get(0));
        }
        CopyManager copy = c.unwrap(PGConnection.class).getCopyAPI();
        copyCustomers(c, copy);
        copyRelationships(c, copy);
        c.setAutoCommit(true);
        try (Statement statement = c.createStatement()) {
          statement.execute("vacuum analyze");
        }
      }
    }

    private void saveTemplates() {
      // numbers starting with P are people for RelationshipFixture
      for (int n = 1; n <= 3; n++) {
        String number = withCheckCharacter("11010" + n + BIRTH_DATE + "002");
        saved(
            IndividualCustomer.register(
                CustomerId.of("P-TPL-" + n),
                CustomerFixture.individualForm(number, "张伟明", "13912345678")
                    .withIdentityDocuments(List.of(IdentityDocumentForm.residentIdCard(number))),
                OrganizationFixture.BJ01,
                null,
                KycRiskRating.LOW,
                CustomerFixture.TELLER,
                CustomerFixture.NOW));
      }
      for (int n = 1; n <= 2; n++) {
        saved(
            CorporateCustomer.register(
                CustomerId.of("K-TPL-" + n),
                CustomerFixture.corporateForm(withCreditCodeCheck("91350100M00010" + n + "Y4"), "福州星海贸易有限公司"),
                OrganizationFixture.BJ01,
                null,
                KycRiskRating.LOW,
                CustomerFixture.TELLER,
                CustomerFixture.NOW));
      }
      relationship("R-TPL-SP", "P-TPL-1", RelationshipType.SPOUSE, "P-TPL-2", null);
      relationship("R-TPL-PC", "P-TPL-1", RelationshipType.PARENT_CHILD, "P-TPL-3", null);
      relationship("R-TPL-S60", "P-TPL-1", RelationshipType.SHAREHOLDING, "K-TPL-1", "60");
      relationship("R-TPL-S30", "P-TPL-2", RelationshipType.SHAREHOLDING, "K-TPL-1", "30");
      relationship("R-TPL-LR", "P-TPL-1", RelationshipType.LEGAL_REPRESENTATIVE, "K-TPL-1", null);
      relationship("R-TPL-GU", "P-TPL-1", RelationshipType.GUARANTEE, "K-TPL-1", null);
      relationship("R-TPL-SC", "K-TPL-1", RelationshipType.SUPPLY_CHAIN, "K-TPL-2", null);
    }

    private void saved(Either<?, CustomerUpdate> registration) {
      CustomerUpdate update = registration.getOrElseThrow(e -> new IllegalStateException("template refused: " + e));
      crm.customers()
          .save(AccessScope.unrestricted(), update)
          .getOrElseThrow(e -> new IllegalStateException("template refused: " + e.message()));
    }

    private void relationship(String id, String from, RelationshipType type, String to, String percentage) {
      crm.relationships()
          .save(
              AccessScope.unrestricted(),
              RelationshipFixture.established(
                  id, RelationshipFixture.form(CustomerId.of(from), type, CustomerId.of(to), percentage)))
          .getOrElseThrow(e -> new IllegalStateException("template refused: " + e.message()));
    }

    private static final String CUSTOMER_COLUMNS =
        "id, kind, version, owning_unit, unit_path, relationship_manager, kyc_risk_rating, mobile_key,"
            + " created_at, updated_at, document";

    private void copyCustomers(Connection c, CopyManager copy) throws SQLException, IOException {
      List<String> person = row(c, "select " + CUSTOMER_COLUMNS + " from crm_customer where id = ?", "P-TPL-1");
      List<String> company = row(c, "select " + CUSTOMER_COLUMNS + " from crm_customer where id = ?", "K-TPL-1");
      List<String> document =
          row(
              c,
              "select ordinal, document_type, issuing_country from crm_identity_document where customer_id = ?",
              "P-TPL-1");
      StringBuilder rows = new StringBuilder();
      StringBuilder documents = new StringBuilder();
      for (int i = 0; i < customers; i++) {
        int block = i / BLOCK;
        OrganizationUnitId unit = UNITS.get(block % UNITS.size());
        String id = customerId(i);
        boolean isCompany = i % BLOCK == BLOCK - 1;
        List<String> template = new ArrayList<>(isCompany ? company : person);
        String mobile = String.format(Locale.ROOT, "139%08d", i);
        template.set(0, id);
        template.set(3, unit.value());
        template.set(4, paths.get(unit));
        if (template.get(7) != null) {
          template.set(7, template.get(7).replace("13912345678", mobile));
        }
        template.set(
            10,
            template
                .get(10)
                .replace(isCompany ? "\"K-TPL-1\"" : "\"P-TPL-1\"", "\"" + id + "\"")
                .replace("\"BJ01\"", "\"" + unit.value() + "\"")
                .replace("13912345678", mobile));
        csv(rows, template);
        if (!isCompany) {
          String number = residentId(i);
          csv(
              documents,
              List.of(
                  id,
                  document.get(0),
                  document.get(1),
                  document.get(2),
                  protection.lookupKey(IdentityDocumentType.RESIDENT_ID_CARD, CountryCode.CHINA, number),
                  protection.seal(number)));
        }
        if ((i + 1) % COPY_CHUNK == 0 || i == customers - 1) {
          copy.copyIn("copy crm_customer (" + CUSTOMER_COLUMNS + ") from stdin (format csv)", new StringReader(rows.toString()));
          copy.copyIn(
              "copy crm_identity_document (customer_id, ordinal, document_type, issuing_country, lookup_key,"
                  + " stored_number) from stdin (format csv)",
              new StringReader(documents.toString()));
          rows.setLength(0);
          documents.setLength(0);
        }
      }
    }

    private static final String RELATIONSHIP_COLUMNS =
        "id, version, from_customer, from_kind, to_customer, to_kind, relationship_type,"
            + " ownership_percentage, valid_from, valid_to, state, created_at, updated_at, document";

    private void copyRelationships(Connection c, CopyManager copy) throws SQLException, IOException {
      String select = "select " + RELATIONSHIP_COLUMNS + " from crm_relationship where id = ?";
      Map<String, List<String>> templates = new LinkedHashMap<>();
      for (String id :
          List.of("R-TPL-SP", "R-TPL-PC", "R-TPL-S60", "R-TPL-S30", "R-TPL-LR", "R-TPL-GU", "R-TPL-SC")) {
        templates.put(id, row(c, select, id));
      }
      int blocks = customers / BLOCK;
      StringBuilder rows = new StringBuilder();
      IntConsumer flush =
          last -> {
            try {
              copy.copyIn(
                  "copy crm_relationship (" + RELATIONSHIP_COLUMNS + ") from stdin (format csv)",
                  new StringReader(rows.toString()));
            } catch (SQLException | IOException e) {
              throw new IllegalStateException("COPY of relationships failed", e);
            }
            rows.setLength(0);
          };
      for (int block = 0; block < blocks; block++) {
        int a = block * BLOCK;
        int k = a + 4;
        int nextCompany = ((block + 1) % blocks) * BLOCK + 4;
        long serial = (long) block * RELATIONSHIPS_PER_BLOCK;
        copied(rows, templates.get("R-TPL-SP"), serial, a, a + 1);
        copied(rows, templates.get("R-TPL-PC"), serial + 1, a, a + 2);
        copied(rows, templates.get("R-TPL-PC"), serial + 2, a + 1, a + 2);
        copied(rows, templates.get("R-TPL-PC"), serial + 3, a, a + 3);
        copied(rows, templates.get("R-TPL-PC"), serial + 4, a + 1, a + 3);
        copied(rows, templates.get("R-TPL-S60"), serial + 5, a, k);
        copied(rows, templates.get("R-TPL-S30"), serial + 6, a + 1, k);
        copied(rows, templates.get("R-TPL-LR"), serial + 7, a, k);
        copied(rows, templates.get("R-TPL-GU"), serial + 8, a, k);
        copied(rows, templates.get("R-TPL-SC"), serial + 9, k, nextCompany);
        if ((block + 1) % (COPY_CHUNK / RELATIONSHIPS_PER_BLOCK) == 0 || block == blocks - 1) {
          flush.accept(block);
        }
      }
    }

    /** A template relationship with its number and both customers replaced. */
    private static void copied(StringBuilder rows, List<String> template, long serial, int from, int to) {
      List<String> row = new ArrayList<>(template);
      String id = String.format(Locale.ROOT, "R%08d", serial);
      String oldId = row.get(0);
      String oldFrom = row.get(2);
      String oldTo = row.get(4);
      row.set(0, id);
      row.set(2, customerId(from));
      row.set(4, customerId(to));
      row.set(
          13,
          row.get(13)
              .replace("\"" + oldId + "\"", "\"" + id + "\"")
              .replace("\"" + oldFrom + "\"", "\"" + customerId(from) + "\"")
              .replace("\"" + oldTo + "\"", "\"" + customerId(to) + "\""));
      csv(rows, row);
    }

    private static void csv(StringBuilder rows, List<String> values) {
      for (int i = 0; i < values.size(); i++) {
        if (i > 0) {
          rows.append(',');
        }
        String value = values.get(i);
        if (value != null) {
          rows.append('"').append(value.replace("\"", "\"\"")).append('"');
        }
      }
      rows.append('\n');
    }

    private static List<String> row(Connection c, String sql, String key) throws SQLException {
      try (PreparedStatement statement = c.prepareStatement(sql)) {
        statement.setString(1, key);
        try (ResultSet rows = statement.executeQuery()) {
          if (!rows.next()) {
            throw new IllegalStateException("no template row " + key);
          }
          List<String> values = new ArrayList<>();
          for (int i = 1; i <= rows.getMetaData().getColumnCount(); i++) {
            values.add(rows.getString(i));
          }
          return values;
        }
      }
    }
  }

  /** The operations, adapter and peer, measured one after the other. */
  private static final class Measurement {
    private final DataSource dataSource;
    private final JdbcCrm crm;
    private final DocumentNumberProtection protection;
    private final int customers;
    private final int samples;
    private final long seed;

    Measurement(
        DataSource dataSource,
        JdbcCrm crm,
        DocumentNumberProtection protection,
        int customers,
        int samples,
        long seed) {
      this.dataSource = dataSource;
      this.crm = crm;
      this.protection = protection;
      this.customers = customers;
      this.samples = samples;
      this.seed = seed;
    }

    /** A random customer of a Beijing sub-branch (blocks 0 and 1 of every three). */
    private int beijingCustomer(Random random, boolean person) {
      while (true) {
        int index = random.nextInt(customers);
        boolean beijing = (index / BLOCK) % UNITS.size() != 2;
        boolean isPerson = index % BLOCK != BLOCK - 1;
        if (beijing && (!person || isPerson)) {
          return index;
        }
      }
    }

    void run() throws SQLException {
      System.out.printf(
          Locale.ROOT,
          "%-44s %10s %10s %10s %10s %10s%n",
          "operation (scope BJ: 2 of 3 sub-branches)",
          "p50 µs",
          "p99 µs",
          "p99.9 µs",
          "max µs",
          "mean µs");
      measure(
          "find-by-ID, adapter (JSON read, number decrypted)",
          false,
          i -> require(crm.customers().findById(BEIJING, CustomerId.of(customerId(i))).isPresent()));
      measure("find-by-ID, peer (plain JDBC, rows only)", false, this::peerFindById);
      measure(
          "find-by-document, adapter (blind index)",
          true,
          i ->
              require(
                  crm.customers()
                      .findByIdentityDocument(
                          BEIJING,
                          new IdentityDocumentKey(
                              IdentityDocumentType.RESIDENT_ID_CARD, residentId(i), CountryCode.CHINA))
                      .isPresent()));
      measure("find-by-document, peer (plain JDBC, HMAC + row)", true, this::peerFindByDocument);
      measure(
          "household, adapter (recursive SQL, scoped)",
          true,
          i ->
              require(
                  crm.relationships()
                          .household(BEIJING, CustomerId.of(customerId(i)), DAY)
                          .get()
                          .members()
                          .size()
                      == 4));
      measure(
          "household, adapter, unrestricted scope",
          true,
          i ->
              require(
                  crm.relationships()
                          .household(AccessScope.unrestricted(), CustomerId.of(customerId(i)), DAY)
                          .get()
                          .members()
                          .size()
                      == 4));
      measure("household, peer (plain recursive CTE)", true, this::peerHousehold);
    }

    private static void require(boolean found) {
      if (!found) {
        throw new IllegalStateException("a lookup found nothing: the load and the harness disagree");
      }
    }

    private void measure(String operation, boolean person, IntConsumer lookup) {
      Random random = new Random(seed);
      int warmUp = Math.max(1_000, samples / 10);
      for (int i = 0; i < warmUp; i++) {
        lookup.accept(beijingCustomer(random, person));
      }
      Histogram histogram = new Histogram(60_000_000_000L, 3);
      for (int i = 0; i < samples; i++) {
        int customer = beijingCustomer(random, person);
        long start = System.nanoTime();
        lookup.accept(customer);
        histogram.recordValue(System.nanoTime() - start);
      }
      System.out.printf(
          Locale.ROOT,
          "%-44s %10.0f %10.0f %10.0f %10.0f %10.0f%n",
          operation,
          histogram.getValueAtPercentile(50) / 1e3,
          histogram.getValueAtPercentile(99) / 1e3,
          histogram.getValueAtPercentile(99.9) / 1e3,
          histogram.getMaxValue() / 1e3,
          histogram.getMean() / 1e3);
    }

    private void peerFindById(int index) {
      query(
          "select c.document::text, d.stored_number from crm_customer c"
              + " left join crm_identity_document d on d.customer_id = c.id where c.id = ?",
          statement -> statement.setString(1, customerId(index)));
    }

    private void peerFindByDocument(int index) {
      String key =
          protection.lookupKey(IdentityDocumentType.RESIDENT_ID_CARD, CountryCode.CHINA, residentId(index));
      query(
          "select c.document::text, d.stored_number from crm_identity_document d"
              + " join crm_customer c on c.id = d.customer_id"
              + " where d.document_type = ? and d.issuing_country = ? and d.lookup_key = ?",
          statement -> {
            statement.setString(1, IdentityDocumentType.RESIDENT_ID_CARD.name());
            statement.setString(2, CountryCode.CHINA.alpha3());
            statement.setString(3, key);
          });
    }

    private void peerHousehold(int index) {
      int found =
          query(
              "with recursive h (id) as (select cast(? as varchar(40)) collate \"C\" union select"
                  + " case when r.from_customer = h.id then r.to_customer else r.from_customer end"
                  + " from h join crm_relationship r on (r.from_customer = h.id or r.to_customer = h.id)"
                  + " where r.relationship_type in ('SPOUSE', 'PARENT_CHILD') and r.state = 'ACTIVE'"
                  + " and r.valid_from <= ? and (r.valid_to is null or r.valid_to >= ?)) select id from h",
              statement -> {
                statement.setString(1, customerId(index));
                statement.setObject(2, DAY);
                statement.setObject(3, DAY);
              });
      require(found == 4);
    }

    @FunctionalInterface
    private interface Binding {
      void bind(PreparedStatement statement) throws SQLException;
    }

    /** Runs a query on a pooled connection, reads every row, and returns how many there were. */
    private int query(String sql, Binding binding) {
      try (Connection c = dataSource.getConnection();
          PreparedStatement statement = c.prepareStatement(sql)) {
        binding.bind(statement);
        int rows = 0;
        try (ResultSet result = statement.executeQuery()) {
          while (result.next()) {
            result.getString(1);
            rows++;
          }
        }
        require(rows > 0);
        return rows;
      } catch (SQLException e) {
        throw new IllegalStateException("peer query failed", e);
      }
    }
  }
}
