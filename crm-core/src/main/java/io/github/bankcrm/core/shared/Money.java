package io.github.bankcrm.core.shared;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.math.BigDecimal;
import java.util.Currency;

/**
 * An amount in one ISO 4217 currency. The amount keeps the scale it was given (no silent rounding);
 * arithmetic between different currencies is refused.
 *
 * @param amount the amount; may be negative (a liability, a loss)
 * @param currency the ISO 4217 currency
 */
public record Money(BigDecimal amount, Currency currency) implements Comparable<Money> {

  public Money {
    requireNonNull(amount, "amount");
    requireNonNull(currency, "currency");
  }

  /** {@code Money.of("1000.00", "CNY")}; throws on a malformed amount or an unknown currency code. */
  public static Money of(String amount, String currencyCode) {
    return new Money(new BigDecimal(amount), Currency.getInstance(currencyCode));
  }

  /** An amount in the given currency. */
  public static Money of(BigDecimal amount, Currency currency) {
    return new Money(amount, currency);
  }

  /** Parses an ISO 4217 currency code (upper case), refusing unknown codes without throwing. */
  public static io.vavr.control.Validation<FieldError, Currency> parseCurrency(String code) {
    if (code == null || code.isBlank()) {
      return io.vavr.control.Validation.invalid(FieldError.required(""));
    }
    String upper = code.strip().toUpperCase(java.util.Locale.ROOT);
    return Currency.getAvailableCurrencies().stream()
        .filter(currency -> currency.getCurrencyCode().equals(upper))
        .findFirst()
        .<io.vavr.control.Validation<FieldError, Currency>>map(io.vavr.control.Validation::valid)
        .orElseGet(
            () ->
                io.vavr.control.Validation.invalid(
                    new FieldError("currency.unknown", "", "must be an ISO 4217 currency code")));
  }

  /** The ISO 4217 code. */
  public String currencyCode() {
    return currency.getCurrencyCode();
  }

  /** Whether the amount is below zero. */
  @JsonIgnore
  public boolean isNegative() {
    return amount.signum() < 0;
  }

  /** The sum; both amounts must be in the same currency. */
  public Money plus(Money other) {
    requireSameCurrency(other);
    return new Money(amount.add(other.amount), currency);
  }

  /** Compares amounts of the same currency numerically ({@code 1.0} equals {@code 1.00}). */
  @Override
  public int compareTo(Money other) {
    requireSameCurrency(other);
    return amount.compareTo(other.amount);
  }

  private void requireSameCurrency(Money other) {
    if (!currency.equals(other.currency)) {
      throw new IllegalArgumentException(
          "cannot combine " + currency.getCurrencyCode() + " with " + other.currencyCode());
    }
  }

  @Override
  public String toString() {
    return amount.toPlainString() + " " + currency.getCurrencyCode();
  }
}
