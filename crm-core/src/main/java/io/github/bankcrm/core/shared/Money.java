package io.github.bankcrm.core.shared;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
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

  @JsonCreator
  static Money fromJson(
      @JsonProperty(value = "amount", required = true) BigDecimal amount,
      @JsonProperty(value = "currency", required = true) String currency) {
    return new Money(amount, Currency.getInstance(currency));
  }

  /** The ISO 4217 code, as written in JSON. */
  @JsonProperty("currency")
  public String currencyCode() {
    return currency.getCurrencyCode();
  }

  @JsonProperty("amount")
  @Override
  public BigDecimal amount() {
    return amount;
  }

  /** Whether the amount is below zero. */
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
