package io.github.bankcrm.core;

import static io.github.bankcrm.core.CrmJson.MAPPER;
import static io.github.bankcrm.core.CrmJson.roundTrip;
import static io.github.bankcrm.core.CrmJson.roundTripAsItsClass;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.exc.InvalidTypeIdException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.bankcrm.core.customer.ChangeIndividualProfile;
import io.github.bankcrm.core.customer.ContactPoints;
import io.github.bankcrm.core.customer.CorporateCustomer;
import io.github.bankcrm.core.customer.CorporateProfile;
import io.github.bankcrm.core.customer.CorporateProfileForm;
import io.github.bankcrm.core.customer.Customer;
import io.github.bankcrm.core.customer.CustomerArbitraries;
import io.github.bankcrm.core.customer.CustomerChangeRecord;
import io.github.bankcrm.core.customer.CustomerError;
import io.github.bankcrm.core.customer.CustomerEvent;
import io.github.bankcrm.core.customer.CustomerFixture;
import io.github.bankcrm.core.customer.CustomerId;
import io.github.bankcrm.core.customer.CustomerKind;
import io.github.bankcrm.core.customer.CustomerUpdate;
import io.github.bankcrm.core.customer.EmailAddress;
import io.github.bankcrm.core.customer.FieldChange;
import io.github.bankcrm.core.customer.IndividualCustomer;
import io.github.bankcrm.core.customer.IndividualProfile;
import io.github.bankcrm.core.customer.IndividualProfileForm;
import io.github.bankcrm.core.customer.KycRiskRating;
import io.github.bankcrm.core.customer.MobileNumber;
import io.github.bankcrm.core.customer.PersonName;
import io.github.bankcrm.core.customer.PhoneNumber;
import io.github.bankcrm.core.customer.PostalAddress;
import io.github.bankcrm.core.customer.RateKycRisk;
import io.github.bankcrm.core.customer.ReassignCustomer;
import io.github.bankcrm.core.customer.RegisterCorporateCustomer;
import io.github.bankcrm.core.customer.RegisterIndividualCustomer;
import io.github.bankcrm.core.identity.IdentityArbitraries;
import io.github.bankcrm.core.identity.IdentityDocument;
import io.github.bankcrm.core.identity.IdentityDocumentKey;
import io.github.bankcrm.core.organization.OrganizationFixture;
import io.github.bankcrm.core.organization.OrganizationLevel;
import io.github.bankcrm.core.organization.OrganizationUnit;
import io.github.bankcrm.core.organization.OrganizationUnitId;
import io.github.bankcrm.core.shared.Actor;
import io.github.bankcrm.core.shared.CountryCode;
import io.github.bankcrm.core.shared.FieldError;
import io.github.bankcrm.core.shared.Money;
import io.github.bankcrm.core.shared.Page;
import io.github.bankcrm.core.shared.PageRequest;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Assume;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Every public value type of the core survives a JSON round trip through the mapper the library
 * documents ({@link CrmJson}): {@code readValue(writeValueAsString(x))} equals {@code x}. And what should
 * be refused is refused: unknown properties, unknown or foreign type names, invalid personal data, with
 * error messages that do not repeat the refused value.
 *
 * <p><b>Polymorphism.</b> Only {@link Customer} is written with a type name ({@code "kind"}, from a
 * closed list), and {@link CustomerEvent} (with {@code "type"}, its record's simple name), so that an
 * outbox can read events back as the interface. {@link CustomerError} has no type names: its variants
 * are plain records that round-trip as their own class, which is how an HTTP error body would write
 * them; errors are values of a command's result, not a stored or published format.
 */
class JsonRoundTripProperties {

  // --- customers and their parts ------------------------------------------------------------

  @Property(tries = 200)
  void a_customer_of_either_kind_round_trips_as_Customer(@ForAll("customers") Customer customer)
      throws Exception {
    JsonNode tree = MAPPER.readTree(CrmJson.write(customer));

    assertThat(tree.get("kind").asText()).isEqualTo(customer.kind().name());
    assertThat(roundTrip(customer, Customer.class)).isEqualTo(customer);
  }

  @Property(tries = 200)
  void an_individual_profile_round_trips(@ForAll("individualForms") IndividualProfileForm form) {
    IndividualProfile profile = form.validate().get();

    assertThat(roundTrip(profile, IndividualProfile.class)).isEqualTo(profile);
  }

  @Property(tries = 200)
  void a_corporate_profile_round_trips(@ForAll("corporateForms") CorporateProfileForm form) {
    CorporateProfile profile = form.validate().get();

    assertThat(roundTrip(profile, CorporateProfile.class)).isEqualTo(profile);
  }

  @Property(tries = 200)
  void an_individual_form_round_trips(@ForAll("individualForms") IndividualProfileForm form) {
    assertThat(roundTrip(form, IndividualProfileForm.class)).isEqualTo(form);
  }

  @Property(tries = 200)
  void a_corporate_form_round_trips(@ForAll("corporateForms") CorporateProfileForm form) {
    assertThat(roundTrip(form, CorporateProfileForm.class)).isEqualTo(form);
  }

  @Property(tries = 200)
  void the_parts_of_a_profile_round_trip_on_their_own(@ForAll("individualForms") IndividualProfileForm form) {
    IndividualProfile profile = form.validate().get();
    ContactPoints contact = profile.contact();

    assertThat(roundTrip(contact, ContactPoints.class)).isEqualTo(contact);
    assertThat(roundTrip(profile.name(), PersonName.class)).isEqualTo(profile.name());
    if (contact.mobile() != null) {
      assertThat(roundTrip(contact.mobile(), MobileNumber.class)).isEqualTo(contact.mobile());
    }
    if (contact.email() != null) {
      assertThat(roundTrip(contact.email(), EmailAddress.class)).isEqualTo(contact.email());
    }
    for (PhoneNumber phone : contact.phones()) {
      assertThat(roundTrip(phone, PhoneNumber.class)).isEqualTo(phone);
    }
    for (PostalAddress address : contact.addresses()) {
      assertThat(roundTrip(address, PostalAddress.class)).isEqualTo(address);
    }
    for (IdentityDocument document : profile.identityDocuments()) {
      assertThat(roundTrip(document.key(), IdentityDocumentKey.class)).isEqualTo(document.key());
    }
  }

  @Property(tries = 200)
  void an_identity_document_round_trips(@ForAll("identityDocuments") IdentityDocument document) {
    assertThat(roundTrip(document, IdentityDocument.class)).isEqualTo(document);
  }

  // --- shared values -------------------------------------------------------------------------

  @Property(tries = 200)
  void money_round_trips_with_its_scale(@ForAll("money") Money money) {
    Money read = roundTrip(money, Money.class);

    assertThat(read).isEqualTo(money);
    assertThat(read.amount().scale()).isEqualTo(money.amount().scale());
  }

  @Property(tries = 300)
  void every_country_round_trips(@ForAll("countries") CountryCode country) {
    assertThat(roundTrip(country, CountryCode.class)).isEqualTo(country);
    assertThat(CrmJson.write(country)).isEqualTo("\"" + country.alpha3() + "\"");
  }

  @Property(tries = 200)
  void customer_ids_and_actors_round_trip_as_plain_strings(
      @ForAll("customerIds") CustomerId id, @ForAll("actors") Actor actor) {
    assertThat(roundTrip(id, CustomerId.class)).isEqualTo(id);
    assertThat(roundTrip(actor, Actor.class)).isEqualTo(actor);
    assertThat(CrmJson.write(id)).isEqualTo("\"" + id.value() + "\"");
    assertThat(CrmJson.write(actor)).isEqualTo("\"" + actor.id() + "\"");
  }

  @Property(tries = 100)
  void a_page_of_customers_round_trips(@ForAll("pages") Page<Customer> page) {
    assertThat(roundTrip(page, new TypeReference<Page<Customer>>() {})).isEqualTo(page);
  }

  @Property(tries = 200)
  void an_organization_unit_round_trips(@ForAll("organizationUnits") OrganizationUnit unit) {
    assertThat(roundTrip(unit, OrganizationUnit.class)).isEqualTo(unit);
  }

  @Example
  void a_page_of_customers_written_without_its_element_type_loses_the_kind() throws Exception {
    Page<Customer> page = new Page<>(List.of(registeredPerson()), 1, PageRequest.first(10));

    String erased = MAPPER.writeValueAsString(page);
    String typed = MAPPER.writerFor(new TypeReference<Page<Customer>>() {}).writeValueAsString(page);

    assertThat(erased).doesNotContain("\"kind\"");
    assertThat(typed).contains("\"kind\":\"INDIVIDUAL\"");
  }

  // --- what commands produce -------------------------------------------------------------------

  @Property(tries = 100)
  void change_records_field_changes_and_events_round_trip(@ForAll("histories") List<CustomerUpdate> history) {
    for (CustomerUpdate update : history) {
      CustomerChangeRecord record = update.changeRecord();
      assertThat(roundTrip(record, CustomerChangeRecord.class)).isEqualTo(record);
      for (FieldChange change : record.changes()) {
        assertThat(roundTrip(change, FieldChange.class)).isEqualTo(change);
      }
      for (CustomerEvent event : update.events()) {
        assertThat(roundTripAsItsClass(event)).isEqualTo(event);
        assertThat(roundTrip(event, CustomerEvent.class)).isEqualTo(event);
      }
      assertThat(roundTrip(update.customer(), Customer.class)).isEqualTo(update.customer());
      assertThat(roundTrip(update, CustomerUpdate.class)).isEqualTo(update);
    }
  }

  @Example
  void every_event_subtype_is_produced_by_the_histories_and_round_trips() {
    Set<Class<?>> seen =
        CustomerArbitraries.histories().sampleStream().limit(50)
            .flatMap(List::stream)
            .flatMap(update -> update.events().stream())
            .peek(event -> assertThat(roundTripAsItsClass(event)).isEqualTo(event))
            .map(Object::getClass)
            .collect(Collectors.toSet());

    assertThat(seen).containsExactlyInAnyOrder(CustomerEvent.class.getPermittedSubclasses());
  }

  @Property(tries = 100)
  void every_customer_error_variant_round_trips_as_its_own_class(@ForAll("errors") CustomerError error) {
    assertThat(roundTripAsItsClass(error)).isEqualTo(error);
  }

  @Example
  void the_error_generator_covers_every_variant() {
    Set<Class<?>> seen =
        errors().sampleStream().limit(300).map(Object::getClass).collect(Collectors.toSet());

    assertThat(seen).containsExactlyInAnyOrder(CustomerError.class.getPermittedSubclasses());
  }

  @Property(tries = 100)
  void commands_round_trip(
      @ForAll("individualForms") IndividualProfileForm person,
      @ForAll("corporateForms") CorporateProfileForm company,
      @ForAll("customerIds") CustomerId id) {
    List<Object> commands =
        List.of(
            new RegisterIndividualCustomer(person, "BJ01", "RM001", KycRiskRating.LOW),
            new RegisterCorporateCustomer(company, "SH", null, KycRiskRating.UNRATED),
            new ChangeIndividualProfile(id, 3, person),
            new ReassignCustomer(id, 4, "BJ02", null),
            new RateKycRisk(id, 5, KycRiskRating.HIGH));
    for (Object command : commands) {
      assertThat(roundTripAsItsClass(command)).isEqualTo(command);
    }
  }

  // --- what is refused --------------------------------------------------------------------------

  @Example
  void an_unknown_property_is_refused_and_named() throws Exception {
    ObjectNode customer = MAPPER.valueToTree(registeredPerson());
    customer.put("password", "secret");

    assertThatThrownBy(() -> MAPPER.readValue(customer.toString(), Customer.class))
        .isInstanceOf(UnrecognizedPropertyException.class)
        .hasMessageContaining("\"password\"");
  }

  @Example
  void an_unknown_property_deep_inside_a_profile_is_refused() throws Exception {
    ObjectNode customer = MAPPER.valueToTree(registeredPerson());
    ((ObjectNode) customer.path("profile").path("name")).put("nickname", "小红");

    assertThatThrownBy(() -> MAPPER.readValue(customer.toString(), Customer.class))
        .isInstanceOf(UnrecognizedPropertyException.class)
        .hasMessageContaining("\"nickname\"");
  }

  @Example
  void a_kind_that_is_a_java_class_name_is_refused() throws Exception {
    ObjectNode customer = MAPPER.valueToTree(registeredPerson());
    customer.put("kind", "java.lang.Runtime");

    assertThatThrownBy(() -> MAPPER.readValue(customer.toString(), Customer.class))
        .isInstanceOf(InvalidTypeIdException.class)
        .hasMessageContaining("java.lang.Runtime")
        .hasMessageContaining("known type ids = [CORPORATE, INDIVIDUAL]");
  }

  @Example
  void an_event_with_a_foreign_type_name_is_refused() throws Exception {
    CustomerEvent registered = CustomerArbitraries.histories().sample().get(0).events().get(0);
    ObjectNode event = MAPPER.valueToTree(registered);
    assertThat(event.path("type").asText()).isEqualTo("CustomerRegistered");
    event.put("type", "java.lang.ProcessBuilder");

    assertThatThrownBy(() -> MAPPER.readValue(event.toString(), CustomerEvent.class))
        .isInstanceOf(InvalidTypeIdException.class)
        .hasMessageContaining("known type ids");
  }

  @Example
  void a_kind_naming_the_concrete_class_is_refused_too() throws Exception {
    ObjectNode customer = MAPPER.valueToTree(registeredPerson());
    customer.put("kind", IndividualCustomer.class.getName());

    assertThatThrownBy(() -> MAPPER.readValue(customer.toString(), Customer.class))
        .isInstanceOf(InvalidTypeIdException.class);
  }

  @Example
  void a_class_property_instead_of_the_kind_is_refused() throws Exception {
    ObjectNode customer = MAPPER.valueToTree(registeredPerson());
    customer.remove("kind");
    customer.put("@class", IndividualCustomer.class.getName());

    assertThatThrownBy(() -> MAPPER.readValue(customer.toString(), Customer.class))
        .isInstanceOf(InvalidTypeIdException.class)
        .hasMessageContaining("missing type id property 'kind'");
  }

  @Example
  void a_class_property_next_to_the_kind_is_an_unknown_property() throws Exception {
    ObjectNode customer = MAPPER.valueToTree(registeredPerson());
    customer.put("@class", "java.lang.Runtime");

    assertThatThrownBy(() -> MAPPER.readValue(customer.toString(), Customer.class))
        .isInstanceOf(UnrecognizedPropertyException.class)
        .hasMessageContaining("\"@class\"");
  }

  @Example
  void a_customer_cannot_be_read_as_the_other_kind() throws Exception {
    String person = CrmJson.write(registeredPerson());

    assertThatThrownBy(() -> MAPPER.readValue(person, CorporateCustomer.class))
        .isInstanceOf(InvalidTypeIdException.class);
  }

  @Property(tries = 100)
  void a_customer_with_an_invalid_resident_id_is_refused_without_repeating_it(
      @ForAll("residentIds") String valid, @ForAll("wrongCheckCharacters") char wrong) throws Exception {
    Assume.that(wrong != valid.charAt(17));
    String invalid = valid.substring(0, 17) + wrong;
    ObjectNode customer = MAPPER.valueToTree(registeredPerson());
    ArrayNode documents = (ArrayNode) customer.path("profile").path("identityDocuments");
    ((ObjectNode) documents.get(0)).put("number", invalid);

    assertRefusedWithout(customer.toString(), Customer.class, invalid);
    assertRefusedWithout("\"" + invalid + "\"", io.github.bankcrm.core.identity.ResidentIdNumber.class, invalid);
    assertRefusedWithout(
        "{\"type\":\"RESIDENT_ID_CARD\",\"number\":\"" + invalid + "\",\"issuingCountry\":\"CHN\"}",
        IdentityDocument.class,
        invalid);
  }

  @Property(tries = 100)
  void a_customer_with_an_invalid_mobile_is_refused_without_repeating_it(
      @ForAll("invalidMobiles") String invalid) throws Exception {
    ObjectNode customer = MAPPER.valueToTree(registeredPerson());
    ((ObjectNode) customer.path("profile").path("contact")).put("mobile", invalid);

    assertRefusedWithout(customer.toString(), Customer.class, invalid);
    assertRefusedWithout("\"" + invalid + "\"", MobileNumber.class, invalid);
  }

  @Property(tries = 100)
  void a_customer_with_an_invalid_email_is_refused_without_repeating_it(
      @ForAll("invalidEmails") String invalid) throws Exception {
    ObjectNode customer = MAPPER.valueToTree(registeredPerson());
    ((ObjectNode) customer.path("profile").path("contact")).put("email", invalid);

    assertRefusedWithout(customer.toString(), Customer.class, invalid);
  }

  /**
   * Known leak, not fixed here: a mobile or resident ID sent as a JSON <em>number</em> never reaches the
   * library's factories. Jackson itself refuses it ("no long/Long-argument constructor/factory method to
   * deserialize from Number value (12012345678)") and repeats the number. A {@code DELEGATING} creator
   * mode does not change that; a fix needs a long creator or a custom deserializer per type.
   */
  @Example
  void a_mobile_or_resident_id_sent_as_a_json_number_is_refused_without_repeating_it() throws Exception {
    ObjectNode customer = MAPPER.valueToTree(registeredPerson());
    ((ObjectNode) customer.path("profile").path("contact")).put("mobile", 12012345678L);

    assertRefusedWithout(customer.toString(), Customer.class, "12012345678");
    assertRefusedWithout("12012345678", MobileNumber.class, "12012345678");
    assertRefusedWithout("110105194912310029", io.github.bankcrm.core.identity.ResidentIdNumber.class, "110105194912310029");
  }

  private static void assertRefusedWithout(String json, Class<?> type, String secret) {
    Throwable thrown = null;
    try {
      MAPPER.readValue(json, type);
    } catch (Exception e) {
      thrown = e;
    }
    assertThat(thrown).as("refused").isNotNull();
    for (Throwable t = thrown; t != null; t = t.getCause()) {
      assertThat(String.valueOf(t.getMessage())).doesNotContain(secret);
      assertThat(t.toString()).doesNotContain(secret);
    }
  }

  private static Customer registeredPerson() {
    return IndividualCustomer.register(
            CustomerId.of("C-000123"),
            CustomerFixture.individualForm(),
            OrganizationFixture.BJ01,
            null,
            KycRiskRating.LOW,
            CustomerFixture.TELLER,
            CustomerFixture.NOW)
        .get()
        .customer();
  }

  // --- generators -------------------------------------------------------------------------------

  @Provide
  Arbitrary<Customer> customers() {
    return CustomerArbitraries.customers();
  }

  @Provide
  Arbitrary<IndividualProfileForm> individualForms() {
    return CustomerArbitraries.individualProfileForms();
  }

  @Provide
  Arbitrary<CorporateProfileForm> corporateForms() {
    return CustomerArbitraries.corporateProfileForms();
  }

  @Provide
  Arbitrary<List<CustomerUpdate>> histories() {
    return CustomerArbitraries.histories();
  }

  @Provide
  Arbitrary<IdentityDocument> identityDocuments() {
    return IdentityArbitraries.validIdentityDocuments();
  }

  @Provide
  Arbitrary<CustomerId> customerIds() {
    return CustomerArbitraries.customerIds();
  }

  @Provide
  Arbitrary<Actor> actors() {
    return Arbitraries.oneOf(
        CustomerArbitraries.actors(),
        Combinators.combine(
                Arbitraries.strings().alpha().numeric().ofLength(1),
                Arbitraries.strings().alpha().numeric().withChars('.', '_', ':', '@', '-').ofMaxLength(63))
            .as((first, rest) -> Actor.of(first + rest)));
  }

  @Provide
  Arbitrary<Money> money() {
    List<Currency> currencies = new ArrayList<>(Currency.getAvailableCurrencies());
    currencies.sort(java.util.Comparator.comparing(Currency::getCurrencyCode));
    Arbitrary<BigDecimal> amounts =
        Combinators.combine(
                Arbitraries.bigIntegers().between(
                    BigInteger.TEN.pow(20).negate(), BigInteger.TEN.pow(20)),
                Arbitraries.integers().between(-3, 8))
            .as(BigDecimal::new);
    return Combinators.combine(amounts, Arbitraries.of(currencies)).as(Money::of);
  }

  @Provide
  Arbitrary<CountryCode> countries() {
    return Arbitraries.of(Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA3)).map(CountryCode::of);
  }

  @Provide
  Arbitrary<Page<Customer>> pages() {
    return Combinators.combine(
            CustomerArbitraries.customers().list().ofMaxSize(4),
            Arbitraries.longs().between(0, 10_000),
            Arbitraries.integers().between(0, 5000),
            Arbitraries.integers().between(1, PageRequest.MAX_LIMIT))
        .as((items, extra, offset, limit) ->
            new Page<>(items, items.size() + extra, new PageRequest(offset, limit)));
  }

  @Provide
  Arbitrary<OrganizationUnit> organizationUnits() {
    Arbitrary<OrganizationUnitId> ids =
        Combinators.combine(
                Arbitraries.strings().withCharRange('A', 'Z').withCharRange('0', '9').ofLength(1),
                Arbitraries.strings().withCharRange('A', 'Z').withCharRange('0', '9').withChars('_', '-')
                    .ofMaxLength(31))
            .as((first, rest) -> OrganizationUnitId.of(first + rest));
    Arbitrary<String> names =
        Arbitraries.strings().withCharRange('一', '龥').withChars(' ', 'A', '1').ofMinLength(1).ofMaxLength(100)
            .filter(name -> !name.isBlank());
    Arbitrary<OrganizationUnit> generated =
        Combinators.combine(ids, names, Arbitraries.of(OrganizationLevel.class), ids)
            .filter((id, name, level, parent) -> !id.equals(parent))
            .as((id, name, level, parent) ->
                new OrganizationUnit(id, name.strip(), level, level.isRoot() ? null : parent));
    return Arbitraries.oneOf(Arbitraries.of(OrganizationFixture.units()), generated);
  }

  @Provide
  Arbitrary<CustomerError> errors() {
    Arbitrary<CustomerId> ids = CustomerArbitraries.customerIds();
    Arbitrary<CustomerError> invalid =
        CustomerArbitraries.individualProfileForms()
            .map(form -> form.withMobile("12012345678").withLegalName("王小红2"))
            .map(form -> new CustomerError.InvalidCustomerData(form.validate().getError().asJava()));
    Arbitrary<CustomerError> invalidFields =
        Combinators.combine(
                Arbitraries.of("required", "too_long", "invalid_format"),
                Arbitraries.of("profile.contact.mobile", "name.legalName", ""),
                Arbitraries.of("is required", "must be an e-mail address"))
            .as(FieldError::new)
            .list().ofMinSize(1).ofMaxSize(3)
            .map(CustomerError.InvalidCustomerData::new);
    Arbitrary<CustomerError> notFound = ids.map(CustomerError.CustomerNotFound::new);
    Arbitrary<CustomerError> conflict =
        Combinators.combine(ids, Arbitraries.longs().between(0, 99), Arbitraries.longs().between(1, 99))
            .as(CustomerError.VersionConflict::new);
    Arbitrary<CustomerError> duplicate =
        Arbitraries.oneOf(
                IdentityArbitraries.validIdentityDocuments().map(document -> document.key().toString()),
                IdentityArbitraries.validUnifiedSocialCreditCodes())
            .map(CustomerError.DuplicateIdentity::new);
    Arbitrary<CustomerError> outside = CustomerArbitraries.units().map(CustomerError.OutsideAccessScope::new);
    Arbitrary<CustomerError> wrongKind =
        Combinators.combine(ids, Arbitraries.of(CustomerKind.class), Arbitraries.of(CustomerKind.class))
            .as(CustomerError.WrongCustomerKind::new);
    Arbitrary<CustomerError> unchanged = ids.map(CustomerError.Unchanged::new);
    Arbitrary<CustomerError> merged = Combinators.combine(ids, ids).as(CustomerError.CustomerMerged::new);
    Arbitrary<CustomerError> alreadyMerged = Combinators.combine(ids, ids).as(CustomerError.AlreadyMerged::new);
    Arbitrary<CustomerError> notMerged = Combinators.combine(ids, ids).as(CustomerError.NotMerged::new);
    return Arbitraries.oneOf(
        List.of(invalid, invalidFields, notFound, conflict, duplicate, outside, wrongKind, unchanged, merged,
            alreadyMerged, notMerged));
  }

  @Provide
  Arbitrary<String> residentIds() {
    return IdentityArbitraries.validResidentIdNumbers();
  }

  @Provide
  Arbitrary<Character> wrongCheckCharacters() {
    return Arbitraries.of('0', '1', '2', '3', '4', '5', '6', '7', '8', '9', 'X');
  }

  @Provide
  Arbitrary<String> invalidMobiles() {
    // a second digit of 0, 1 or 2 is not a mainland mobile; eleven digits are not E.164 without '+'
    return Combinators.combine(
            Arbitraries.chars().range('0', '2'), Arbitraries.strings().numeric().ofLength(9))
        .as((second, rest) -> "1" + second + rest);
  }

  @Provide
  Arbitrary<String> invalidEmails() {
    return CustomerArbitraries.emails().map(email -> email.replace("@", " at "));
  }
}
