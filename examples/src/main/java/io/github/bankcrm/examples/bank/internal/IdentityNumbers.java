package io.github.bankcrm.examples.bank.internal;

import io.github.bankcrm.core.identity.ResidentIdNumber;
import io.github.bankcrm.core.identity.UnifiedSocialCreditCode;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/**
 * Builds identity numbers that are unique by construction: a person's running number picks a region
 * code and a sequence code no other person shares, so no two synthetic people ever collide, at any size
 * up to 10 million. The GB 11643 and GB 32100 check characters come from crm-core, and the generator
 * still validates every number with crm-core, so a mistake here fails loudly instead of producing bad
 * data.
 */
public final class IdentityNumbers {

  /** Provinces with real two-digit codes, so numbers look plausible to a reader. */
  private static final int[] PROVINCES = {
    11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34, 35, 36, 37, 41, 42, 43, 44, 45, 46, 50, 51, 52, 53,
    54, 61, 62, 63, 64, 65
  };

  private static final int CITIES = 40;
  private static final int COUNTIES = 99;
  private static final int SEQUENCES_PER_GENDER = 500;
  private static final DateTimeFormatter BASIC = DateTimeFormatter.BASIC_ISO_DATE;

  /** How many people (or companies) can be numbered without a collision. */
  public static final long CAPACITY = (long) PROVINCES.length * CITIES * COUNTIES * SEQUENCES_PER_GENDER;

  private IdentityNumbers() {}

  /**
   * An 18-digit resident identity number.
   *
   * @param person the person's running number, 0 to {@link #CAPACITY} - 1
   * @param birthDate the birth date written into the number
   * @param female whether the sequence code is even (female) or odd (male)
   * @return the number with its GB 11643 check character
   */
  public static String residentId(long person, LocalDate birthDate, boolean female) {
    String first17 = region(person) + birthDate.format(BASIC) + sequence(person, female);
    return first17 + ResidentIdNumber.checkCharacter(first17);
  }

  /**
   * The first-generation 15-digit form of an 18-digit number of someone born in the 1900s: the year
   * without its century and no check character, as still found on old bank records.
   *
   * @param residentId an 18-digit number
   * @return the 15-digit form
   */
  public static String oldForm(String residentId) {
    return residentId.substring(0, 6) + residentId.substring(8, 17);
  }

  /**
   * An 18-character Unified Social Credit Code of an enterprise registered with the market regulator.
   *
   * @param company the company's running number, 0 to {@link #CAPACITY} - 1
   * @return the code with its GB 32100 check character
   */
  public static String creditCode(long company) {
    String organization = String.format("%08d", company % 100_000_000L);
    String digit9 = Long.toString(company / 100_000_000L % 10);
    String first17 = "91" + region(company) + organization + digit9;
    return first17 + UnifiedSocialCreditCode.checkCharacter(first17);
  }

  private static String region(long number) {
    long slot = number / SEQUENCES_PER_GENDER;
    int county = (int) (slot % COUNTIES) + 1;
    int city = (int) (slot / COUNTIES % CITIES) + 1;
    int province = PROVINCES[(int) (slot / COUNTIES / CITIES % PROVINCES.length)];
    return String.format("%02d%02d%02d", province, city, county);
  }

  private static String sequence(long person, boolean female) {
    int code = (int) (person % SEQUENCES_PER_GENDER) * 2 + (female ? 0 : 1);
    return String.format("%03d", code);
  }
}
