package io.github.bankcrm.core.customer;

import io.github.bankcrm.core.identity.UnifiedSocialCreditCode;
import io.github.bankcrm.core.shared.FieldError;
import io.github.bankcrm.core.shared.FieldErrors;
import io.github.bankcrm.core.shared.Mask;
import io.github.bankcrm.core.shared.Money;
import io.github.bankcrm.core.shared.Nullable;
import io.github.bankcrm.core.shared.TextInput;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A corporate customer's data as entered on a registration or maintenance screen, before validation;
 * {@link #validate()} reports every problem at once. Build with {@link #builder()}; prefill an edit
 * screen with {@link #of(CorporateProfile)}.
 *
 * @param registeredName registered name
 * @param unifiedSocialCreditCode the 18-character Unified Social Credit Code
 * @param registrationDate date of establishment
 * @param registeredCapital registered capital
 * @param registeredCapitalCurrency ISO 4217 code of the registered capital; {@code null} means CNY
 * @param legalRepresentative name of the legal representative
 * @param businessScope business scope
 * @param licenceValidFrom first day of the business term; {@code null} means the registration date
 * @param licenceValidUntil last day of the business term, or {@code null} for unlimited
 * @param industryCode GB/T 4754 code
 * @param industryName name of the industry
 * @param enterpriseSize enterprise size, or {@code null} for unclassified
 * @param listingStatus listing status, or {@code null} for unlisted
 * @param financialStatements statement summaries
 */
@Value.Builder
public record CorporateProfileForm(
    @Nullable String registeredName,
    @Nullable String unifiedSocialCreditCode,
    @Nullable LocalDate registrationDate,
    @Nullable BigDecimal registeredCapital,
    @Nullable String registeredCapitalCurrency,
    @Nullable String legalRepresentative,
    @Nullable String businessScope,
    @Nullable LocalDate licenceValidFrom,
    @Nullable LocalDate licenceValidUntil,
    @Nullable String industryCode,
    @Nullable String industryName,
    @Nullable EnterpriseSize enterpriseSize,
    @Nullable ListingStatus listingStatus,
    List<FinancialStatementForm> financialStatements)
    implements WithCorporateProfileForm {

  public CorporateProfileForm {
    financialStatements = financialStatements == null ? List.of() : List.copyOf(financialStatements);
  }

  /** An empty form. */
  public static CorporateProfileFormBuilder builder() {
    return new CorporateProfileFormBuilder();
  }

  /** The form a stored profile fills in, for an edit screen. */
  public static CorporateProfileForm of(CorporateProfile profile) {
    BusinessLicence licence = profile.licence();
    return new CorporateProfileForm(
        profile.registeredName(),
        profile.creditCode().value(),
        licence.registrationDate(),
        licence.registeredCapital().amount(),
        licence.registeredCapital().currencyCode(),
        licence.legalRepresentative(),
        licence.businessScope(),
        licence.validFrom(),
        licence.validUntil(),
        profile.industry().code(),
        profile.industry().name(),
        profile.size(),
        profile.listing(),
        profile.financialStatements().stream().map(FinancialStatementForm::of).toList());
  }

  /** Every field checked; either the profile or every field error. */
  public Validation<Seq<FieldError>, CorporateProfile> validate() {
    FieldErrors errors = new FieldErrors();
    String name = errors.check("registeredName", TextInput.required(registeredName, 200));
    UnifiedSocialCreditCode code =
        errors.check("unifiedSocialCreditCode", UnifiedSocialCreditCode.parse(unifiedSocialCreditCode));
    BusinessLicence licence = licence(errors);
    IndustryClassification industry =
        errors.checkAll("industry", IndustryClassification.parse(industryCode, industryName));
    List<FinancialStatementSummary> statements = new ArrayList<>();
    Set<ReportingPeriod> periods = new HashSet<>();
    for (int i = 0; i < financialStatements.size(); i++) {
      String path = "financialStatements[" + i + "]";
      FinancialStatementSummary summary = errors.checkAll(path, financialStatements.get(i).validate());
      if (summary != null && !periods.add(summary.period())) {
        errors.add(new FieldError("duplicate", path, "repeats the period of another statement"));
      } else if (summary != null) {
        statements.add(summary);
      }
    }
    return errors.orElse(
        () ->
            new CorporateProfile(
                name,
                code,
                licence,
                industry,
                enterpriseSize == null ? EnterpriseSize.UNCLASSIFIED : enterpriseSize,
                listingStatus == null ? ListingStatus.UNLISTED : listingStatus,
                statements));
  }

  private @Nullable BusinessLicence licence(FieldErrors errors) {
    if (registrationDate == null) {
      errors.add(FieldError.required("licence.registrationDate"));
    } else if (registrationDate.isAfter(LocalDate.now(ZoneOffset.ofHours(8)))) {
      errors.add(FieldError.outOfRange("licence.registrationDate", "today or earlier"));
    }
    if (registrationDate != null && licenceValidFrom != null && licenceValidFrom.isBefore(registrationDate)) {
      errors.add(
          FieldError.outOfRange("licence.validFrom", "on or after the registration date"));
    }
    Currency currency =
        registeredCapitalCurrency == null
            ? Currency.getInstance("CNY")
            : errors.check("licence.registeredCapitalCurrency", Money.parseCurrency(registeredCapitalCurrency));
    Money capital =
        FinancialStatementForm.amount(errors, "licence.registeredCapital", registeredCapital, currency, false);
    String representative =
        errors.check("licence.legalRepresentative", PersonName.parseName(legalRepresentative));
    String scope = errors.check("licence.businessScope", TextInput.required(businessScope, 2000));
    LocalDate from = licenceValidFrom != null ? licenceValidFrom : registrationDate;
    if (from != null && licenceValidUntil != null && licenceValidUntil.isBefore(from)) {
      errors.add(FieldError.outOfRange("licence.validUntil", "on or after the start of the business term"));
    }
    if (!errors.isEmpty()) {
      return null;
    }
    return new BusinessLicence(registrationDate, capital, representative, scope, from, licenceValidUntil);
  }

  @Override
  public String toString() {
    return "CorporateProfileForm[registeredName="
        + registeredName
        + ", legalRepresentative="
        + Mask.name(legalRepresentative)
        + "]";
  }
}
