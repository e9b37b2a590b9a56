package io.github.bankcrm.examples.bank;

import static java.util.Objects.requireNonNull;

import io.github.bankcrm.core.customer.CorporateCustomer;
import io.github.bankcrm.core.customer.CorporateProfileForm;
import io.github.bankcrm.core.customer.CustomerId;
import io.github.bankcrm.core.customer.CustomerUpdate;
import io.github.bankcrm.core.customer.EnterpriseSize;
import io.github.bankcrm.core.customer.IdentityDocumentForm;
import io.github.bankcrm.core.customer.IndividualCustomer;
import io.github.bankcrm.core.customer.IndividualProfileForm;
import io.github.bankcrm.core.customer.KycRiskRating;
import io.github.bankcrm.core.holding.AccountId;
import io.github.bankcrm.core.holding.LoanContractId;
import io.github.bankcrm.core.holding.OpenAccount;
import io.github.bankcrm.core.holding.ProductType;
import io.github.bankcrm.core.identity.Gender;
import io.github.bankcrm.core.identity.IdentityDocumentType;
import io.github.bankcrm.core.identity.ResidentIdNumber;
import io.github.bankcrm.core.identity.UnifiedSocialCreditCode;
import io.github.bankcrm.core.interaction.ComplaintSeverity;
import io.github.bankcrm.core.interaction.InteractionChannel;
import io.github.bankcrm.core.interaction.InteractionOutcome;
import io.github.bankcrm.core.interaction.InteractionType;
import io.github.bankcrm.core.interaction.RecordInteraction;
import io.github.bankcrm.core.lifecycle.BalancePoint;
import io.github.bankcrm.core.organization.OrganizationLevel;
import io.github.bankcrm.core.organization.OrganizationUnit;
import io.github.bankcrm.core.organization.OrganizationUnitId;
import io.github.bankcrm.core.organization.RelationshipManagerId;
import io.github.bankcrm.core.relationship.EstablishRelationship;
import io.github.bankcrm.core.relationship.RelationshipType;
import io.github.bankcrm.core.shared.Actor;
import io.github.bankcrm.core.shared.Money;
import io.github.bankcrm.examples.bank.internal.ChineseNames;
import io.github.bankcrm.examples.bank.internal.IdentityNumbers;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import java.util.stream.Stream;

/**
 * A synthetic bank [模拟银行], generated deterministically from a seed: the same {@link Config} gives the
 * same customers, numbers and holdings on every machine and every run.
 *
 * <p>Customers come in clusters: a household (a person, perhaps a spouse and grown children) or a
 * corporate group (a controlling person and a chain of one to three companies, each owning the next).
 * Each cluster is drawn from its own random stream, so {@link #customers()} is a lazy stream that never
 * holds more than one cluster: ten million customers need no more heap than a thousand.
 *
 * <p>Balances follow a Pareto law (a few very valuable customers, many small ones); some customers are
 * loss-making, some drain their balances, some fall dormant, some loans are overdue, some customers
 * complain. Planted duplicates ({@link PlantedDuplicate}) carry their ground truth. Every identity
 * number is checked with crm-core ({@link ResidentIdNumber}, {@link UnifiedSocialCreditCode}) and every
 * registration is built by the aggregate itself, so an invalid record is a bug that fails loudly.
 */
public final class SyntheticBank {

  /** The bank's business date in every synthetic bank: balances and ages are as of this day. */
  public static final LocalDate BUSINESS_DATE = LocalDate.of(2026, 11, 30);

  /** The bank's time zone. */
  public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

  /** The moment the data is as of: the evening of the business date. */
  public static final Instant AS_OF = BUSINESS_DATE.atTime(18, 0).atZone(ZONE).toInstant();

  /** The source system named on planted relationships. */
  public static final String SOURCE_SYSTEM = "SYNTHETIC";

  /** Who registers synthetic records. */
  public static final Actor LOADER = Actor.system("synthetic-bank");

  private static final int SLOTS_PER_CLUSTER = 8;
  private static final BigDecimal PRIVATE_BANKING = new BigDecimal("6000000");
  private static final BigDecimal AFFLUENT = new BigDecimal("500000");
  private static final List<String> SUB_BRANCHES = List.of("BJ01", "BJ02", "SH01", "SH02", "GZ01", "CD01");
  private static final String[][] INDUSTRIES = {
    {"F5179", "其他机械设备及电子产品批发"}, {"C3311", "金属结构制造"}, {"I6510", "软件开发"},
    {"E4700", "房屋建筑业"}, {"G5430", "道路货物运输"}, {"H6210", "正餐服务"}
  };

  private final Config config;

  /**
   * A bank with this configuration.
   *
   * @param config the seed, size and ratios
   */
  public SyntheticBank(Config config) {
    this.config = requireNonNull(config, "config");
  }

  /**
   * The configuration.
   *
   * @return the seed, size and ratios
   */
  public Config config() {
    return config;
  }

  /**
   * The organisation: a head office, four branches and six sub-branches that own the customers.
   *
   * @return parents before children
   */
  public List<OrganizationUnit> units() {
    OrganizationUnitId head = OrganizationUnitId.of("HO");
    List<OrganizationUnit> units = new ArrayList<>();
    units.add(new OrganizationUnit(head, "总行", OrganizationLevel.HEAD_OFFICE, null));
    String[][] branches = {{"BJ", "北京分行"}, {"SH", "上海分行"}, {"GZ", "广州分行"}, {"CD", "成都分行"}};
    for (String[] branch : branches) {
      units.add(new OrganizationUnit(OrganizationUnitId.of(branch[0]), branch[1], OrganizationLevel.BRANCH, head));
    }
    for (String sub : SUB_BRANCHES) {
      units.add(new OrganizationUnit(OrganizationUnitId.of(sub), sub + " 支行", OrganizationLevel.SUB_BRANCH,
          OrganizationUnitId.of(sub.substring(0, 2))));
    }
    return List.copyOf(units);
  }

  /**
   * The customers, lazily, in generation order: an original always comes before its duplicates and a
   * link always points to a customer generated earlier. Exactly {@link Config#size()} of them.
   *
   * @return a stream that may be consumed once; generate again for a second pass
   */
  public Stream<SyntheticCustomer> customers() {
    return LongStream.iterate(0, cluster -> cluster + 1)
        .mapToObj(this::cluster)
        .flatMap(List::stream)
        .limit(config.size());
  }

  private List<SyntheticCustomer> cluster(long cluster) {
    if ((cluster + 1) * SLOTS_PER_CLUSTER > IdentityNumbers.CAPACITY) {
      throw new IllegalStateException("more clusters than identity numbers");
    }
    SplittableRandom random = new SplittableRandom(config.seed() * 0x9E3779B97F4A7C15L + cluster);
    return new Cluster(cluster, random).build();
  }

  /** One household or corporate group being drawn. */
  private final class Cluster {
    private final long number;
    private final SplittableRandom random;
    private final OrganizationUnitId unit;
    private final RelationshipManagerId manager;
    private final List<SyntheticCustomer> members = new ArrayList<>();
    private final List<Person> people = new ArrayList<>();

    Cluster(long number, SplittableRandom random) {
      this.number = number;
      this.random = random;
      String sub = SUB_BRANCHES.get(random.nextInt(SUB_BRANCHES.size()));
      this.unit = OrganizationUnitId.of(sub);
      this.manager = RelationshipManagerId.of("RM-" + sub + "-" + random.nextInt(8));
    }

    List<SyntheticCustomer> build() {
      if (random.nextDouble() < config.corporateShare()) {
        corporateGroup();
      } else {
        household();
      }
      for (Person person : List.copyOf(people)) {
        if (members.size() < SLOTS_PER_CLUSTER && random.nextDouble() < config.duplicateShare()) {
          duplicate(person);
        }
      }
      return members;
    }

    private void household() {
      Person head = person(LocalDate.of(1950, 1, 1).plusDays(random.nextInt(365 * 52)), random.nextBoolean(), List.of());
      if (random.nextDouble() >= config.householdShare()) {
        return;
      }
      Person spouse = person(head.birthDate.plusDays(random.nextInt(-2000, 2000)), !head.female,
          List.of(new PendingLink(RelationshipType.SPOUSE, null, head)));
      int children = random.nextInt(3);
      for (int i = 0; i < children; i++) {
        LocalDate born = head.birthDate.plusYears(24 + random.nextInt(12)).plusDays(random.nextInt(365));
        if (born.isBefore(BUSINESS_DATE.minusYears(18))) {
          person(born, random.nextBoolean(), List.of(
              new PendingLink(RelationshipType.PARENT_CHILD, head, null),
              new PendingLink(RelationshipType.PARENT_CHILD, spouse, null)));
        }
      }
    }

    private void corporateGroup() {
      Person owner = person(LocalDate.of(1955, 1, 1).plusDays(random.nextInt(365 * 35)), random.nextBoolean(), List.of());
      int depth = 1 + random.nextInt(3);
      CustomerId parent = owner.id;
      for (int level = 0; level < depth; level++) {
        BigDecimal share = level == 0
            ? BigDecimal.valueOf(30 + random.nextInt(71))
            : BigDecimal.valueOf(51 + random.nextInt(50));
        company(level, owner, parent, share);
        parent = members.get(members.size() - 1).id();
      }
    }

    private Person person(LocalDate birthDate, boolean female, List<PendingLink> pending) {
      int slot = members.size();
      CustomerId id = idOf(slot);
      long personNumber = number * SLOTS_PER_CLUSTER + slot;
      String residentId = ResidentIdNumber.of(IdentityNumbers.residentId(personNumber, birthDate, female)).value();
      Person person = new Person(id, ChineseNames.person(random), residentId, birthDate, female, mobile());
      LocalDate since = birthDate.plusYears(20).isAfter(BUSINESS_DATE) ? BUSINESS_DATE : birthDate.plusYears(20);
      List<EstablishRelationship> links = pending.stream()
          .map(p -> p.from == null
              ? relationship(p.type, id, p.to.id, null, since)
              : relationship(p.type, p.from.id, id, null, birthDate))
          .toList();
      IndividualProfileForm form = IndividualProfileForm.builder()
          .legalName(person.name)
          .addIdentityDocuments(IdentityDocumentForm.residentIdCard(residentId))
          .mobile(person.mobile)
          .build();
      register(IndividualCustomer.register(id, form, unit, manager, kyc(0.02), LOADER, AS_OF).get(),
          false, links, null);
      people.add(person);
      return person;
    }

    private void company(int level, Person owner, CustomerId parent, BigDecimal share) {
      int slot = members.size();
      CustomerId id = idOf(slot);
      String code = UnifiedSocialCreditCode.of(IdentityNumbers.creditCode(number * SLOTS_PER_CLUSTER + slot)).value();
      String[] industry = INDUSTRIES[random.nextInt(INDUSTRIES.length)];
      CorporateProfileForm form = CorporateProfileForm.builder()
          .registeredName(ChineseNames.company(random, level == 0 ? "" : "第" + (level + 1) + "分"))
          .unifiedSocialCreditCode(code)
          .registrationDate(BUSINESS_DATE.minusDays(400 + random.nextInt(365 * 25)))
          .registeredCapital(BigDecimal.valueOf(100_000L * (1 + random.nextInt(5000))))
          .legalRepresentative(owner.name)
          .businessScope("一般经营项目")
          .industryCode(industry[0])
          .industryName(industry[1])
          .enterpriseSize(EnterpriseSize.values()[random.nextInt(EnterpriseSize.values().length)])
          .build();
      LocalDate registered = form.registrationDate();
      List<EstablishRelationship> links = new ArrayList<>();
      links.add(relationship(RelationshipType.SHAREHOLDING, parent, id, share, registered));
      if (level == 0) {
        links.add(relationship(RelationshipType.LEGAL_REPRESENTATIVE, owner.id, id, null, registered));
      }
      register(CorporateCustomer.register(id, form, unit, manager, kyc(0.08), LOADER, AS_OF).get(),
          true, links, null);
    }

    private void duplicate(Person original) {
      int slot = members.size();
      CustomerId id = idOf(slot);
      PlantedDuplicate.Kind kind = PlantedDuplicate.Kind.values()[random.nextInt(3)];
      if (kind == PlantedDuplicate.Kind.OLD_ID_NUMBER && original.birthDate.getYear() >= 2000) {
        kind = PlantedDuplicate.Kind.NAME_TYPO;
      }
      var form = IndividualProfileForm.builder();
      if (kind == PlantedDuplicate.Kind.OLD_ID_NUMBER) {
        String old = IdentityNumbers.oldForm(original.residentId);
        if (!ResidentIdNumber.of(old).value().equals(original.residentId)) {
          throw new IllegalStateException("the 15-digit form does not normalise back");
        }
        form.legalName(original.name).addIdentityDocuments(IdentityDocumentForm.residentIdCard(old)).mobile(original.mobile);
      } else {
        String passport = "E" + String.format("%08d", (number * SLOTS_PER_CLUSTER + slot) % 100_000_000L);
        form.legalName(kind == PlantedDuplicate.Kind.NAME_TYPO ? ChineseNames.mistyped(original.name, random) : original.name)
            .addIdentityDocuments(new IdentityDocumentForm(IdentityDocumentType.PASSPORT, passport, "CHN",
                BUSINESS_DATE.minusYears(3), BUSINESS_DATE.plusYears(7)))
            .birthDate(original.birthDate)
            .gender(original.female ? Gender.FEMALE : Gender.MALE)
            .mobile(kind == PlantedDuplicate.Kind.CHANGED_PHONE ? mobile() : original.mobile);
      }
      register(IndividualCustomer.register(id, form.build(), unit, manager, KycRiskRating.LOW, LOADER, AS_OF).get(),
          false, List.of(), new PlantedDuplicate(id, original.id, kind));
    }

    private void register(CustomerUpdate registration, boolean corporate, List<EstablishRelationship> links,
        PlantedDuplicate duplicate) {
      int slot = members.size();
      Holdings holdings = duplicate == null ? holdings(slot, corporate) : smallDeposit(slot);
      members.add(new SyntheticCustomer(registration, holdings.tier, holdings.accounts, holdings.loans,
          interactions(registration.customer().id(), holdings.tier), links, duplicate));
    }

    private Holdings holdings(int slot, boolean corporate) {
      double scale = corporate ? 50_000 : 3_000;
      double assets = Math.min(scale / Math.pow(1 - random.nextDouble(), 1 / config.paretoAlpha()), 500_000_000);
      boolean lossMaking = random.nextDouble() < config.lossMakingShare();
      if (lossMaking) {
        assets = random.nextInt(2_000);
      }
      if (random.nextDouble() < config.prospectShare()) {
        return new Holdings(lossMaking ? ValueTier.LOSS_MAKING : ValueTier.MASS, List.of(), List.of());
      }
      int tenureDays = 60 + random.nextInt(365 * 10);
      Behaviour behaviour = behaviour();
      int count = 1 + (assets > 50_000 ? 1 : 0) + random.nextInt(2);
      List<SyntheticAccount> accounts = new ArrayList<>();
      for (int i = 0; i < count; i++) {
        BigDecimal share = cents(assets / count);
        ProductType type = i == 1 && assets >= 500_000 ? ProductType.WEALTH : ProductType.DEPOSIT;
        accounts.add(account(slot, i, type, BUSINESS_DATE.minusDays(tenureDays - i * 7L), share, behaviour));
      }
      List<SyntheticLoan> loans = new ArrayList<>();
      boolean overdue = false;
      if (random.nextDouble() < (corporate ? config.loanShare() * 3 : config.loanShare())) {
        SyntheticLoan loan = loan(slot, assets, lossMaking);
        overdue = loan.isOverdue();
        loans.add(loan);
      }
      ValueTier tier = lossMaking || overdue ? ValueTier.LOSS_MAKING
          : BigDecimal.valueOf(assets).compareTo(PRIVATE_BANKING) >= 0 ? ValueTier.PRIVATE_BANKING
          : BigDecimal.valueOf(assets).compareTo(AFFLUENT) >= 0 ? ValueTier.AFFLUENT
          : ValueTier.MASS;
      return new Holdings(tier, accounts, loans);
    }

    private Holdings smallDeposit(int slot) {
      SyntheticAccount account = account(slot, 0, ProductType.DEPOSIT,
          BUSINESS_DATE.minusDays(30 + random.nextInt(700)), cents(random.nextInt(5_000)), Behaviour.STEADY);
      return new Holdings(ValueTier.LOSS_MAKING, List.of(account), List.of());
    }

    private Behaviour behaviour() {
      double draw = random.nextDouble();
      if (draw < config.drainingShare()) {
        return Behaviour.DRAINING;
      }
      if (draw < config.drainingShare() + config.dormantShare()) {
        return Behaviour.DORMANT;
      }
      return draw < 0.5 ? Behaviour.GROWING : Behaviour.STEADY;
    }

    private SyntheticAccount account(int slot, int index, ProductType type, LocalDate openedOn,
        BigDecimal balance, Behaviour behaviour) {
      String id = idOf(slot).value() + "-A" + index;
      long serial = (number * SLOTS_PER_CLUSTER + slot) * 4 + index;
      String accountNumber = "62220" + String.format("%011d", serial);
      String product = type == ProductType.WEALTH ? "WM-01" : index == 0 ? "DEP-CUR" : "DEP-FIX";
      OpenAccount opening = new OpenAccount(accountNumber, type, product, "CNY", openedOn,
          behaviour == Behaviour.GROWING ? cents(balance.doubleValue() * 0.6) : balance, idOf(slot));
      List<BalancePoint> points = new ArrayList<>();
      switch (behaviour) {
        case DORMANT -> {
          LocalDate last = BUSINESS_DATE.minusDays(200 + random.nextInt(300));
          if (last.isAfter(openedOn)) {
            points.add(new BalancePoint(last, balance));
          }
        }
        case DRAINING -> {
          point(points, openedOn, BUSINESS_DATE.minusDays(40), balance);
          point(points, openedOn, BUSINESS_DATE.minusDays(3),
              cents(balance.doubleValue() * (0.1 + random.nextDouble() * 0.4)));
        }
        case GROWING -> {
          point(points, openedOn, BUSINESS_DATE.minusDays(95), cents(balance.doubleValue() * 0.7));
          point(points, openedOn, BUSINESS_DATE.minusDays(35), cents(balance.doubleValue() * 0.85));
          point(points, openedOn, BUSINESS_DATE.minusDays(1 + random.nextInt(10)), balance);
        }
        case STEADY -> {
          point(points, openedOn, BUSINESS_DATE.minusDays(95), cents(balance.doubleValue() * 1.02));
          point(points, openedOn, BUSINESS_DATE.minusDays(1 + random.nextInt(20)), balance);
        }
      }
      return new SyntheticAccount(AccountId.of(id), opening, points);
    }

    private void point(List<BalancePoint> points, LocalDate openedOn, LocalDate day, BigDecimal amount) {
      if (day.isAfter(openedOn)) {
        points.add(new BalancePoint(day, amount));
      }
    }

    private SyntheticLoan loan(int slot, double assets, boolean lossMaking) {
      BigDecimal amount = cents(Math.max(20_000, Math.round(assets * (0.5 + random.nextDouble() * 2.5) / 1000) * 1000));
      LocalDate start = BUSINESS_DATE.minusDays(90 + random.nextInt(900));
      LocalDate maturity = BUSINESS_DATE.plusDays(180 + random.nextInt(1500));
      LocalDate due = maturity;
      boolean overdue = random.nextDouble() < (lossMaking ? config.overdueShare() * 5 : config.overdueShare());
      LocalDate overdueSince = overdue ? BUSINESS_DATE.minusDays(1 + random.nextInt(89)) : null;
      BigDecimal outstanding = cents(amount.doubleValue() * (0.3 + random.nextDouble() * 0.7));
      return new SyntheticLoan(LoanContractId.of(idOf(slot).value() + "-L0"), Money.of(amount, CNY),
          start, due, maturity, Money.of(outstanding, CNY), overdueSince);
    }

    private List<RecordInteraction> interactions(CustomerId id, ValueTier tier) {
      List<RecordInteraction> interactions = new ArrayList<>();
      int contacts = tier == ValueTier.LOSS_MAKING ? 3 + random.nextInt(6) : random.nextInt(4);
      for (int i = 0; i < contacts; i++) {
        InteractionType type = random.nextBoolean() ? InteractionType.INQUIRY : InteractionType.SERVICE_REQUEST;
        interactions.add(contact(id, type, null, 1 + random.nextInt(180)));
      }
      if (random.nextDouble() < config.complaintShare()) {
        int complaints = 1 + random.nextInt(3);
        for (int i = 0; i < complaints; i++) {
          ComplaintSeverity severity = ComplaintSeverity.values()[
              Math.min(random.nextInt(ComplaintSeverity.values().length), random.nextInt(ComplaintSeverity.values().length))];
          interactions.add(contact(id, InteractionType.COMPLAINT, severity, 1 + random.nextInt(60)));
        }
      }
      interactions.sort(Comparator.comparing(RecordInteraction::occurredAt));
      return interactions;
    }

    private RecordInteraction contact(CustomerId id, InteractionType type, ComplaintSeverity severity, int daysAgo) {
      InteractionChannel channel = InteractionChannel.values()[random.nextInt(InteractionChannel.values().length)];
      Instant at = AS_OF.minusSeconds(86_400L * daysAgo + random.nextInt(36_000));
      InteractionOutcome outcome = type == InteractionType.COMPLAINT
          ? InteractionOutcome.FOLLOW_UP_NEEDED : InteractionOutcome.COMPLETED;
      return new RecordInteraction(id, channel, type, at, outcome, Actor.of("agent-" + random.nextInt(40)), severity, null);
    }

    private KycRiskRating kyc(double highShare) {
      double draw = random.nextDouble();
      return draw < highShare ? KycRiskRating.HIGH : draw < highShare * 5 ? KycRiskRating.MEDIUM : KycRiskRating.LOW;
    }

    private String mobile() {
      String[] prefixes = {"138", "139", "150", "186", "135", "177"};
      return prefixes[random.nextInt(prefixes.length)] + String.format("%08d", random.nextInt(100_000_000));
    }

    private CustomerId idOf(int slot) {
      return CustomerId.of(String.format("C%09d%d", number, slot));
    }

    private EstablishRelationship relationship(RelationshipType type, CustomerId from, CustomerId to,
        BigDecimal share, LocalDate validFrom) {
      return new EstablishRelationship(from.value(), to.value(), type, share, validFrom, null, SOURCE_SYSTEM);
    }
  }

  private static final java.util.Currency CNY = java.util.Currency.getInstance("CNY");

  private static BigDecimal cents(double amount) {
    return BigDecimal.valueOf(amount).setScale(2, RoundingMode.HALF_UP);
  }

  private enum Behaviour { STEADY, GROWING, DRAINING, DORMANT }

  private record Person(CustomerId id, String name, String residentId, LocalDate birthDate, boolean female, String mobile) {}

  /** A family tie to a person of the cluster: {@code from == null} means from the new person to {@code to}. */
  private record PendingLink(RelationshipType type, Person from, Person to) {}

  private record Holdings(ValueTier tier, List<SyntheticAccount> accounts, List<SyntheticLoan> loans) {}

  /**
   * How big the bank is and how its customers behave. Ratios are probabilities per cluster or per
   * customer, between 0 and 1.
   *
   * @param seed the seed: the same seed gives the same bank
   * @param size how many customers, 1 to 10,000,000
   * @param corporateShare the share of clusters that are corporate groups rather than households
   * @param householdShare the share of households with a spouse (and perhaps grown children)
   * @param duplicateShare the chance that a person gets a planted duplicate
   * @param paretoAlpha the Pareto shape of balances; 1.16 is the 80/20 rule, larger is more equal
   * @param lossMakingShare the share of customers with tiny balances and costly servicing
   * @param prospectShare the share of customers who hold nothing yet
   * @param loanShare the share of individuals with a loan (corporates three times as often)
   * @param overdueShare the share of loans in arrears (five times as often for loss-makers)
   * @param drainingShare the share of customers moving their money out
   * @param dormantShare the share of customers with no activity for half a year or more
   * @param complaintShare the share of customers who complained in the last two months
   */
  public record Config(
      long seed,
      int size,
      double corporateShare,
      double householdShare,
      double duplicateShare,
      double paretoAlpha,
      double lossMakingShare,
      double prospectShare,
      double loanShare,
      double overdueShare,
      double drainingShare,
      double dormantShare,
      double complaintShare) {

    /** The most customers a synthetic bank may have. */
    public static final int MAX_SIZE = 10_000_000;

    /**
     * @throws IllegalArgumentException if the size or a ratio is out of range
     */
    public Config {
      if (size < 1 || size > MAX_SIZE) {
        throw new IllegalArgumentException("size must be between 1 and " + MAX_SIZE);
      }
      double[] shares = {corporateShare, householdShare, duplicateShare, lossMakingShare, prospectShare,
          loanShare, overdueShare, drainingShare, dormantShare, complaintShare};
      for (double share : shares) {
        if (!(share >= 0 && share <= 1)) {
          throw new IllegalArgumentException("every share must be between 0 and 1");
        }
      }
      if (drainingShare + dormantShare > 0.5) {
        throw new IllegalArgumentException("draining and dormant customers together must be at most half");
      }
      if (!(paretoAlpha >= 1.01 && paretoAlpha <= 5)) {
        throw new IllegalArgumentException("paretoAlpha must be between 1.01 and 5");
      }
    }

    /**
     * A bank of this size with the documented ratios: 15 % corporate groups, 60 % of households
     * with a spouse, 3 % of people duplicated, Pareto 1.16, 8 % loss-making, 5 % prospects, 12 % of
     * people with a loan, 6 % of loans overdue, 5 % draining, 8 % dormant, 4 % complaining.
     *
     * @param seed the seed
     * @param size how many customers
     * @return the configuration
     */
    public static Config of(long seed, int size) {
      return new Config(seed, size, 0.15, 0.6, 0.03, 1.16, 0.08, 0.05, 0.12, 0.06, 0.05, 0.08, 0.04);
    }

    /**
     * This configuration with another size.
     *
     * @param newSize how many customers
     * @return the configuration
     */
    public Config withSize(int newSize) {
      return new Config(seed, newSize, corporateShare, householdShare, duplicateShare, paretoAlpha,
          lossMakingShare, prospectShare, loanShare, overdueShare, drainingShare, dormantShare, complaintShare);
    }
  }
}
