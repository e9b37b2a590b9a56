package io.github.bankcrm.core.customer;

import io.github.bankcrm.core.identity.Gender;
import io.github.bankcrm.core.identity.IdentityArbitraries;
import io.github.bankcrm.core.identity.IdentityDocumentType;
import io.github.bankcrm.core.identity.ResidentIdNumber;
import io.github.bankcrm.core.organization.OrganizationFixture;
import io.github.bankcrm.core.organization.OrganizationUnit;
import io.github.bankcrm.core.organization.OrganizationUnitId;
import io.github.bankcrm.core.organization.RelationshipManagerId;
import io.github.bankcrm.core.shared.Actor;
import io.vavr.control.Either;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * jqwik generators of <em>valid</em> customer data with realistic personal data: Chinese and Latin
 * names, resident identity numbers with correct check characters (from {@link IdentityArbitraries}),
 * mainland mobiles, e-mail addresses, postal addresses, household figures, companies with valid Unified
 * Social Credit Codes and GB/T 4754 industries, and customers registered through the aggregate's own
 * factories into the units of {@link OrganizationFixture}.
 *
 * <p>Every form generated here passes {@code validate()}; {@code CustomerArbitrariesProperties} says so.
 * Other packages reuse these generators for their own properties.
 */
public final class CustomerArbitraries {

  private static final List<String> SURNAMES =
      List.of(
          "王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马", "朱", "胡", "郭",
          "何", "高", "林", "罗", "郑", "梁", "谢", "宋", "唐", "许", "韩", "冯", "邓", "曹", "欧阳",
          "司马", "诸葛", "上官");

  private static final List<String> GIVEN_NAME_CHARACTERS =
      List.of(
          "伟", "芳", "娜", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰", "娟", "涛", "明",
          "超", "秀", "霞", "平", "刚", "英", "华", "红", "小", "志", "建", "国", "海", "云", "晓", "婷",
          "鹏", "辉", "玲", "宇", "浩", "欣", "怡", "梓", "涵", "子", "轩", "萱", "博", "文", "嘉", "琪");

  private static final List<String> PINYIN_SURNAMES =
      List.of(
          "Wang", "Li", "Zhang", "Liu", "Chen", "Yang", "Huang", "Zhao", "Wu", "Zhou", "Xu", "Sun",
          "Ma", "Zhu", "Hu", "Guo", "He", "Gao", "Lin", "Luo", "Ouyang", "Sima", "Zhuge");

  private static final List<String> WESTERN_GIVEN_NAMES =
      List.of(
          "John", "Mary", "James", "Anna", "Peter", "Sophie", "Michael", "Emma", "Lukas", "Hannah",
          "Pierre", "Claire", "Hiroshi", "Yuki", "Minjun", "Seoyeon", "Oliver", "Charlotte");

  private static final List<String> WESTERN_SURNAMES =
      List.of(
          "Smith", "Johnson", "Brown", "Miller", "Müller", "Schmidt", "Dubois", "Martin", "Tanaka",
          "Suzuki", "Kim", "Park", "O'Brien", "García", "Rossi", "Van der Berg", "Nguyen");

  private static final List<String> ROADS =
      List.of("建国路", "长安街", "中山路", "人民路", "解放路", "南京东路", "淮海中路", "世纪大道", "中关村大街",
          "五四路", "滨江大道", "科技园路");

  private static final List<String> DISTRICTS =
      List.of("朝阳区", "海淀区", "东城区", "浦东新区", "黄浦区", "鼓楼区", "天河区", "南山区", "武侯区");

  private static final List<String> EMAIL_DOMAINS =
      List.of("example.com", "example.cn", "mail.example.org", "bank-test.com.cn", "qq.com", "163.com");

  private static final List<String> FOREIGN_NATIONALITIES =
      List.of("USA", "GBR", "DEU", "FRA", "JPN", "KOR", "SGP", "CAN", "AUS", "ITA", "NLD", "VNM");

  private static final List<String> INDUSTRY_NAMES =
      List.of("其他机械设备及电子产品批发", "软件开发", "房屋建筑业", "货币金融服务", "汽车制造业", "餐饮业",
          "农业", "互联网和相关服务", "道路运输业", "医药制造业");

  private static final List<String> COMPANY_WORDS =
      List.of("星海", "华信", "远航", "恒通", "鼎盛", "天成", "博远", "宏图", "嘉和", "瑞丰", "金桥", "新创");

  private static final List<String> COMPANY_TRADES =
      List.of("贸易", "科技", "建设", "物流", "投资", "食品", "医药", "电子", "软件", "实业");

  private static final List<String> CITIES =
      List.of("北京", "上海", "福州", "广州", "深圳", "杭州", "成都", "武汉", "南京", "西安");

  private static final LocalDate TODAY_IN_TESTS = LocalDate.of(2026, 1, 1);

  private CustomerArbitraries() {}

  // ---------------------------------------------------------------------------------------------
  // personal data

  /** Chinese names: a surname from a pool (single or double) and one or two given-name characters. */
  public static Arbitrary<String> chineseNames() {
    Arbitrary<String> given =
        Arbitraries.of(GIVEN_NAME_CHARACTERS).list().ofMinSize(1).ofMaxSize(2).map(s -> String.join("", s));
    return Combinators.combine(Arbitraries.of(SURNAMES), given).as(String::concat);
  }

  /** Pinyin spellings of Chinese names such as {@code Wang Xiaohong}. */
  public static Arbitrary<String> pinyinNames() {
    Arbitrary<String> given =
        Arbitraries.strings().withCharRange('a', 'z').ofMinLength(2).ofMaxLength(8).map(CustomerArbitraries::capitalised);
    return Combinators.combine(Arbitraries.of(PINYIN_SURNAMES), given).as((s, g) -> s + " " + g);
  }

  /** Latin names of foreigners such as {@code Sophie Müller} or {@code Peter Van der Berg}. */
  public static Arbitrary<String> westernNames() {
    return Combinators.combine(Arbitraries.of(WESTERN_GIVEN_NAMES), Arbitraries.of(WESTERN_SURNAMES))
        .as((given, surname) -> given + " " + surname);
  }

  /** Mainland China mobile numbers: {@code 1[3-9]} and nine more digits. */
  public static Arbitrary<String> mainlandMobiles() {
    return Combinators.combine(
            Arbitraries.chars().range('3', '9'), Arbitraries.strings().numeric().ofLength(9))
        .as((second, rest) -> "1" + second + rest);
  }

  /** Foreign mobile numbers in E.164 form, such as {@code +447911123456}. */
  public static Arbitrary<String> foreignMobiles() {
    return Combinators.combine(
            Arbitraries.of("+44", "+1", "+49", "+81", "+65", "+852"),
            Arbitraries.strings().numeric().ofLength(9),
            Arbitraries.chars().range('1', '9'))
        .as((country, digits, first) -> country + first + digits);
  }

  /** E-mail addresses with a local part of letters, digits, dots and underscores. */
  public static Arbitrary<String> emails() {
    Arbitrary<String> local =
        Combinators.combine(
                Arbitraries.chars().range('a', 'z'),
                Arbitraries.strings()
                    .withCharRange('a', 'z')
                    .withCharRange('A', 'Z')
                    .withCharRange('0', '9')
                    .withChars('.', '_', '-')
                    .ofMinLength(2)
                    .ofMaxLength(20))
            .as((first, rest) -> first + rest);
    return Combinators.combine(local, Arbitraries.of(EMAIL_DOMAINS)).as((l, d) -> l + "@" + d);
  }

  /** Fixed-line numbers such as {@code 010-62345678} or {@code 0591-8765432}. */
  public static Arbitrary<String> phones() {
    return Combinators.combine(
            Arbitraries.of("010", "021", "020", "0591", "0755", "028"),
            Arbitraries.chars().range('2', '8'),
            Arbitraries.strings().numeric().ofMinLength(6).ofMaxLength(7))
        .as((area, first, rest) -> area + "-" + first + rest);
  }

  /** Chinese postal addresses of one type: division code, street line and postcode. */
  public static Arbitrary<PostalAddressForm> addresses() {
    Arbitrary<String> line =
        Combinators.combine(
                Arbitraries.of(DISTRICTS),
                Arbitraries.of(ROADS),
                Arbitraries.integers().between(1, 999),
                Arbitraries.integers().between(1, 30),
                Arbitraries.integers().between(101, 3208))
            .as((district, road, number, building, room) ->
                district + road + number + "号" + building + "栋" + room + "室");
    return Combinators.combine(
            Arbitraries.of(AddressType.class),
            Arbitraries.of("CHN", "CN", "cn"),
            Combinators.combine(Arbitraries.chars().range('1', '8'), Arbitraries.strings().numeric().ofLength(5))
                .as((first, rest) -> first + rest)
                .injectNull(0.2),
            line,
            Arbitraries.strings().numeric().ofLength(6).injectNull(0.2))
        .as(PostalAddressForm::new);
  }

  /** Yearly household income or assets: zero or more, in yuan and fen. */
  public static Arbitrary<BigDecimal> amounts() {
    return Arbitraries.bigDecimals()
        .between(BigDecimal.ZERO, new BigDecimal("100000000"))
        .ofScale(2);
  }

  /** Chinese-style passport numbers: a letter and eight digits. */
  public static Arbitrary<String> passportNumbers() {
    return Combinators.combine(
            Arbitraries.of('E', 'G', 'P', 'K'), Arbitraries.strings().numeric().ofLength(8))
        .as((letter, digits) -> letter + digits);
  }

  // ---------------------------------------------------------------------------------------------
  // forms

  /**
   * Valid individual forms: mostly Chinese citizens with a resident identity card (and sometimes a
   * passport), sometimes foreigners with a passport only. Contact data, work, household and address
   * fields are filled at random; the preferred channel always has a contact point.
   */
  public static Arbitrary<IndividualProfileForm> individualProfileForms() {
    return Arbitraries.frequencyOf(Tuple.of(4, chineseCitizenForms()), Tuple.of(1, foreignerForms()));
  }

  /** Valid forms of Chinese citizens holding a resident identity card. */
  public static Arbitrary<IndividualProfileForm> chineseCitizenForms() {
    Arbitrary<Identity> identity =
        Combinators.combine(
                IdentityArbitraries.validResidentIdNumbers(),
                passportNumbers().injectNull(0.7),
                Arbitraries.of(true, false))
            .as((residentId, passport, explicitBirthAndGender) -> {
              ResidentIdNumber number = ResidentIdNumber.of(residentId);
              List<IdentityDocumentForm> documents = new ArrayList<>();
              documents.add(IdentityDocumentForm.residentIdCard(residentId));
              if (passport != null) {
                documents.add(new IdentityDocumentForm(
                    IdentityDocumentType.PASSPORT, passport, "CN", LocalDate.of(2020, 5, 1), LocalDate.of(2030, 4, 30)));
              }
              return new Identity(
                  documents,
                  explicitBirthAndGender ? number.birthDate() : null,
                  explicitBirthAndGender ? number.gender() : null,
                  explicitBirthAndGender ? "CHN" : null);
            });
    Arbitrary<Names> names =
        Combinators.combine(chineseNames(), pinyinNames().injectNull(0.3))
            .as((chinese, pinyin) -> new Names(chinese, null, pinyin));
    return Combinators.combine(names, identity, work(), household(), contact(mainlandMobiles()))
        .as(CustomerArbitraries::form);
  }

  /** Valid forms of foreigners holding a passport, with a Latin legal name. */
  public static Arbitrary<IndividualProfileForm> foreignerForms() {
    Arbitrary<Identity> identity =
        Combinators.combine(
                IdentityArbitraries.validPassportNumbers(),
                Arbitraries.of(FOREIGN_NATIONALITIES),
                birthDates(),
                Arbitraries.of(Gender.class))
            .as((passport, country, birthDate, gender) -> new Identity(
                List.of(new IdentityDocumentForm(
                    IdentityDocumentType.PASSPORT, passport, country, LocalDate.of(2019, 3, 1), null)),
                birthDate,
                gender,
                country));
    Arbitrary<Names> names =
        Combinators.combine(westernNames(), chineseNames().injectNull(0.6))
            .as((latin, chinese) -> new Names(latin, chinese, null));
    Arbitrary<String> mobiles = Arbitraries.oneOf(mainlandMobiles(), foreignMobiles());
    return Combinators.combine(names, identity, work(), household(), contact(mobiles))
        .as(CustomerArbitraries::form);
  }

  /**
   * Valid corporate forms: registered name, Unified Social Credit Code, licence, GB/T 4754 industry,
   * size, listing and up to three annual statements.
   */
  public static Arbitrary<CorporateProfileForm> corporateProfileForms() {
    Arbitrary<String> registeredNames =
        Combinators.combine(Arbitraries.of(CITIES), Arbitraries.of(COMPANY_WORDS), Arbitraries.of(COMPANY_TRADES))
            .as((city, word, trade) -> city + word + trade + "有限公司");
    Arbitrary<Licence> licences =
        Combinators.combine(
                Arbitraries.longs()
                    .between(LocalDate.of(1990, 1, 1).toEpochDay(), LocalDate.of(2024, 12, 31).toEpochDay())
                    .map(LocalDate::ofEpochDay),
                amounts(),
                Arbitraries.of("CNY", "USD", "cny").injectNull(0.3),
                chineseNames(),
                Arbitraries.of("进出口贸易；批发零售", "软件开发；信息技术咨询服务", "房屋建筑工程施工", "餐饮服务"),
                Arbitraries.of(true, false),
                Arbitraries.of(10, 20, 30).injectNull(0.4))
            .as((registered, capital, currency, representative, scope, fromRegistration, years) ->
                new Licence(
                    registered,
                    capital,
                    currency,
                    representative,
                    scope,
                    fromRegistration ? null : registered,
                    years == null ? null : registered.plusYears(years).minusDays(1)));
    Arbitrary<String> industryCodes =
        Combinators.combine(
                Arbitraries.chars().range('A', 'T'),
                Arbitraries.oneOf(
                    Arbitraries.just(""),
                    Arbitraries.strings().numeric().ofMinLength(2).ofMaxLength(4)))
            .as((section, digits) -> section + digits);
    Arbitrary<List<FinancialStatementForm>> statements =
        Arbitraries.integers().between(2015, 2025).set().ofMaxSize(3)
            .flatMap(years -> Combinators.combine(
                    years.stream().sorted().map(CustomerArbitraries::annualStatement).toList())
                .as(list -> list));
    return Combinators.combine(
            registeredNames,
            IdentityArbitraries.validUnifiedSocialCreditCodes(),
            licences,
            industryCodes,
            Arbitraries.of(INDUSTRY_NAMES),
            Arbitraries.of(EnterpriseSize.class).injectNull(0.2),
            Arbitraries.of(ListingStatus.class).injectNull(0.2),
            statements)
        .as((name, creditCode, licence, industryCode, industryName, size, listing, summaries) ->
            CorporateProfileForm.builder()
                .registeredName(name)
                .unifiedSocialCreditCode(creditCode)
                .registrationDate(licence.registered())
                .registeredCapital(licence.capital())
                .registeredCapitalCurrency(licence.currency())
                .legalRepresentative(licence.representative())
                .businessScope(licence.scope())
                .licenceValidFrom(licence.validFrom())
                .licenceValidUntil(licence.validUntil())
                .industryCode(industryCode)
                .industryName(industryName)
                .enterpriseSize(size)
                .listingStatus(listing)
                .addAllFinancialStatements(summaries)
                .build());
  }

  // ---------------------------------------------------------------------------------------------
  // customers

  /** Registered customers of both kinds, at version 1. */
  public static Arbitrary<Customer> customers() {
    return Arbitraries.oneOf(individualCustomers(), corporateCustomers());
  }

  /** Individual customers registered with {@link IndividualCustomer#register}. */
  public static Arbitrary<Customer> individualCustomers() {
    return Combinators.combine(
            customerIds(), individualProfileForms(), units(), managers(), ratings(), actors(), instants())
        .as((id, form, unit, manager, rating, actor, now) ->
            IndividualCustomer.register(id, form, unit, manager, rating, actor, now)
                .getOrElseThrow(error -> new AssertionError("generated form refused: " + error))
                .customer());
  }

  /** Corporate customers registered with {@link CorporateCustomer#register}. */
  public static Arbitrary<Customer> corporateCustomers() {
    return Combinators.combine(
            customerIds(), corporateProfileForms(), units(), managers(), ratings(), actors(), instants())
        .as((id, form, unit, manager, rating, actor, now) ->
            CorporateCustomer.register(id, form, unit, manager, rating, actor, now)
                .getOrElseThrow(error -> new AssertionError("generated form refused: " + error))
                .customer());
  }

  /**
   * The updates of a short customer life, oldest first: a registration (of either kind), then a profile
   * change, a reassignment and a KYC re-rating, each left out when it would change nothing, then a merge
   * into another record and its undo. Together they hold every kind of change record and every {@link
   * CustomerEvent} subtype.
   */
  public static Arbitrary<List<CustomerUpdate>> histories() {
    Arbitrary<Servicing> servicing =
        Combinators.combine(units(), managers(), ratings()).as(Servicing::new);
    Arbitrary<List<CustomerUpdate>> individuals =
        Combinators.combine(
                customerIds(), individualProfileForms(), individualProfileForms(), servicing, servicing,
                actors(), instants())
            .as((id, form, changed, first, next, actor, now) ->
                history(
                    IndividualCustomer.register(
                        id, form, first.unit(), first.manager(), first.rating(), actor, now),
                    customer -> ((IndividualCustomer) customer)
                        .changeProfile(customer.version(), changed, actor, now.plusSeconds(1)),
                    next,
                    actor,
                    now));
    Arbitrary<List<CustomerUpdate>> companies =
        Combinators.combine(
                customerIds(), corporateProfileForms(), corporateProfileForms(), servicing, servicing,
                actors(), instants())
            .as((id, form, changed, first, next, actor, now) ->
                history(
                    CorporateCustomer.register(
                        id, form, first.unit(), first.manager(), first.rating(), actor, now),
                    customer -> ((CorporateCustomer) customer)
                        .changeProfile(customer.version(), changed, actor, now.plusSeconds(1)),
                    next,
                    actor,
                    now));
    return Arbitraries.oneOf(individuals, companies);
  }

  /** Customer numbers: UUIDs as the library hands out, or CIF-style digit strings. */
  public static Arbitrary<CustomerId> customerIds() {
    return Arbitraries.oneOf(
        Arbitraries.create(CustomerId::random),
        Arbitraries.strings().numeric().ofMinLength(8).ofMaxLength(20).map(CustomerId::of),
        Arbitraries.strings()
            .withCharRange('A', 'Z')
            .withCharRange('0', '9')
            .withChars('-')
            .ofMinLength(1)
            .ofMaxLength(39)
            .map(rest -> CustomerId.of("C" + rest)));
  }

  /** The units of {@link OrganizationFixture}. */
  public static Arbitrary<OrganizationUnitId> units() {
    return Arbitraries.of(OrganizationFixture.units()).map(OrganizationUnit::id);
  }

  /** Relationship managers, or {@code null} for none. */
  public static Arbitrary<RelationshipManagerId> managers() {
    return Arbitraries.of("RM001", "RM002", "RM-BJ-17", "A7")
        .map(RelationshipManagerId::of)
        .injectNull(0.3);
  }

  /** Every KYC rating. */
  public static Arbitrary<KycRiskRating> ratings() {
    return Arbitraries.of(KycRiskRating.class);
  }

  /** Staff members and system jobs. */
  public static Arbitrary<Actor> actors() {
    return Arbitraries.oneOf(
        Arbitraries.of("teller-007", "rm.li", "ops@bj01", "u12345").map(Actor::of),
        Arbitraries.of("nightly-batch", "migration").map(Actor::system));
  }

  /** Instants from 2000 to 2030, with nanoseconds. */
  public static Arbitrary<Instant> instants() {
    return Combinators.combine(
            Arbitraries.longs().between(
                Instant.parse("2000-01-01T00:00:00Z").getEpochSecond(),
                Instant.parse("2030-12-31T23:59:59Z").getEpochSecond()),
            Arbitraries.integers().between(0, 999_999_999))
        .as(Instant::ofEpochSecond);
  }

  // ---------------------------------------------------------------------------------------------

  private record Names(String legal, String chinese, String latin) {}

  private record Identity(
      List<IdentityDocumentForm> documents, LocalDate birthDate, Gender gender, String nationality) {}

  private record Work(
      MaritalStatus maritalStatus, Education education, String occupation, String employer, String jobTitle) {}

  private record Household(String currency, BigDecimal income, BigDecimal assets) {}

  private record Contact(
      String mobile, List<String> phones, String email, List<PostalAddressForm> addresses,
      ContactChannel channel, Boolean consent) {}

  private record Licence(
      LocalDate registered, BigDecimal capital, String currency, String representative, String scope,
      LocalDate validFrom, LocalDate validUntil) {}

  private record Servicing(OrganizationUnitId unit, RelationshipManagerId manager, KycRiskRating rating) {}

  /** The survivor of the merges in {@link #histories()}: no generated customer number (not C..., not hex). */
  private static final CustomerId MERGE_SURVIVOR = CustomerId.of("S-SURVIVOR");

  private static List<CustomerUpdate> history(
      Either<CustomerError, CustomerUpdate> registration,
      Function<Customer, Either<CustomerError, CustomerUpdate>> profileChange,
      Servicing next,
      Actor actor,
      Instant now) {
    List<CustomerUpdate> updates = new ArrayList<>();
    updates.add(registration.getOrElseThrow(error -> new AssertionError("generated form refused: " + error)));
    List<Function<Customer, Either<CustomerError, CustomerUpdate>>> commands =
        List.of(
            profileChange,
            customer -> customer.reassign(
                customer.version(), next.unit(), next.manager(), actor, now.plusSeconds(2)),
            customer -> customer.rateKycRisk(customer.version(), next.rating(), actor, now.plusSeconds(3)),
            customer -> customer.markMerged(customer.version(), MERGE_SURVIVOR, actor, now.plusSeconds(4)),
            customer -> customer.unmarkMerged(customer.version(), MERGE_SURVIVOR, actor, now.plusSeconds(5)));
    for (Function<Customer, Either<CustomerError, CustomerUpdate>> command : commands) {
      Either<CustomerError, CustomerUpdate> result = command.apply(updates.get(updates.size() - 1).customer());
      if (result.isRight()) {
        updates.add(result.get());
      } else if (!(result.getLeft() instanceof CustomerError.Unchanged)) {
        throw new AssertionError("generated command refused: " + result.getLeft());
      }
    }
    return List.copyOf(updates);
  }

  private static IndividualProfileForm form(
      Names names, Identity identity, Work work, Household household, Contact contact) {
    return IndividualProfileForm.builder()
        .legalName(names.legal())
        .chineseName(names.chinese())
        .latinName(names.latin())
        .addAllIdentityDocuments(identity.documents())
        .birthDate(identity.birthDate())
        .gender(identity.gender())
        .nationality(identity.nationality())
        .maritalStatus(work.maritalStatus())
        .education(work.education())
        .occupation(work.occupation())
        .employer(work.employer())
        .jobTitle(work.jobTitle())
        .householdCurrency(household.currency())
        .householdAnnualIncome(household.income())
        .householdAssets(household.assets())
        .mobile(contact.mobile())
        .addAllPhones(contact.phones())
        .email(contact.email())
        .addAllAddresses(contact.addresses())
        .preferredChannel(contact.channel())
        .marketingConsent(contact.consent())
        .build();
  }

  private static Arbitrary<Work> work() {
    return Combinators.combine(
            Arbitraries.of(MaritalStatus.class).injectNull(0.2),
            Arbitraries.of(Education.class).injectNull(0.2),
            Arbitraries.of("工程师", "教师", "医生", "个体工商户", "Engineer", "Accountant").injectNull(0.3),
            Combinators.combine(Arbitraries.of(CITIES), Arbitraries.of(COMPANY_WORDS))
                .as((city, word) -> city + word + "科技有限公司")
                .injectNull(0.3),
            Arbitraries.of("经理", "主管", "Architect", "Director").injectNull(0.4))
        .as(Work::new);
  }

  private static Arbitrary<Household> household() {
    return Combinators.combine(
            Arbitraries.of("CNY", "USD", "HKD", "cny").injectNull(0.4),
            amounts().injectNull(0.3),
            amounts().injectNull(0.3))
        .as(Household::new);
  }

  private static Arbitrary<Contact> contact(Arbitrary<String> mobiles) {
    return Combinators.combine(
            mobiles.injectNull(0.1),
            phones().list().ofMaxSize(2),
            emails().injectNull(0.2),
            addresses().list().ofMaxSize(3).uniqueElements(PostalAddressForm::type),
            Arbitraries.of(ContactChannel.class).injectNull(0.2),
            Arbitraries.of(true, false).injectNull(0.2))
        .as((mobile, phoneList, email, addressList, channel, consent) -> new Contact(
            mobile,
            phoneList,
            email,
            addressList,
            channel == null
                    || ContactPoints.reaches(
                        channel, mobile != null, !phoneList.isEmpty(), email != null, !addressList.isEmpty())
                ? channel
                : ContactChannel.BRANCH,
            consent));
  }

  private static Arbitrary<FinancialStatementForm> annualStatement(int year) {
    return Combinators.combine(
            amounts(), amounts(), amounts(), amounts(), Arbitraries.of(true, false))
        .as((revenue, assets, liabilities, profit, loss) -> new FinancialStatementForm(
            LocalDate.of(year, 12, 31),
            ReportingPeriod.Length.ANNUAL,
            "CNY",
            revenue,
            assets,
            liabilities,
            loss ? profit.negate() : profit));
  }

  private static Arbitrary<LocalDate> birthDates() {
    return Arbitraries.longs()
        .between(LocalDate.of(1930, 1, 1).toEpochDay(), TODAY_IN_TESTS.minusYears(18).toEpochDay())
        .map(LocalDate::ofEpochDay);
  }

  private static String capitalised(String word) {
    return word.substring(0, 1).toUpperCase(Locale.ROOT) + word.substring(1);
  }
}
