package io.github.bankcrm.core.resolution;

import io.github.bankcrm.core.customer.AddressType;
import io.github.bankcrm.core.customer.BusinessLicence;
import io.github.bankcrm.core.customer.ContactChannel;
import io.github.bankcrm.core.customer.ContactPoints;
import io.github.bankcrm.core.customer.CorporateCustomer;
import io.github.bankcrm.core.customer.CorporateProfile;
import io.github.bankcrm.core.customer.Customer;
import io.github.bankcrm.core.customer.CustomerId;
import io.github.bankcrm.core.customer.Education;
import io.github.bankcrm.core.customer.EmailAddress;
import io.github.bankcrm.core.customer.Employment;
import io.github.bankcrm.core.customer.EnterpriseSize;
import io.github.bankcrm.core.customer.HouseholdFinances;
import io.github.bankcrm.core.customer.IndividualCustomer;
import io.github.bankcrm.core.customer.IndividualProfile;
import io.github.bankcrm.core.customer.IndustryClassification;
import io.github.bankcrm.core.customer.KycRiskRating;
import io.github.bankcrm.core.customer.ListingStatus;
import io.github.bankcrm.core.customer.MaritalStatus;
import io.github.bankcrm.core.customer.MobileNumber;
import io.github.bankcrm.core.customer.NameScript;
import io.github.bankcrm.core.customer.PersonName;
import io.github.bankcrm.core.customer.PostalAddress;
import io.github.bankcrm.core.identity.Gender;
import io.github.bankcrm.core.identity.IdentityDocument;
import io.github.bankcrm.core.identity.IdentityDocumentType;
import io.github.bankcrm.core.identity.ResidentIdNumber;
import io.github.bankcrm.core.identity.UnifiedSocialCreditCode;
import io.github.bankcrm.core.organization.OrganizationUnitId;
import io.github.bankcrm.core.shared.CountryCode;
import io.github.bankcrm.core.shared.Money;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * A deterministic population of customers with planted duplicates of known kinds, for the identity
 * resolution tests and the 1 M benchmark (the benchmarks module uses it from the crm-core test-jar, so it
 * needs nothing but the JDK and crm-core).
 *
 * <p>Each generated <em>entity</em> (person or company) gets customer number {@code E<entity>-0}; a planted
 * duplicate of it gets {@code E<entity>-1}. Two records are the same customer exactly when their numbers
 * share the part before the hyphen: {@link #sameEntity}. About 3% of the people also get a <em>relative</em>,
 * a different entity sharing their mobile, address and surname: a hard negative.
 *
 * <p>Mix: 80% Chinese citizens with a resident identity card, 12% foreigners with a passport, 8% companies.
 */
public final class DuplicatePopulation {

  /** The kinds of planted duplicates. */
  public enum DuplicateKind {
    /** One character of the name changed; same identity number, birth date and mobile. */
    NAME_TYPO,
    /** The name written in traditional characters (張偉 for 张伟). */
    TRADITIONAL_SCRIPT,
    /** Registered from the first-generation 15-digit number; the address typed with full-width digits. */
    OLD_ID_FORMAT,
    /** The Latin name in the other order (Xiaohong Wang / Wang Xiaohong); a foreigner's with a renewed passport. */
    SWAPPED_NAME_ORDER,
    /** Another mobile number and no e-mail; same identity document. */
    CHANGED_PHONE,
    /** A citizen registered with a passport instead of the identity card; same name, birth date, mobile. */
    OTHER_DOCUMENT,
    /** A company's name typed with spaces and full-width brackets; same credit code. */
    COMPANY_NAME_VARIANT
  }

  /**
   * The generated population.
   *
   * @param customers the records, a duplicate right after its original
   * @param planted the kind of every planted duplicate, by its customer number
   */
  public record Population(List<Customer> customers, Map<CustomerId, DuplicateKind> planted) {

    /**
     * How many true duplicate pairs there are: one per planted duplicate.
     *
     * @return the number of true pairs
     */
    public long truePairs() {
      return planted.size();
    }

    /**
     * The planted duplicates per kind.
     *
     * @return counts per kind
     */
    public Map<DuplicateKind, Long> plantedPerKind() {
      Map<DuplicateKind, Long> counts = new EnumMap<>(DuplicateKind.class);
      planted.values().forEach(kind -> counts.merge(kind, 1L, Long::sum));
      return counts;
    }
  }

  private static final String[] SURNAMES = {
    "王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马", "朱", "胡", "郭", "何", "高",
    "林", "罗", "郑", "梁", "谢", "宋", "唐", "许", "韩", "冯", "邓", "曹", "彭", "曾", "萧", "田", "董", "潘",
    "袁", "蔡", "蒋", "余", "于", "杜", "叶", "程", "苏", "魏", "吕", "丁", "任", "沈", "姚", "卢", "姜", "崔",
    "钟", "谭", "陆", "汪", "范", "金", "石", "廖", "贾", "夏", "韦", "付", "方", "白", "邹", "孟", "熊", "秦",
    "欧阳", "司马", "诸葛", "上官"
  };
  private static final String[] SURNAMES_LATIN = {
    "Wang", "Li", "Zhang", "Liu", "Chen", "Yang", "Huang", "Zhao", "Wu", "Zhou", "Xu", "Sun", "Ma", "Zhu",
    "Hu", "Guo", "He", "Gao", "Lin", "Luo", "Zheng", "Liang", "Xie", "Song", "Tang", "Xu", "Han", "Feng",
    "Deng", "Cao", "Peng", "Zeng", "Xiao", "Tian", "Dong", "Pan", "Yuan", "Cai", "Jiang", "Yu", "Yu", "Du",
    "Ye", "Cheng", "Su", "Wei", "Lyu", "Ding", "Ren", "Shen", "Yao", "Lu", "Jiang", "Cui", "Zhong", "Tan",
    "Lu", "Wang", "Fan", "Jin", "Shi", "Liao", "Jia", "Xia", "Wei", "Fu", "Fang", "Bai", "Zou", "Meng",
    "Xiong", "Qin", "Ouyang", "Sima", "Zhuge", "Shangguan"
  };
  private static final String GIVEN =
      "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚英华红小志建国海云晓婷鹏辉玲宇浩欣怡梓涵子轩萱博文嘉琪"
          + "东爱宝兰杰莹聪颖娇鸣飞亚权义礼兴业胜顺达运进长贵荣发财广传书梦岭岚丝维纯诗语铭锋铁锦颜风圣学宁"
          + "晋洁琼诚刚庆轩玮腾韵鸿鹤协贤乐凯烨炜焕锐锡仪伦泽济满汉润渊莲艺蕴双麦齐";
  private static final String[] SYLLABLES = {
    "wei", "fang", "na", "min", "jing", "li", "qiang", "lei", "jun", "yang", "yong", "yan", "jie", "juan",
    "tao", "ming", "chao", "xiu", "xia", "ping", "gang", "ying", "hua", "hong", "xiao", "zhi", "jian", "guo",
    "hai", "yun", "ting", "peng", "hui", "ling", "yu", "hao", "xin", "yi", "zi", "han", "xuan", "bo", "wen"
  };
  private static final String[] WESTERN_GIVEN = {
    "John", "Mary", "James", "Anna", "Peter", "Sophie", "Michael", "Emma", "Lukas", "Hannah", "Pierre",
    "Claire", "Hiroshi", "Yuki", "Minjun", "Seoyeon", "Oliver", "Charlotte", "David", "Laura", "Thomas",
    "Julia", "Daniel", "Sarah", "Paul", "Elena", "Marco", "Giulia", "Kenji", "Aiko"
  };
  private static final String[] WESTERN_SURNAMES = {
    "Smith", "Johnson", "Brown", "Miller", "Müller", "Schmidt", "Dubois", "Martin", "Tanaka", "Suzuki",
    "Kim", "Park", "Garcia", "Rossi", "Nguyen", "Wilson", "Taylor", "Anderson", "Thomas", "Moore",
    "Jackson", "White", "Harris", "Clark", "Lewis", "Walker", "Hall", "Young", "King", "Wright", "Lopez",
    "Hill", "Scott", "Green", "Adams", "Baker", "Nelson", "Carter", "Mitchell", "Roberts", "Weber",
    "Fischer", "Meyer", "Wagner", "Becker", "Schulz", "Hoffmann", "Bernard", "Petit", "Durand"
  };
  private static final String[] FOREIGN_COUNTRIES = {"USA", "GBR", "DEU", "FRA", "JPN", "KOR", "SGP", "CAN", "AUS", "ITA"};
  private static final String[] REGIONS = {
    "110101", "110105", "110108", "310101", "310104", "310115", "350102", "350104", "440103", "440106",
    "440305", "330102", "330106", "510104", "510107", "420102", "420106", "320102", "320106", "610102",
    "120101", "500103", "370102", "410102", "430102", "210102", "220102", "230102", "340102", "360102"
  };
  private static final String[] DISTRICTS = {"朝阳区", "海淀区", "东城区", "浦东新区", "黄浦区", "鼓楼区", "天河区", "南山区", "武侯区"};
  private static final String[] ROADS = {"建国路", "长安街", "中山路", "人民路", "解放路", "南京东路", "淮海中路", "世纪大道", "中关村大街", "五四路"};
  private static final String[] CITIES = {"北京", "上海", "福州", "广州", "深圳", "杭州", "成都", "武汉", "南京", "西安", "重庆", "天津"};
  private static final String[] COMPANY_WORDS = {
    "星海", "华信", "远航", "恒通", "鼎盛", "天成", "博远", "宏图", "嘉和", "瑞丰", "金桥", "新创", "东方", "长城",
    "中科", "联合", "永安", "盛世", "海纳", "卓越", "启明", "百川", "九州", "四海"
  };
  private static final String[] COMPANY_TRADES = {"贸易", "科技", "建设", "物流", "投资", "食品", "医药", "电子", "软件", "实业", "咨询", "传媒"};
  private static final String[] DOMAINS = {"example.com", "example.cn", "qq.com", "163.com", "126.com", "sina.com"};
  private static final String CREDIT_CODE_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
  private static final Map<Character, Character> TRADITIONAL = traditionalForms();
  private static final OrganizationUnitId UNIT = OrganizationUnitId.of("BJ01");
  private static final Instant CREATED = Instant.parse("2025-06-01T00:00:00Z");
  private static final LocalDate EARLIEST_BIRTH = LocalDate.of(1940, 1, 1);
  private static final int BIRTH_DAYS = (int) (LocalDate.of(1999, 12, 31).toEpochDay() - EARLIEST_BIRTH.toEpochDay());

  private final SplittableRandom random;
  private final double duplicateShare;
  private final Set<String> usedNumbers = new HashSet<>();

  private DuplicatePopulation(long seed, double duplicateShare) {
    this.random = new SplittableRandom(seed);
    this.duplicateShare = duplicateShare;
  }

  /**
   * Generates a population.
   *
   * @param size how many customer records, duplicates included
   * @param duplicateShare the share of entities that get one planted duplicate, 0 to 1
   * @param seed the random seed: the same seed gives the same population
   * @return the population
   */
  public static Population generate(int size, double duplicateShare, long seed) {
    return new DuplicatePopulation(seed, duplicateShare).generate(size);
  }

  /**
   * Whether two customer numbers of a generated population belong to the same entity.
   *
   * @param one a customer number
   * @param other another customer number
   * @return whether they are the same customer
   */
  public static boolean sameEntity(CustomerId one, CustomerId other) {
    String a = one.value();
    String b = other.value();
    int hyphen = a.indexOf('-');
    return hyphen > 0 && b.length() > hyphen && b.charAt(hyphen) == '-' && a.regionMatches(0, b, 0, hyphen);
  }

  private Population generate(int size) {
    List<Customer> customers = new ArrayList<>(size);
    Map<CustomerId, DuplicateKind> planted = new HashMap<>();
    int entity = 0;
    while (customers.size() < size) {
      double kind = random.nextDouble();
      boolean duplicate = random.nextDouble() < duplicateShare && customers.size() + 2 <= size;
      if (kind < 0.08) {
        Company company = company();
        customers.add(company.customer(id(entity, 0)));
        if (duplicate) {
          CustomerId copy = id(entity, 1);
          customers.add(company.variant().customer(copy));
          planted.put(copy, DuplicateKind.COMPANY_NAME_VARIANT);
        }
      } else {
        Person person = kind < 0.20 ? foreigner() : citizen();
        customers.add(person.customer(id(entity, 0)));
        if (duplicate) {
          DuplicateKind plantedKind = person.citizen() ? citizenDuplicateKind() : foreignerDuplicateKind();
          CustomerId copy = id(entity, 1);
          customers.add(duplicate(person, plantedKind).customer(copy));
          planted.put(copy, plantedKind);
        } else if (person.citizen() && random.nextDouble() < 0.03 && customers.size() < size) {
          entity++;
          customers.add(relative(person).customer(id(entity, 0)));
        }
      }
      entity++;
    }
    return new Population(List.copyOf(customers), Map.copyOf(planted));
  }

  private static CustomerId id(int entity, int copy) {
    return CustomerId.of("E" + entity + "-" + copy);
  }

  private DuplicateKind citizenDuplicateKind() {
    DuplicateKind[] kinds = {
      DuplicateKind.NAME_TYPO, DuplicateKind.TRADITIONAL_SCRIPT, DuplicateKind.OLD_ID_FORMAT,
      DuplicateKind.SWAPPED_NAME_ORDER, DuplicateKind.CHANGED_PHONE, DuplicateKind.OTHER_DOCUMENT
    };
    return kinds[random.nextInt(kinds.length)];
  }

  private DuplicateKind foreignerDuplicateKind() {
    DuplicateKind[] kinds = {DuplicateKind.NAME_TYPO, DuplicateKind.SWAPPED_NAME_ORDER, DuplicateKind.CHANGED_PHONE};
    return kinds[random.nextInt(kinds.length)];
  }

  // --- people -----------------------------------------------------------------------------------

  /** What a person record is made of; {@code residentId} is the number as typed (15 or 18 digits). */
  private record Person(
      boolean citizen,
      String legalName,
      String latinName,
      String residentId,
      String passport,
      String passportCountry,
      LocalDate birthDate,
      Gender gender,
      String mobile,
      String email,
      String addressLine,
      String division) {

    Person with(String legal, String latin, String resident, String passportNumber, String mobileNumber, String mail, String line) {
      return new Person(citizen, legal, latin, resident, passportNumber, passportCountry, birthDate, gender, mobileNumber, mail, line, division);
    }

    IndividualCustomer customer(CustomerId id) {
      List<IdentityDocument> documents = new ArrayList<>();
      if (residentId != null) {
        documents.add(IdentityDocument.residentIdCard(ResidentIdNumber.of(residentId)));
      }
      if (passport != null) {
        documents.add(IdentityDocument.passport(passport, CountryCode.of(passportCountry), null, null));
      }
      Map<NameScript, String> alternatives = latinName == null || !citizen ? Map.of() : Map.of(NameScript.LATIN, latinName);
      List<PostalAddress> addresses =
          addressLine == null
              ? List.of()
              : List.of(new PostalAddress(AddressType.HOME, CountryCode.CHINA, division, addressLine, null));
      ContactPoints contact =
          new ContactPoints(
              MobileNumber.of(mobile),
              List.of(),
              email == null ? null : EmailAddress.of(email),
              addresses,
              ContactChannel.SMS,
              false);
      IndividualProfile profile =
          new IndividualProfile(
              new PersonName(legalName, alternatives),
              documents,
              birthDate,
              gender,
              citizen ? CountryCode.CHINA : CountryCode.of(passportCountry),
              MaritalStatus.NOT_STATED,
              Education.NOT_STATED,
              Employment.UNKNOWN,
              HouseholdFinances.UNDECLARED,
              contact);
      return new IndividualCustomer(id, 1, UNIT, null, KycRiskRating.LOW, CREATED, CREATED, profile);
    }
  }

  private Person citizen() {
    int surname = random.nextInt(SURNAMES.length);
    int givenLength = 1 + random.nextInt(2);
    StringBuilder given = new StringBuilder();
    StringBuilder givenLatin = new StringBuilder();
    for (int i = 0; i < givenLength; i++) {
      given.append(GIVEN.charAt(random.nextInt(GIVEN.length())));
      givenLatin.append(SYLLABLES[random.nextInt(SYLLABLES.length)]);
    }
    LocalDate birth = EARLIEST_BIRTH.plusDays(random.nextInt(BIRTH_DAYS));
    String region = REGIONS[random.nextInt(REGIONS.length)];
    String old;
    do {
      old = region + String.format("%02d%02d%02d", birth.getYear() % 100, birth.getMonthValue(), birth.getDayOfMonth())
          + String.format("%03d", random.nextInt(1000));
    } while (!usedNumbers.add(old));
    ResidentIdNumber number = ResidentIdNumber.of(old);
    String latin = random.nextBoolean() ? SURNAMES_LATIN[surname] + " " + capitalised(givenLatin.toString()) : null;
    return new Person(
        true,
        SURNAMES[surname] + given,
        latin,
        number.value(),
        null,
        "CHN",
        birth,
        number.gender(),
        mobile(),
        random.nextDouble() < 0.6 ? email() : null,
        random.nextDouble() < 0.7 ? addressLine() : null,
        region);
  }

  private Person foreigner() {
    String country = FOREIGN_COUNTRIES[random.nextInt(FOREIGN_COUNTRIES.length)];
    String name = WESTERN_GIVEN[random.nextInt(WESTERN_GIVEN.length)] + " " + WESTERN_SURNAMES[random.nextInt(WESTERN_SURNAMES.length)];
    return new Person(
        false,
        name,
        null,
        null,
        passportNumber(),
        country,
        EARLIEST_BIRTH.plusDays(random.nextInt(BIRTH_DAYS)),
        random.nextBoolean() ? Gender.MALE : Gender.FEMALE,
        mobile(),
        random.nextDouble() < 0.8 ? email() : null,
        random.nextDouble() < 0.5 ? addressLine() : null,
        REGIONS[random.nextInt(REGIONS.length)]);
  }

  private Person duplicate(Person original, DuplicateKind kind) {
    Person p = original;
    return switch (kind) {
      case NAME_TYPO -> p.with(typo(p.legalName()), p.latinName(), p.residentId(), p.passport(), p.mobile(), p.email(), p.addressLine());
      case TRADITIONAL_SCRIPT -> p.with(traditional(p.legalName()), p.latinName(), p.residentId(), p.passport(), p.mobile(), p.email(), p.addressLine());
      case OLD_ID_FORMAT -> p.with(p.legalName(), p.latinName(), oldForm(p.residentId()), p.passport(), p.mobile(), null,
          p.addressLine() == null ? null : fullWidthDigits(p.addressLine()));
      case SWAPPED_NAME_ORDER -> p.citizen()
          ? p.with(p.legalName(), swapped(p.latinName() == null ? "Wang Xiaohong" : p.latinName()), p.residentId(), p.passport(), p.mobile(), p.email(), p.addressLine())
          : p.with(swapped(p.legalName()), null, null, passportNumber(), p.mobile(), p.email(), p.addressLine());
      case CHANGED_PHONE -> p.with(p.legalName(), p.latinName(), p.residentId(), p.passport(), mobile(), null, p.addressLine());
      case OTHER_DOCUMENT -> p.with(p.legalName(), p.latinName(), null, passportNumber(), p.mobile(), null, null);
      case COMPANY_NAME_VARIANT -> throw new IllegalArgumentException("not a person's duplicate");
    };
  }

  /** Another person of the household: same surname, mobile and address, another number and birth date. */
  private Person relative(Person person) {
    Person other = citizen();
    String surname = person.legalName().substring(0, 1);
    return new Person(
        true,
        surname + other.legalName().substring(1),
        null,
        other.residentId(),
        null,
        "CHN",
        other.birthDate(),
        other.gender(),
        person.mobile(),
        null,
        person.addressLine(),
        person.division());
  }

  // --- companies --------------------------------------------------------------------------------

  private record Company(String name, String creditCode) {
    Company variant() {
      String spaced = name.length() > 4 ? name.substring(0, 2) + " " + name.substring(2) : name;
      return new Company("（" + spaced.substring(0, 2) + "）" + spaced.substring(2), creditCode);
    }

    CorporateCustomer customer(CustomerId id) {
      CorporateProfile profile =
          new CorporateProfile(
              name,
              UnifiedSocialCreditCode.of(creditCode),
              new BusinessLicence(
                  LocalDate.of(2012, 3, 15), Money.of("1000000", "CNY"), "陈志明", "批发零售", LocalDate.of(2012, 3, 15), null),
              new IndustryClassification("F5179", "其他机械设备及电子产品批发"),
              EnterpriseSize.SMALL,
              ListingStatus.UNLISTED,
              List.of());
      return new CorporateCustomer(id, 1, UNIT, null, KycRiskRating.LOW, CREATED, CREATED, profile);
    }
  }

  private Company company() {
    String name = CITIES[random.nextInt(CITIES.length)]
        + COMPANY_WORDS[random.nextInt(COMPANY_WORDS.length)]
        + COMPANY_WORDS[random.nextInt(COMPANY_WORDS.length)]
        + COMPANY_TRADES[random.nextInt(COMPANY_TRADES.length)]
        + "有限公司";
    String code;
    do {
      StringBuilder first17 = new StringBuilder("91").append(REGIONS[random.nextInt(REGIONS.length)]);
      for (int i = 0; i < 9; i++) {
        first17.append(CREDIT_CODE_ALPHABET.charAt(random.nextInt(CREDIT_CODE_ALPHABET.length())));
      }
      code = first17.toString() + UnifiedSocialCreditCode.checkCharacter(first17);
    } while (!usedNumbers.add(code));
    return new Company(name, code);
  }

  // --- values -----------------------------------------------------------------------------------

  private String mobile() {
    StringBuilder number = new StringBuilder("1").append((char) ('3' + random.nextInt(7)));
    for (int i = 0; i < 9; i++) {
      number.append((char) ('0' + random.nextInt(10)));
    }
    return number.toString();
  }

  private String email() {
    StringBuilder local = new StringBuilder();
    local.append(SYLLABLES[random.nextInt(SYLLABLES.length)]).append('.').append(SYLLABLES[random.nextInt(SYLLABLES.length)]);
    local.append(random.nextInt(100_000));
    return local + "@" + DOMAINS[random.nextInt(DOMAINS.length)];
  }

  private String addressLine() {
    return DISTRICTS[random.nextInt(DISTRICTS.length)] + ROADS[random.nextInt(ROADS.length)]
        + (1 + random.nextInt(999)) + "号" + (1 + random.nextInt(30)) + "栋" + (101 + random.nextInt(3000)) + "室";
  }

  private String passportNumber() {
    StringBuilder number = new StringBuilder().append("EGPK".charAt(random.nextInt(4)));
    for (int i = 0; i < 8; i++) {
      number.append((char) ('0' + random.nextInt(10)));
    }
    return number.toString();
  }

  /** One character replaced: a given-name character of a Chinese name, a letter of a Latin name. */
  private String typo(String name) {
    int[] points = name.codePoints().toArray();
    int at = points.length == 1 ? 0 : 1 + random.nextInt(points.length - 1);
    if (points[at] == ' ') {
      at = points.length - 1;
    }
    boolean latin = points[at] < 0x3000;
    int replacement;
    do {
      replacement = latin ? 'a' + random.nextInt(26) : GIVEN.charAt(random.nextInt(GIVEN.length()));
    } while (replacement == points[at]);
    points[at] = replacement;
    return new String(points, 0, points.length);
  }

  private static String traditional(String name) {
    StringBuilder folded = new StringBuilder();
    for (char c : name.toCharArray()) {
      folded.append(TRADITIONAL.getOrDefault(c, c));
    }
    return folded.toString();
  }

  private static String oldForm(String residentId) {
    return residentId.substring(0, 6) + residentId.substring(8, 17);
  }

  private static String swapped(String name) {
    int space = name.indexOf(' ');
    return space < 0 ? name : name.substring(space + 1) + " " + name.substring(0, space);
  }

  private static String fullWidthDigits(String line) {
    StringBuilder wide = new StringBuilder();
    line.chars().forEach(c -> wide.append(c >= '0' && c <= '9' ? (char) (c - '0' + '０') : (char) c));
    return wide.toString();
  }

  private static String capitalised(String word) {
    return Character.toUpperCase(word.charAt(0)) + word.substring(1);
  }

  private static Map<Character, Character> traditionalForms() {
    String pairs = "张張陈陳刘劉杨楊黄黃赵趙吴吳孙孫马馬罗羅郑鄭谢謝许許韩韓冯馮邓鄧叶葉苏蘇吕呂卢盧蒋蔣贾賈钟鍾范範谭譚邹鄒陆陸"
        + "伟偉红紅国國军軍强強丽麗静靜涛濤辉輝鹏鵬东東爱愛宝寶兰蘭云雲晓曉杰傑莹瑩聪聰颖穎娇嬌鸣鳴飞飛亚亞华華";
    Map<Character, Character> forms = new HashMap<>();
    for (int i = 0; i + 1 < pairs.length(); i += 2) {
      forms.put(pairs.charAt(i), pairs.charAt(i + 1));
    }
    return Map.copyOf(forms);
  }
}
