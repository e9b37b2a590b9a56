package io.github.bankcrm.core.customer;

import static io.github.bankcrm.core.customer.CustomerFixture.NOW;
import static io.github.bankcrm.core.customer.CustomerFixture.TELLER;
import static io.github.bankcrm.core.organization.OrganizationFixture.BJ01;
import static io.github.bankcrm.core.organization.OrganizationFixture.BJ02;
import static io.github.bankcrm.core.organization.OrganizationFixture.SH01;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.bankcrm.core.identity.IdentityDocumentKey;
import io.github.bankcrm.core.identity.IdentityDocumentType;
import io.github.bankcrm.core.identity.UnifiedSocialCreditCode;
import io.github.bankcrm.core.organization.AccessScope;
import io.github.bankcrm.core.organization.OrganizationFixture;
import io.github.bankcrm.core.organization.RelationshipManagerId;
import io.github.bankcrm.core.shared.Actor;
import io.github.bankcrm.core.shared.CountryCode;
import io.github.bankcrm.core.shared.Page;
import io.github.bankcrm.core.shared.PageRequest;
import io.vavr.control.Either;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The contract of the {@link Customers} port. Every adapter extends this class unchanged and supplies
 * a fresh, empty store from {@link #newCustomers()}; the in-memory, H2 and PostgreSQL adapters all pass
 * it.
 */
public abstract class CustomersContract {

  /** The whole bank. */
  protected static final AccessScope HEAD_OFFICE = OrganizationFixture.scopeOf("HO");

  /** A Beijing branch user: sees BJ, BJ01, BJ02. */
  protected static final AccessScope BEIJING = OrganizationFixture.scopeOf("BJ");

  /** A Shanghai branch user: sees SH, SH01. */
  protected static final AccessScope SHANGHAI = OrganizationFixture.scopeOf("SH");

  /** A fresh store with no customers. */
  protected abstract Customers newCustomers();

  private Customers customers;

  @BeforeEach
  void freshStore() {
    customers = newCustomers();
  }

  private IndividualCustomer registered(String id, IndividualProfileForm form) {
    CustomerUpdate update =
        IndividualCustomer.register(
                CustomerId.of(id), form, BJ01, RelationshipManagerId.of("RM001"), KycRiskRating.LOW, TELLER, NOW)
            .get();
    assertThat(customers.save(BEIJING, update).isRight()).isTrue();
    return (IndividualCustomer) update.customer();
  }

  private IndividualCustomer registered(String id) {
    return registered(id, CustomerFixture.individualForm());
  }

  private static IdentityDocumentKey residentCard(String number) {
    return new IdentityDocumentKey(IdentityDocumentType.RESIDENT_ID_CARD, number, CountryCode.CHINA);
  }

  @Nested
  class Registration {

    @Test
    void a_registered_customer_is_found_by_number_and_by_identity_document() {
      IndividualCustomer person = registered("C001");

      assertThat(customers.findById(BEIJING, person.id())).contains(person);
      assertThat(customers.findByIdentityDocument(BEIJING, residentCard(CustomerFixture.RESIDENT_ID)))
          .contains(person);
    }

    @Test
    void a_company_is_found_by_its_credit_code() {
      CustomerUpdate update =
          CorporateCustomer.register(
                  CustomerId.of("K001"), CustomerFixture.corporateForm(), BJ02, null, KycRiskRating.MEDIUM, TELLER, NOW)
              .get();

      assertThat(customers.save(HEAD_OFFICE, update).get()).isEqualTo(update.customer());
      assertThat(
              customers.findByCreditCode(
                  BEIJING, UnifiedSocialCreditCode.parse(CustomerFixture.CREDIT_CODE).get()))
          .contains(update.customer());
    }

    @Test
    void a_second_customer_with_the_same_identity_document_is_refused_and_not_stored() {
      registered("C001");
      CustomerUpdate duplicate =
          IndividualCustomer.register(
                  CustomerId.of("C002"), CustomerFixture.individualForm(), BJ01, null, KycRiskRating.LOW, TELLER, NOW)
              .get();

      Either<CustomerError, Customer> result = customers.save(BEIJING, duplicate);

      assertThat(result.getLeft()).isInstanceOf(CustomerError.DuplicateIdentity.class);
      assertThat(result.getLeft().message()).doesNotContain(CustomerFixture.RESIDENT_ID);
      assertThat(customers.findById(HEAD_OFFICE, CustomerId.of("C002"))).isEmpty();
      assertThat(customers.changes(HEAD_OFFICE, CustomerId.of("C002"))).isEmpty();
    }

    @Test
    void a_second_company_with_the_same_credit_code_is_refused() {
      CustomerUpdate first =
          CorporateCustomer.register(
                  CustomerId.of("K001"), CustomerFixture.corporateForm(), BJ02, null, KycRiskRating.LOW, TELLER, NOW)
              .get();
      CustomerUpdate second =
          CorporateCustomer.register(
                  CustomerId.of("K002"), CustomerFixture.corporateForm(), SH01, null, KycRiskRating.LOW, TELLER, NOW)
              .get();
      customers.save(HEAD_OFFICE, first);

      assertThat(customers.save(HEAD_OFFICE, second).getLeft())
          .isInstanceOf(CustomerError.DuplicateIdentity.class);
    }

    @Test
    void registering_a_number_twice_is_a_version_conflict() {
      registered("C001");
      CustomerUpdate again =
          IndividualCustomer.register(
                  CustomerId.of("C001"),
                  CustomerFixture.individualForm("110101199003077774", "李四", "13900001111"),
                  BJ01,
                  null,
                  KycRiskRating.LOW,
                  TELLER,
                  NOW)
              .get();

      assertThat(customers.save(BEIJING, again).getLeft())
          .isEqualTo(new CustomerError.VersionConflict(CustomerId.of("C001"), 0, 1));
    }

    @Test
    void registering_into_a_unit_outside_the_scope_is_refused() {
      CustomerUpdate update =
          IndividualCustomer.register(
                  CustomerId.of("C001"), CustomerFixture.individualForm(), SH01, null, KycRiskRating.LOW, TELLER, NOW)
              .get();

      assertThat(customers.save(BEIJING, update).getLeft())
          .isEqualTo(new CustomerError.OutsideAccessScope(SH01));
      assertThat(customers.findById(HEAD_OFFICE, CustomerId.of("C001"))).isEmpty();
    }
  }

  @Nested
  class OptimisticLocking {

    @Test
    void a_change_based_on_the_stored_version_is_saved_with_its_change_record() {
      IndividualCustomer person = registered("C001");
      CustomerUpdate change = person.rateKycRisk(1, KycRiskRating.HIGH, TELLER, NOW).get();

      assertThat(customers.save(BEIJING, change).get().version()).isEqualTo(2);
      assertThat(customers.findById(BEIJING, person.id()).get().kycRiskRating())
          .isEqualTo(KycRiskRating.HIGH);
      assertThat(customers.changes(BEIJING, person.id()))
          .extracting(CustomerChangeRecord::version, CustomerChangeRecord::type)
          .containsExactly(
              org.assertj.core.groups.Tuple.tuple(1L, ChangeType.REGISTERED),
              org.assertj.core.groups.Tuple.tuple(2L, ChangeType.KYC_RATED));
    }

    @Test
    void a_stale_change_is_a_conflict_and_overwrites_nothing() {
      IndividualCustomer person = registered("C001");
      CustomerUpdate first = person.rateKycRisk(1, KycRiskRating.HIGH, TELLER, NOW).get();
      CustomerUpdate stale = person.rateKycRisk(1, KycRiskRating.MEDIUM, TELLER, NOW).get();
      customers.save(BEIJING, first);

      Either<CustomerError, Customer> result = customers.save(BEIJING, stale);

      assertThat(result.getLeft()).isEqualTo(new CustomerError.VersionConflict(person.id(), 1, 2));
      assertThat(customers.findById(BEIJING, person.id()).get().kycRiskRating())
          .isEqualTo(KycRiskRating.HIGH);
      assertThat(customers.changes(BEIJING, person.id())).hasSize(2);
    }

    @Test
    void concurrent_updates_lose_nothing() throws Exception {
      IndividualCustomer person = registered("C001");
      int threads = 8;
      int attemptsPerThread = 25;
      ExecutorService pool = Executors.newFixedThreadPool(threads);
      CountDownLatch start = new CountDownLatch(1);
      List<Future<int[]>> outcomes = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        int thread = t;
        Callable<int[]> worker =
            () -> {
              start.await();
              int saved = 0;
              int conflicts = 0;
              for (int i = 0; i < attemptsPerThread; i++) {
                IndividualCustomer current =
                    (IndividualCustomer) customers.findById(BEIJING, person.id()).orElseThrow();
                IndividualProfileForm edited =
                    IndividualProfileForm.of(current.profile()).withJobTitle("Job " + thread + "-" + i);
                CustomerUpdate update =
                    current
                        .changeProfile(current.version(), edited, Actor.of("user-" + thread), NOW)
                        .get();
                Either<CustomerError, Customer> result = customers.save(BEIJING, update);
                if (result.isRight()) {
                  saved++;
                } else if (result.getLeft() instanceof CustomerError.VersionConflict) {
                  conflicts++;
                } else {
                  throw new AssertionError("unexpected refusal " + result.getLeft());
                }
              }
              return new int[] {saved, conflicts};
            };
        outcomes.add(pool.submit(worker));
      }
      start.countDown();
      int saved = 0;
      int conflicts = 0;
      for (Future<int[]> outcome : outcomes) {
        int[] counts = outcome.get(60, TimeUnit.SECONDS);
        saved += counts[0];
        conflicts += counts[1];
      }
      pool.shutdown();

      assertThat(saved + conflicts).isEqualTo(threads * attemptsPerThread);
      assertThat(saved).isPositive();
      assertThat(customers.findById(BEIJING, person.id()).get().version()).isEqualTo(1L + saved);
      assertThat(customers.changes(BEIJING, person.id())).hasSize(1 + saved);
    }
  }

  @Nested
  class AccessScopeIsEnforced {

    @Test
    void a_customer_of_another_branch_does_not_exist_for_the_caller() {
      IndividualCustomer person = registered("C001");

      assertThat(customers.findById(SHANGHAI, person.id())).isEmpty();
      assertThat(customers.findByIdentityDocument(SHANGHAI, residentCard(CustomerFixture.RESIDENT_ID)))
          .isEmpty();
      assertThat(customers.search(SHANGHAI, new CustomerSearch.ByName("王"), PageRequest.first(10)).items())
          .isEmpty();
      assertThat(customers.changes(SHANGHAI, person.id())).isEmpty();
      assertThat(customers.findById(HEAD_OFFICE, person.id())).contains(person);
    }

    @Test
    void a_change_from_outside_the_scope_is_refused_as_not_found() {
      IndividualCustomer person = registered("C001");
      CustomerUpdate change = person.rateKycRisk(1, KycRiskRating.HIGH, TELLER, NOW).get();

      assertThat(customers.save(SHANGHAI, change).getLeft())
          .isEqualTo(new CustomerError.CustomerNotFound(person.id()));
      assertThat(customers.findById(HEAD_OFFICE, person.id()).get().version()).isEqualTo(1);
    }

    @Test
    void moving_a_customer_out_of_the_scope_is_refused() {
      IndividualCustomer person = registered("C001");
      CustomerUpdate move = person.reassign(1, SH01, null, TELLER, NOW).get();

      assertThat(customers.save(BEIJING, move).getLeft())
          .isEqualTo(new CustomerError.OutsideAccessScope(SH01));
      assertThat(customers.save(HEAD_OFFICE, move).get().owningUnit()).isEqualTo(SH01);
      assertThat(customers.findById(BEIJING, person.id())).isEmpty();
      assertThat(customers.findById(SHANGHAI, person.id())).isPresent();
    }
  }

  @Nested
  class Search {

    @Test
    void by_name_pages_through_matches_in_customer_number_order() {
      String[] ids = {"C005", "C001", "C004", "C002", "C003"};
      String[] numbers = {
        "110101199003070011", "110101199003070038", "110101199003070054",
        "110101199003070070", "110101199003070097"
      };
      for (int i = 0; i < ids.length; i++) {
        registered(ids[i], CustomerFixture.individualForm(numbers[i], "张伟" + "甲乙丙丁戊".charAt(i), "1390000000" + i));
      }

      Page<Customer> first = customers.search(BEIJING, new CustomerSearch.ByName("张伟"), PageRequest.first(2));
      Page<Customer> third =
          customers.search(BEIJING, new CustomerSearch.ByName("张伟"), new PageRequest(4, 2));

      assertThat(first.total()).isEqualTo(5);
      assertThat(first.items()).extracting(customer -> customer.id().value()).containsExactly("C001", "C002");
      assertThat(first.hasNext()).isTrue();
      assertThat(third.items()).extracting(customer -> customer.id().value()).containsExactly("C005");
      assertThat(third.hasNext()).isFalse();
    }

    @Test
    void by_name_matches_alternative_spellings_ignoring_case() {
      IndividualCustomer person = registered("C001");

      assertThat(customers.search(BEIJING, new CustomerSearch.ByName("wang xiao"), PageRequest.first(10)).items())
          .containsExactly(person);
    }

    @Test
    void by_mobile_matches_the_normalised_number() {
      IndividualCustomer person = registered("C001");

      Page<Customer> found =
          customers.search(
              BEIJING, CustomerSearch.byMobile("+86 138-1234-5678").get(), PageRequest.first(10));

      assertThat(found.items()).containsExactly(person);
    }
  }

  @Nested
  class IdentityIndex {

    @Test
    void a_document_removed_from_a_profile_is_free_for_another_customer() {
      IndividualCustomer person = registered("C001");
      IndividualProfileForm withoutPassport =
          IndividualProfileForm.of(person.profile())
              .withIdentityDocuments(IdentityDocumentForm.residentIdCard(CustomerFixture.RESIDENT_ID));
      CustomerUpdate change = person.changeProfile(1, withoutPassport, TELLER, NOW).get();
      assertThat(customers.save(BEIJING, change).isRight()).isTrue();

      IndividualProfileForm passportHolder =
          CustomerFixture.individualForm("110101199003070011", "赵六", "13700000000")
              .withIdentityDocuments(
                  IdentityDocumentForm.residentIdCard("110101199003070011"),
                  IdentityDocumentForm.of(person.profile().identityDocuments().get(1)));
      CustomerUpdate other =
          IndividualCustomer.register(
                  CustomerId.of("C002"), passportHolder, BJ01, null, KycRiskRating.LOW, TELLER, NOW)
              .get();

      assertThat(customers.save(BEIJING, other).isRight()).isTrue();
    }
  }

  @Nested
  class MergeStatus {

    private static final Actor OFFICER = Actor.of("dq-officer");

    private Customer mergedInto(IndividualCustomer absorbed, IndividualCustomer survivor) {
      CustomerUpdate mark = absorbed.markMerged(absorbed.version(), survivor.id(), OFFICER, NOW).get();
      return customers.save(BEIJING, mark).get();
    }

    @Test
    void a_merged_record_is_stored_with_its_status_and_change_record() {
      IndividualCustomer survivor = registered("C001");
      IndividualCustomer absorbed =
          registered("C002", CustomerFixture.individualForm("110101199003070011", "王小红", "13700000000"));

      Customer saved = mergedInto(absorbed, survivor);

      Customer found = customers.findById(BEIJING, absorbed.id()).orElseThrow();
      assertThat(found).isEqualTo(saved);
      assertThat(found.mergedInto()).isEqualTo(survivor.id());
      assertThat(found.version()).isEqualTo(2);
      assertThat(customers.findById(BEIJING, survivor.id()).orElseThrow().isMerged()).isFalse();
      assertThat(customers.changes(BEIJING, absorbed.id()))
          .extracting(CustomerChangeRecord::version, CustomerChangeRecord::type)
          .containsExactly(
              org.assertj.core.groups.Tuple.tuple(1L, ChangeType.REGISTERED),
              org.assertj.core.groups.Tuple.tuple(2L, ChangeType.MERGED));
    }

    @Test
    void lookups_and_searches_still_return_a_merged_record_and_show_its_status() {
      IndividualCustomer survivor = registered("C001");
      IndividualCustomer absorbed =
          registered("C002", CustomerFixture.individualForm("110101199003070011", "王小红", "13700000000"));
      mergedInto(absorbed, survivor);

      assertThat(customers.findByIdentityDocument(BEIJING, residentCard("110101199003070011")).orElseThrow()
              .mergedInto())
          .isEqualTo(survivor.id());
      assertThat(customers.search(BEIJING, new CustomerSearch.ByName("王小红"), PageRequest.first(10)).items())
          .extracting(Customer::id, Customer::mergedInto)
          .containsExactly(
              org.assertj.core.groups.Tuple.tuple(survivor.id(), null),
              org.assertj.core.groups.Tuple.tuple(absorbed.id(), survivor.id()));
      assertThat(customers.search(BEIJING, CustomerSearch.byMobile("13700000000").get(), PageRequest.first(10))
              .items())
          .extracting(Customer::mergedInto)
          .containsExactly(survivor.id());
    }

    @Test
    void unmarking_is_stored_and_the_record_takes_changes_again() {
      IndividualCustomer survivor = registered("C001");
      IndividualCustomer absorbed =
          registered("C002", CustomerFixture.individualForm("110101199003070011", "王小红", "13700000000"));
      Customer marked = mergedInto(absorbed, survivor);

      Customer back =
          customers.save(BEIJING, marked.unmarkMerged(2, survivor.id(), OFFICER, NOW).get()).get();
      CustomerUpdate rated = back.rateKycRisk(3, KycRiskRating.HIGH, TELLER, NOW).get();

      assertThat(customers.findById(BEIJING, absorbed.id()).orElseThrow().mergedInto()).isNull();
      assertThat(customers.save(BEIJING, rated).isRight()).isTrue();
      assertThat(customers.changes(BEIJING, absorbed.id()))
          .extracting(CustomerChangeRecord::type)
          .containsExactly(ChangeType.REGISTERED, ChangeType.MERGED, ChangeType.UNMERGED, ChangeType.KYC_RATED);
    }

    @Test
    void a_stale_mark_is_a_conflict_and_stores_nothing() {
      IndividualCustomer survivor = registered("C001");
      IndividualCustomer absorbed =
          registered("C002", CustomerFixture.individualForm("110101199003070011", "王小红", "13700000000"));
      CustomerUpdate rated = absorbed.rateKycRisk(1, KycRiskRating.HIGH, TELLER, NOW).get();
      CustomerUpdate staleMark = absorbed.markMerged(1, survivor.id(), OFFICER, NOW).get();
      customers.save(BEIJING, rated);

      assertThat(customers.save(BEIJING, staleMark).getLeft())
          .isEqualTo(new CustomerError.VersionConflict(absorbed.id(), 1, 2));
      assertThat(customers.findById(BEIJING, absorbed.id()).orElseThrow().isMerged()).isFalse();
    }
  }
}
