package io.github.bankcrm.benchmarks.bulk;

import io.github.bankcrm.core.customer.CustomerFixture;
import io.github.bankcrm.core.customer.CustomerId;
import io.github.bankcrm.core.customer.CustomerUpdate;
import io.github.bankcrm.core.customer.IndividualCustomer;
import io.github.bankcrm.core.customer.IndividualProfileForm;
import io.github.bankcrm.core.customer.KycRiskRating;
import io.github.bankcrm.core.identity.ResidentIdNumber;
import io.github.bankcrm.core.organization.OrganizationUnitId;
import io.github.bankcrm.core.shared.Actor;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * The registrations every contender of {@link BulkSaveHarness} saves: person {@code i} is always the
 * same person, with a resident ID and a passport of its own (unique for {@code i} below 25 million),
 * a mobile, an address, household figures, in one of three sub-branches. Made one at a time as they are
 * read, through the SDK's own registration command (validation included), so the input never sits in
 * memory as a whole.
 */
final class GeneratedRegistrations implements Iterable<CustomerUpdate> {

  static final Instant NOW = Instant.parse("2026-11-23T08:00:00Z");
  private static final Actor LOADER = Actor.system("core-migration");
  private static final List<OrganizationUnitId> UNITS =
      List.of(OrganizationUnitId.of("BJ01"), OrganizationUnitId.of("BJ02"), OrganizationUnitId.of("SH01"));
  private static final String[] SURNAMES = {"王", "李", "张", "刘", "陈", "杨", "赵"};
  private static final String[] GIVEN = {"伟", "芳", "娜", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰"};
  private static final LocalDate FIRST_BIRTHDAY = LocalDate.of(1930, 1, 1);

  private final int count;

  GeneratedRegistrations(int count) {
    this.count = count;
  }

  /** Person {@code i}'s registration. */
  static CustomerUpdate registration(int i) {
    String residentId =
        withCheckCharacter(
            "110101"
                + FIRST_BIRTHDAY.plusDays(i % 25_000).format(DateTimeFormatter.BASIC_ISO_DATE)
                + String.format("%03d", i / 25_000));
    IndividualProfileForm form =
        CustomerFixture.individualForm(
            residentId,
            String.format("E%08d", i),
            SURNAMES[i % SURNAMES.length] + GIVEN[(i / 7) % GIVEN.length] + GIVEN[(i / 91) % GIVEN.length],
            String.format("139%08d", i),
            "customer." + Integer.toString(i, 36) + "@example.com");
    return IndividualCustomer.register(
            CustomerId.of(String.format("P%08d", i)),
            form,
            UNITS.get(i % UNITS.size()),
            null,
            KycRiskRating.LOW,
            LOADER,
            NOW)
        .getOrElseThrow(error -> new IllegalStateException(error.message()));
  }

  /** The 18-character resident ID: the GB 11643 check character appended. */
  private static String withCheckCharacter(String first17Digits) {
    return first17Digits + ResidentIdNumber.checkCharacter(first17Digits);
  }

  @Override
  public Iterator<CustomerUpdate> iterator() {
    return new Iterator<>() {
      private int next;

      @Override
      public boolean hasNext() {
        return next < count;
      }

      @Override
      public CustomerUpdate next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        return registration(next++);
      }
    };
  }
}
