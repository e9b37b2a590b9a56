package io.github.bankcrm.core.customer;

import static java.util.Comparator.comparing;
import static java.util.Objects.requireNonNull;

import io.github.bankcrm.core.identity.UnifiedSocialCreditCode;
import io.github.bankcrm.core.shared.Mask;
import java.util.List;
import java.util.Optional;

/**
 * Everything the bank knows about a company, validated. Built from a {@link CorporateProfileForm}.
 *
 * @param registeredName the registered name [企业名称], 1 to 200 characters
 * @param creditCode the Unified Social Credit Code [统一社会信用代码]
 * @param licence business licence data
 * @param industry GB/T 4754 industry classification
 * @param size enterprise size
 * @param listing listing status
 * @param financialStatements statement summaries, oldest period first, one per period
 */
public record CorporateProfile(
    String registeredName,
    UnifiedSocialCreditCode creditCode,
    BusinessLicence licence,
    IndustryClassification industry,
    EnterpriseSize size,
    ListingStatus listing,
    List<FinancialStatementSummary> financialStatements) {

  public CorporateProfile {
    requireNonNull(registeredName, "registeredName");
    requireNonNull(creditCode, "creditCode");
    requireNonNull(licence, "licence");
    requireNonNull(industry, "industry");
    requireNonNull(size, "size");
    requireNonNull(listing, "listing");
    financialStatements =
        requireNonNull(financialStatements, "financialStatements").stream()
            .sorted(comparing(FinancialStatementSummary::period))
            .toList();
    if (financialStatements.stream().map(FinancialStatementSummary::period).distinct().count()
        != financialStatements.size()) {
      throw new IllegalArgumentException("one statement per reporting period");
    }
  }

  /** The statement of the most recent period, if any. */
  public Optional<FinancialStatementSummary> latestStatement() {
    return financialStatements.isEmpty()
        ? Optional.empty()
        : Optional.of(financialStatements.get(financialStatements.size() - 1));
  }

  AuditView auditView() {
    AuditView view =
        new AuditView()
            .plain("registeredName", registeredName)
            .plain("creditCode", creditCode.value())
            .plain("licence.registrationDate", licence.registrationDate())
            .plain("licence.registeredCapital", licence.registeredCapital())
            .masked("licence.legalRepresentative", licence.legalRepresentative(), Mask::name)
            .plain("licence.businessScope", licence.businessScope())
            .plain("licence.validFrom", licence.validFrom())
            .plain("licence.validUntil", licence.validUntil())
            .plain("industry", industry.code() + " " + industry.name())
            .plain("size", size)
            .plain("listing", listing);
    financialStatements.forEach(
        statement ->
            view.plain(
                "financialStatements." + statement.period(),
                "revenue "
                    + statement.revenue()
                    + ", assets "
                    + statement.totalAssets()
                    + ", liabilities "
                    + statement.totalLiabilities()
                    + ", net profit "
                    + statement.netProfit()));
    return view;
  }

  @Override
  public String toString() {
    return "CorporateProfile[creditCode=" + creditCode + ", industry=" + industry.code() + "]";
  }
}
