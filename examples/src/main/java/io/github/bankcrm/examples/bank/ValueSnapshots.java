package io.github.bankcrm.examples.bank;

import io.github.bankcrm.core.customer.IndividualCustomer;
import io.github.bankcrm.core.holding.ProductType;
import io.github.bankcrm.core.interaction.InteractionChannel;
import io.github.bankcrm.core.interaction.RecordInteraction;
import io.github.bankcrm.core.lifecycle.BalancePoint;
import io.github.bankcrm.core.lifecycle.LifecycleStage;
import io.github.bankcrm.core.shared.Nullable;
import io.github.bankcrm.scoring.snapshot.Channel;
import io.github.bankcrm.scoring.snapshot.ChannelUse;
import io.github.bankcrm.scoring.snapshot.CreditRisk;
import io.github.bankcrm.scoring.snapshot.CustomerAttributes;
import io.github.bankcrm.scoring.snapshot.CustomerSnapshot;
import io.github.bankcrm.scoring.snapshot.IncomeTrend;
import io.github.bankcrm.scoring.snapshot.Position;
import io.github.bankcrm.scoring.snapshot.TransactionSummary;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Currency;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The scoring snapshot [评分快照] of a synthetic customer, as a nightly extract would build it from the
 * core systems: latest balances as average balances, the bank's standard rates, channels from the
 * interactions, and a credit risk from the loans (a loan in arrears has a high probability of default).
 */
public final class ValueSnapshots {

  private static final Currency CNY = Currency.getInstance("CNY");
  private static final double PERFORMING_PD = 0.01;
  private static final double ARREARS_PD = 0.35;
  private static final double LGD = 0.45;
  private static final Map<ProductType, Double> RATES =
      Map.of(ProductType.DEPOSIT, 0.0135, ProductType.WEALTH, 0.028, ProductType.LOAN, 0.045, ProductType.CARD, 0.18);

  private ValueSnapshots() {}

  /**
   * The snapshot on the business date.
   *
   * @param customer the synthetic customer
   * @param stage its lifecycle stage, if it has one
   * @return the snapshot
   */
  public static CustomerSnapshot of(SyntheticCustomer customer, @Nullable LifecycleStage stage) {
    Map<ProductType, Long> balances = new EnumMap<>(ProductType.class);
    LocalDate lastActivity = null;
    int movements = 0;
    for (SyntheticAccount account : customer.accounts()) {
      BigDecimal balance = account.opening().openingBalance();
      LocalDate last = account.opening().openedOn();
      for (BalancePoint point : account.balances()) {
        balance = point.total();
        last = point.day();
        movements++;
      }
      lastActivity = lastActivity == null || last.isAfter(lastActivity) ? last : lastActivity;
      ProductType type = account.opening().productType();
      balances.merge(type, fen(balance), Long::sum);
    }
    long exposure = 0;
    boolean arrears = false;
    for (SyntheticLoan loan : customer.loans()) {
      long owed = fen(loan.outstanding().amount());
      balances.merge(ProductType.LOAN, owed, Long::sum);
      exposure += owed;
      arrears |= loan.isOverdue();
    }
    // the model takes one position per product and currency
    List<Position> positions = new ArrayList<>();
    balances.forEach((type, fen) -> positions.add(new Position(type, CNY, fen, RATES.get(type))));
    Map<Channel, Integer> channels = new EnumMap<>(Channel.class);
    for (RecordInteraction interaction : customer.interactions()) {
      channels.merge(channelOf(interaction.channel()), 1, Integer::sum);
    }
    Integer age = customer.registration().customer() instanceof IndividualCustomer person
        ? Period.between(person.profile().birthDate(), SyntheticBank.BUSINESS_DATE).getYears()
        : null;
    return new CustomerSnapshot(
        customer.id(),
        SyntheticBank.BUSINESS_DATE,
        365,
        stage,
        new CustomerAttributes(age, false, IncomeTrend.STABLE, null),
        positions,
        List.of(),
        channels.entrySet().stream().map(e -> new ChannelUse(e.getKey(), e.getValue())).toList(),
        lastActivity == null ? TransactionSummary.none() : new TransactionSummary(lastActivity, movements, 0),
        exposure == 0 ? CreditRisk.none() : new CreditRisk(arrears ? ARREARS_PD : PERFORMING_PD, LGD, exposure));
  }

  /**
   * The snapshot of a customer as the load leaves it, before any lifecycle policy runs: {@link
   * LifecycleStage#GROWING} once onboarded with a product, {@link LifecycleStage#PROSPECT} without one
   * (the stages {@link BankDemo} starts lifecycles in).
   *
   * @param customer the synthetic customer
   * @return the snapshot
   */
  public static CustomerSnapshot atLoad(SyntheticCustomer customer) {
    return of(customer, holdsAProduct(customer) ? LifecycleStage.GROWING : LifecycleStage.PROSPECT);
  }

  /**
   * Whether a synthetic customer holds an account or a loan: what onboarding requires.
   *
   * @param customer the synthetic customer
   * @return whether it holds a product
   */
  public static boolean holdsAProduct(SyntheticCustomer customer) {
    return !customer.accounts().isEmpty() || !customer.loans().isEmpty();
  }

  private static Channel channelOf(InteractionChannel channel) {
    return switch (channel) {
      case MOBILE_APP, MESSAGING -> Channel.MOBILE;
      case INTERNET_BANKING -> Channel.ONLINE;
      default -> Channel.BRANCH;
    };
  }

  private static long fen(BigDecimal amount) {
    return amount.movePointRight(2).longValueExact();
  }
}
