package io.github.bankcrm.examples.cli;

import io.github.bankcrm.core.customer.CorporateCustomer;
import io.github.bankcrm.core.customer.CorporateProfileForm;
import io.github.bankcrm.core.customer.Customer;
import io.github.bankcrm.core.customer.CustomerError;
import io.github.bankcrm.core.customer.CustomerId;
import io.github.bankcrm.core.customer.CustomerUpdate;
import io.github.bankcrm.core.customer.EnterpriseSize;
import io.github.bankcrm.core.customer.IdentityDocumentForm;
import io.github.bankcrm.core.customer.IndividualCustomer;
import io.github.bankcrm.core.customer.IndividualProfileForm;
import io.github.bankcrm.core.customer.KycRiskRating;
import io.github.bankcrm.core.identity.Gender;
import io.github.bankcrm.core.identity.IdentityDocument;
import io.github.bankcrm.core.identity.IdentityDocumentType;
import io.github.bankcrm.core.organization.OrganizationUnitId;
import io.github.bankcrm.core.organization.RelationshipManagerId;
import io.github.bankcrm.core.shared.Actor;
import io.github.bankcrm.core.shared.FieldError;
import io.vavr.control.Either;
import io.vavr.control.Validation;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/**
 * The customer CSV format of {@code bank-crm import} and {@code generate} (docs/CLI.md): RFC 4180, UTF-8,
 * a header row naming the columns in any order, one customer a row, individuals and companies mixed.
 * A row becomes a registration through the customer aggregate itself, so a row is refused for exactly
 * the reasons the SDK refuses a registration, each with the field, a stable code and a message that
 * never repeats the value.
 */
final class CustomerCsv {

  /** Every column; {@code customer_number}, {@code kind}, {@code name} and {@code unit} are required. */
  static final List<String> COLUMNS = List.of(
      "customer_number", "kind", "name", "unit", "manager", "kyc_risk",
      "id_type", "id_number", "id_country", "id_valid_from", "id_valid_until", "birth_date", "gender", "mobile",
      "registration_date", "registered_capital", "legal_representative", "business_scope",
      "industry_code", "industry_name", "enterprise_size");
  static final List<String> REQUIRED = List.of("customer_number", "kind", "name", "unit");

  private static final CSVFormat READ = CSVFormat.RFC4180.builder()
      .setHeader().setSkipHeaderRecord(true).setIgnoreEmptyLines(true).setTrim(true).get();
  private static final CSVFormat WRITE = CSVFormat.RFC4180.builder()
      .setHeader(COLUMNS.toArray(String[]::new)).setRecordSeparator("\n").get();

  private CustomerCsv() {}

  /** A row of the file: a registration ready to save, or the reasons it was refused. */
  sealed interface Row permits Accepted, Refused {
    /** The line the row starts on, counting the header as line 1. */
    long line();
  }

  /** A good row. */
  record Accepted(long line, CustomerUpdate registration) implements Row {}

  /** A bad row and every reason, none repeating a value. */
  record Refused(long line, List<String> reasons) implements Row {}

  /**
   * Reads a file.
   *
   * @param file the CSV file
   * @param actor who registers
   * @param now when
   * @return a row per record, in file order
   * @throws InputProblem if the file is missing or its header lacks a required column or has an unknown one
   */
  static List<Row> read(Path file, Actor actor, Instant now) {
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      throw new InputProblem(file + ": no such file");
    } catch (IOException e) {
      throw new InputProblem(file + ": cannot be read as UTF-8 text (" + e.getClass().getSimpleName() + ")", e);
    }
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    int[] lineStarts = lineStarts(text);
    try (CSVParser parser = CSVParser.parse(new StringReader(text), READ)) {
      List<String> header = parser.getHeaderNames();
      List<String> missing = REQUIRED.stream().filter(column -> !header.contains(column)).toList();
      List<String> unknown = header.stream().filter(column -> !COLUMNS.contains(column)).toList();
      if (!missing.isEmpty() || !unknown.isEmpty()) {
        throw new InputProblem(file + ": the header "
            + (missing.isEmpty() ? "" : "lacks " + missing + (unknown.isEmpty() ? "" : " and "))
            + (unknown.isEmpty() ? "" : "has unknown columns " + unknown) + "; the columns are " + COLUMNS);
      }
      List<Row> rows = new ArrayList<>();
      Set<String> numbers = new HashSet<>();
      for (CSVRecord record : parser) {
        long line = lineOf(lineStarts, record.getCharacterPosition());
        rows.add(row(record, line, header.size(), numbers, actor, now));
      }
      return rows;
    } catch (IOException | java.io.UncheckedIOException e) {
      throw new InputProblem(file + ": not a CSV file (" + e.getClass().getSimpleName() + ")", e);
    }
  }

  private static Row row(CSVRecord record, long line, int columns, Set<String> numbers, Actor actor, Instant now) {
    if (record.size() != columns) {
      return new Refused(line, List.of(reason(new FieldError("field_count", "row", "has " + record.size() + " fields, the header " + columns))));
    }
    Fields fields = new Fields(record);
    CustomerId id = fields.parsed("customer_number", CustomerId::parse);
    OrganizationUnitId unit = fields.parsed("unit", OrganizationUnitId::parse);
    RelationshipManagerId manager = fields.parsed("manager", RelationshipManagerId::parse);
    KycRiskRating kyc = fields.constant("kyc_risk", KycRiskRating.class);
    String kind = fields.text("kind");
    if (id != null && !numbers.add(id.value())) {
      fields.reasons.add(reason(new FieldError("duplicate_in_file", "customer_number", "appears on an earlier row")));
    }
    Either<CustomerError, CustomerUpdate> registration = null;
    if ("INDIVIDUAL".equals(kind)) {
      IndividualProfileForm form = individual(fields);
      if (!fields.reasons.isEmpty()) {
        fields.addAll(form.validate());
      } else {
        registration = IndividualCustomer.register(id, form, unit, manager, kyc == null ? KycRiskRating.UNRATED : kyc,
            actor, now);
      }
    } else if ("CORPORATE".equals(kind)) {
      CorporateProfileForm form = corporate(fields);
      if (!fields.reasons.isEmpty()) {
        fields.addAll(form.validate());
      } else {
        registration = CorporateCustomer.register(id, form, unit, manager, kyc == null ? KycRiskRating.UNRATED : kyc,
            actor, now);
      }
    } else {
      fields.reasons.add(reason(kind == null ? FieldError.required("kind") : FieldError.invalidFormat("kind", "INDIVIDUAL or CORPORATE")));
    }
    if (registration == null) {
      return new Refused(line, fields.reasons);
    }
    return registration.fold(error -> new Refused(line, reasons(error)), update -> new Accepted(line, update));
  }

  private static IndividualProfileForm individual(Fields fields) {
    var form = IndividualProfileForm.builder().legalName(fields.text("name"));
    IdentityDocumentType type = fields.constant("id_type", IdentityDocumentType.class);
    String number = fields.text("id_number");
    if (type != null || number != null) {
      form.addIdentityDocuments(type == IdentityDocumentType.RESIDENT_ID_CARD && fields.text("id_country") == null
          ? IdentityDocumentForm.residentIdCard(number)
          : new IdentityDocumentForm(type, number, fields.text("id_country"), fields.date("id_valid_from"),
              fields.date("id_valid_until")));
    }
    return form.birthDate(fields.date("birth_date"))
        .gender(fields.constant("gender", Gender.class))
        .mobile(fields.text("mobile"))
        .build();
  }

  private static CorporateProfileForm corporate(Fields fields) {
    String type = fields.text("id_type");
    if (type != null && !type.equals("USCC")) {
      fields.reasons.add(reason(FieldError.invalidFormat("id_type", "USCC for a company")));
    }
    return CorporateProfileForm.builder()
        .registeredName(fields.text("name"))
        .unifiedSocialCreditCode(fields.text("id_number"))
        .registrationDate(fields.date("registration_date"))
        .registeredCapital(fields.decimal("registered_capital"))
        .legalRepresentative(fields.text("legal_representative"))
        .businessScope(fields.text("business_scope"))
        .industryCode(fields.text("industry_code"))
        .industryName(fields.text("industry_name"))
        .enterpriseSize(fields.constant("enterprise_size", EnterpriseSize.class))
        .build();
  }

  private static List<String> reasons(CustomerError error) {
    if (error instanceof CustomerError.InvalidCustomerData invalid) {
      return invalid.errors().stream().map(CustomerCsv::reason).toList();
    }
    return List.of(error.message() + " [" + error.code() + "]");
  }

  static String reason(FieldError error) {
    return error.path() + ": " + error.message() + " [" + error.code() + "]";
  }

  /**
   * Writes customers in the format.
   *
   * @param out where to write
   * @return a printer; the caller closes it
   */
  static CSVPrinter printer(Writer out) {
    try {
      return new CSVPrinter(out, WRITE);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * One customer as a row.
   *
   * @param printer the printer
   * @param customer the customer
   */
  static void print(CSVPrinter printer, Customer customer) {
    String[] row = new String[COLUMNS.size()];
    Arrays.fill(row, "");
    put(row, "customer_number", customer.id().value());
    put(row, "kind", customer.kind().name());
    put(row, "unit", customer.owningUnit().value());
    put(row, "manager", customer.relationshipManager() == null ? "" : customer.relationshipManager().value());
    put(row, "kyc_risk", customer.kycRiskRating().name());
    if (customer instanceof IndividualCustomer person) {
      put(row, "name", person.profile().name().legalName());
      IdentityDocument document = person.profile().identityDocuments().get(0);
      put(row, "id_type", document.type().name());
      put(row, "id_number", document.number());
      put(row, "id_country", document.issuingCountry().alpha3());
      put(row, "id_valid_from", text(document.validFrom()));
      put(row, "id_valid_until", text(document.validUntil()));
      put(row, "birth_date", text(person.profile().birthDate()));
      put(row, "gender", person.profile().gender().name());
      put(row, "mobile", person.profile().contact().mobile() == null ? "" : person.profile().contact().mobile().value());
    } else if (customer instanceof CorporateCustomer company) {
      put(row, "name", company.profile().registeredName());
      put(row, "id_type", "USCC");
      put(row, "id_number", company.profile().creditCode().value());
      put(row, "registration_date", text(company.profile().licence().registrationDate()));
      put(row, "registered_capital", company.profile().licence().registeredCapital().amount().toPlainString());
      put(row, "legal_representative", company.profile().licence().legalRepresentative());
      put(row, "business_scope", company.profile().licence().businessScope());
      put(row, "industry_code", company.profile().industry().code());
      put(row, "industry_name", company.profile().industry().name());
      put(row, "enterprise_size", company.profile().size().name());
    }
    try {
      printer.printRecord((Object[]) row);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void put(String[] row, String column, String value) {
    row[COLUMNS.indexOf(column)] = value;
  }

  private static String text(LocalDate day) {
    return day == null ? "" : day.toString();
  }

  private static int[] lineStarts(String text) {
    List<Integer> starts = new ArrayList<>();
    starts.add(0);
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == '\n') {
        starts.add(i + 1);
      }
    }
    return starts.stream().mapToInt(Integer::intValue).toArray();
  }

  private static long lineOf(int[] lineStarts, long position) {
    int index = Arrays.binarySearch(lineStarts, (int) position);
    return (index >= 0 ? index : -index - 2) + 1;
  }

  /** The fields of one row, collecting every problem with a typed column. */
  private static final class Fields {
    final CSVRecord record;
    final List<String> reasons = new ArrayList<>();

    Fields(CSVRecord record) {
      this.record = record;
    }

    /** Adds the form's own refusals to the column problems, so a bad row lists every reason at once. */
    void addAll(Validation<io.vavr.collection.Seq<FieldError>, ?> form) {
      if (form.isInvalid()) {
        form.getError().forEach(error -> reasons.add(reason(error)));
      }
    }

    String text(String column) {
      if (!record.isMapped(column)) {
        return null;
      }
      String value = record.get(column);
      return value == null || value.isEmpty() ? null : value;
    }

    <T> T parsed(String column, Function<String, Validation<FieldError, T>> parse) {
      String value = text(column);
      if (value == null) {
        if (REQUIRED.contains(column)) {
          reasons.add(reason(FieldError.required(column)));
        }
        return null;
      }
      Validation<FieldError, T> result = parse.apply(value);
      if (result.isInvalid()) {
        reasons.add(reason(new FieldError(result.getError().code(), column, result.getError().message())));
        return null;
      }
      return result.get();
    }

    <E extends Enum<E>> E constant(String column, Class<E> type) {
      String value = text(column);
      if (value == null) {
        return null;
      }
      try {
        return Enum.valueOf(type, value.toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        reasons.add(reason(FieldError.invalidFormat(column, "one of " + Arrays.toString(type.getEnumConstants()))));
        return null;
      }
    }

    LocalDate date(String column) {
      String value = text(column);
      try {
        return value == null ? null : LocalDate.parse(value);
      } catch (DateTimeParseException e) {
        reasons.add(reason(FieldError.invalidFormat(column, "a date like 2026-11-30")));
        return null;
      }
    }

    BigDecimal decimal(String column) {
      String value = text(column);
      try {
        return value == null ? null : new BigDecimal(value);
      } catch (NumberFormatException e) {
        reasons.add(reason(FieldError.invalidFormat(column, "a decimal number like 1000000.00")));
        return null;
      }
    }
  }
}
