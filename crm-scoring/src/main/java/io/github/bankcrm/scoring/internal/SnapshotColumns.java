package io.github.bankcrm.scoring.internal;

import io.github.bankcrm.core.customer.CustomerId;
import io.github.bankcrm.core.holding.ProductType;
import io.github.bankcrm.core.lifecycle.LifecycleStage;
import io.github.bankcrm.scoring.snapshot.Channel;
import io.github.bankcrm.scoring.snapshot.ChannelUse;
import io.github.bankcrm.scoring.snapshot.CreditRisk;
import io.github.bankcrm.scoring.snapshot.CustomerAttributes;
import io.github.bankcrm.scoring.snapshot.CustomerSnapshot;
import io.github.bankcrm.core.customer.Education;
import io.github.bankcrm.scoring.snapshot.FeeIncome;
import io.github.bankcrm.scoring.snapshot.FeeType;
import io.github.bankcrm.scoring.snapshot.IncomeTrend;
import io.github.bankcrm.scoring.snapshot.Position;
import io.github.bankcrm.scoring.snapshot.TransactionSummary;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.List;
import java.util.Objects;

/**
 * A block of customer snapshots as primitive columns, one row per customer, the lists of a row
 * (positions, fees, channel uses) as consecutive entries of entry columns: what the block scorer reads
 * without following a reference. Every value a {@link CustomerSnapshot} can hold has a representation
 * here, absent ones included, so a row can be turned back into the very snapshot it came from ({@link
 * #snapshot(int)}): the block scorer does that for the rare row it refuses, to report exactly what
 * scoring the snapshot alone reports.
 *
 * <p>Rows are appended: {@link #add(CustomerSnapshot)}, or {@link #addRow} followed by the row's
 * entries. One thread at a time.
 */
public final class SnapshotColumns {

  /** An absent day, count or code. */
  static final int ABSENT = Integer.MIN_VALUE;
  /** {@link #absent} bits: which nullable parts of a row are absent. */
  static final int NO_AS_OF = 1;
  static final int NO_STAGE = 1 << 1;
  static final int NO_ATTRIBUTES = 1 << 2;
  static final int NO_POSITIONS = 1 << 3;
  static final int NO_FEES = 1 << 4;
  static final int NO_CHANNEL_USES = 1 << 5;
  static final int NO_TRANSACTIONS = 1 << 6;
  static final int NO_CREDIT = 1 << 7;
  /** An entry whose enum (product, fee type, channel) or currency is absent. */
  static final int ENTRY_ABSENT = 1 << 8;

  private static final ProductType[] PRODUCTS = ProductType.values();
  private static final LifecycleStage[] STAGES = LifecycleStage.values();
  private static final IncomeTrend[] TRENDS = IncomeTrend.values();
  private static final Education[] EDUCATION = Education.values();
  private static final FeeType[] FEE_TYPES = FeeType.values();
  private static final Channel[] CHANNELS = Channel.values();

  final int capacity;
  int size;

  final CustomerId[] customerId;
  /** Bits {@code NO_*}: the absent parts of the row; 0 for a row with every part. */
  final int[] absent;
  /** Epoch days; {@link #ABSENT} when absent. */
  final long[] asOfDay;
  final int[] periodDays;
  /** Ordinal; -1 when absent. */
  final byte[] stage;
  /** Whole years; {@link #ABSENT} when unknown. */
  final int[] age;
  final boolean[] businessOwner;
  /** Ordinals; -1 when unknown. */
  final byte[] incomeTrend;
  final byte[] education;
  /** Epoch day of the last activity; {@link Long#MIN_VALUE} when there was none. */
  final long[] lastActivityDay;
  final int[] transactionCount;
  final long[] transactionAmount;
  final double[] probabilityOfDefault;
  final double[] lossGivenDefault;
  final long[] exposureAtDefault;

  /** The row's entries are {@code [end[row - 1], end[row])} of the entry columns (0 for row 0). */
  final int[] positionEnd;
  final int[] feeEnd;
  final int[] channelUseEnd;

  /** Position entries: product ordinal (-1 absent), currency code in {@link #currencies} (-1 absent). */
  /** The row of each entry. */
  int[] positionRow = new int[16];
  byte[] positionProduct = new byte[16];
  short[] positionCurrency = new short[16];
  long[] positionBalance = new long[16];
  double[] positionRate = new double[16];

  /** Fee entries: type ordinal (-1 absent), currency code (-1 absent), amount. */
  int[] feeRow = new int[16];
  byte[] feeType = new byte[16];
  short[] feeCurrency = new short[16];
  long[] feeAmount = new long[16];

  /** Channel use entries: channel ordinal (-1 absent), count. */
  int[] channelUseRow = new int[16];
  byte[] channelUseChannel = new byte[16];
  int[] channelUseCount = new int[16];

  /** The currencies the block's entries name, by code; a block rarely sees more than a few. */
  Currency[] currencies = new Currency[4];
  int currencyCount;

  int positions;
  int fees;
  int channelUses;

  /**
   * An empty block.
   *
   * @param capacity the most rows it holds, at least 1
   */
  public SnapshotColumns(int capacity) {
    if (capacity < 1) {
      throw new IllegalArgumentException("a block holds at least one row");
    }
    this.capacity = capacity;
    customerId = new CustomerId[capacity];
    absent = new int[capacity];
    asOfDay = new long[capacity];
    periodDays = new int[capacity];
    stage = new byte[capacity];
    age = new int[capacity];
    businessOwner = new boolean[capacity];
    incomeTrend = new byte[capacity];
    education = new byte[capacity];
    lastActivityDay = new long[capacity];
    transactionCount = new int[capacity];
    transactionAmount = new long[capacity];
    probabilityOfDefault = new double[capacity];
    lossGivenDefault = new double[capacity];
    exposureAtDefault = new long[capacity];
    positionEnd = new int[capacity];
    feeEnd = new int[capacity];
    channelUseEnd = new int[capacity];
  }

  /** @return the most rows the block holds */
  public int capacity() {
    return capacity;
  }

  /** @return the rows it holds */
  public int size() {
    return size;
  }

  /** Forgets every row; the columns are kept for the next rows. */
  public void clear() {
    Arrays.fill(customerId, 0, size, null);
    size = 0;
    positions = 0;
    fees = 0;
    channelUses = 0;
  }

  /**
   * Appends a snapshot as a row.
   *
   * @param snapshot the snapshot
   * @return the row
   * @throws IllegalStateException if the block is full
   */
  public int add(CustomerSnapshot snapshot) {
    Objects.requireNonNull(snapshot, "snapshot");
    int row = addRow(snapshot.customerId(), snapshot.asOf(), snapshot.periodDays(), snapshot.stage());
    CustomerAttributes attributes = snapshot.attributes();
    if (attributes == null) {
      absent[row] |= NO_ATTRIBUTES;
    } else {
      attributes(attributes.age(), attributes.individualBusinessOwner(), attributes.incomeTrend(), attributes.education());
    }
    List<Position> list = snapshot.positions();
    if (list == null) {
      absent[row] |= NO_POSITIONS;
    } else {
      for (int i = 0, n = list.size(); i < n; i++) {
        Position p = list.get(i);
        position(p.product(), p.currency(), p.averageBalance(), p.customerRate());
      }
    }
    List<FeeIncome> feeList = snapshot.fees();
    if (feeList == null) {
      absent[row] |= NO_FEES;
    } else {
      for (int i = 0, n = feeList.size(); i < n; i++) {
        FeeIncome f = feeList.get(i);
        fee(f.type(), f.currency(), f.amount());
      }
    }
    List<ChannelUse> uses = snapshot.channelUses();
    if (uses == null) {
      absent[row] |= NO_CHANNEL_USES;
    } else {
      for (int i = 0, n = uses.size(); i < n; i++) {
        ChannelUse u = uses.get(i);
        channelUse(u.channel(), u.count());
      }
    }
    TransactionSummary t = snapshot.transactions();
    if (t == null) {
      absent[row] |= NO_TRANSACTIONS;
    } else {
      transactions(t.lastActivity(), t.count(), t.amount());
    }
    CreditRisk c = snapshot.credit();
    if (c == null) {
      absent[row] |= NO_CREDIT;
    } else {
      credit(c.probabilityOfDefault(), c.lossGivenDefault(), c.exposureAtDefault());
    }
    return row;
  }

  /**
   * Starts a row: what {@link CustomerSnapshot}'s first four components say. The row has no
   * attributes (all unknown), no entries, no transactions and no credit exposure until the methods
   * that set them are called for it.
   *
   * @param customer the customer
   * @param asOf the last day of the period, or {@code null}
   * @param days the period's length in days
   * @param lifecycleStage the lifecycle stage, or {@code null}
   * @return the row
   */
  public int addRow(CustomerId customer, LocalDate asOf, int days, LifecycleStage lifecycleStage) {
    Objects.requireNonNull(customer, "customerId");
    if (size == capacity) {
      throw new IllegalStateException("the block is full");
    }
    int row = size++;
    customerId[row] = customer;
    int missing = 0;
    if (asOf == null) {
      missing |= NO_AS_OF;
      asOfDay[row] = ABSENT;
    } else {
      asOfDay[row] = asOf.toEpochDay();
    }
    periodDays[row] = days;
    if (lifecycleStage == null) {
      missing |= NO_STAGE;
      stage[row] = -1;
    } else {
      stage[row] = (byte) lifecycleStage.ordinal();
    }
    absent[row] = missing;
    age[row] = ABSENT;
    businessOwner[row] = false;
    incomeTrend[row] = -1;
    education[row] = -1;
    lastActivityDay[row] = Long.MIN_VALUE;
    transactionCount[row] = 0;
    transactionAmount[row] = 0;
    probabilityOfDefault[row] = 0;
    lossGivenDefault[row] = 0;
    exposureAtDefault[row] = 0;
    positionEnd[row] = positions;
    feeEnd[row] = fees;
    channelUseEnd[row] = channelUses;
    return row;
  }

  /** Sets the last row's attributes, as {@link CustomerAttributes}' components. */
  public void attributes(Integer years, boolean owner, IncomeTrend trend, Education highest) {
    int row = lastRow();
    age[row] = years == null ? ABSENT : years;
    businessOwner[row] = owner;
    incomeTrend[row] = trend == null ? -1 : (byte) trend.ordinal();
    education[row] = highest == null ? -1 : (byte) highest.ordinal();
  }

  /** Appends a position to the last row, as {@link Position}'s components. */
  public void position(ProductType product, Currency currency, long averageBalance, double customerRate) {
    int row = lastRow();
    int i = positions;
    if (i == positionProduct.length) {
      int grown = i * 2;
      positionRow = Arrays.copyOf(positionRow, grown);
      positionProduct = Arrays.copyOf(positionProduct, grown);
      positionCurrency = Arrays.copyOf(positionCurrency, grown);
      positionBalance = Arrays.copyOf(positionBalance, grown);
      positionRate = Arrays.copyOf(positionRate, grown);
    }
    positionRow[i] = row;
    positionProduct[i] = product == null ? -1 : (byte) product.ordinal();
    positionCurrency[i] = currencyCode(currency);
    positionBalance[i] = averageBalance;
    positionRate[i] = customerRate;
    if (product == null || currency == null) {
      absent[row] |= ENTRY_ABSENT;
    }
    positions = i + 1;
    positionEnd[row] = positions;
  }

  /** Appends a fee to the last row, as {@link FeeIncome}'s components. */
  public void fee(FeeType type, Currency currency, long amount) {
    int row = lastRow();
    int i = fees;
    if (i == feeType.length) {
      int grown = i * 2;
      feeRow = Arrays.copyOf(feeRow, grown);
      feeType = Arrays.copyOf(feeType, grown);
      feeCurrency = Arrays.copyOf(feeCurrency, grown);
      feeAmount = Arrays.copyOf(feeAmount, grown);
    }
    feeRow[i] = row;
    feeType[i] = type == null ? -1 : (byte) type.ordinal();
    feeCurrency[i] = currencyCode(currency);
    feeAmount[i] = amount;
    if (type == null || currency == null) {
      absent[row] |= ENTRY_ABSENT;
    }
    fees = i + 1;
    feeEnd[row] = fees;
  }

  /** Appends a channel use to the last row, as {@link ChannelUse}'s components. */
  public void channelUse(Channel channel, int count) {
    int row = lastRow();
    int i = channelUses;
    if (i == channelUseChannel.length) {
      int grown = i * 2;
      channelUseRow = Arrays.copyOf(channelUseRow, grown);
      channelUseChannel = Arrays.copyOf(channelUseChannel, grown);
      channelUseCount = Arrays.copyOf(channelUseCount, grown);
    }
    channelUseRow[i] = row;
    channelUseChannel[i] = channel == null ? -1 : (byte) channel.ordinal();
    channelUseCount[i] = count;
    if (channel == null) {
      absent[row] |= ENTRY_ABSENT;
    }
    channelUses = i + 1;
    channelUseEnd[row] = channelUses;
  }

  /** Sets the last row's transaction summary, as {@link TransactionSummary}'s components. */
  public void transactions(LocalDate lastActivity, int count, long amount) {
    int row = lastRow();
    absent[row] &= ~NO_TRANSACTIONS;
    lastActivityDay[row] = lastActivity == null ? Long.MIN_VALUE : lastActivity.toEpochDay();
    transactionCount[row] = count;
    transactionAmount[row] = amount;
  }

  /** Sets the last row's credit-risk figures, as {@link CreditRisk}'s components. */
  public void credit(double pd, double lgd, long ead) {
    int row = lastRow();
    absent[row] &= ~NO_CREDIT;
    probabilityOfDefault[row] = pd;
    lossGivenDefault[row] = lgd;
    exposureAtDefault[row] = ead;
  }

  /**
   * A row as the snapshot it holds.
   *
   * @param row 0 to {@code size() - 1}
   * @return the snapshot, equal to the one added
   */
  public CustomerSnapshot snapshot(int row) {
    Objects.checkIndex(row, size);
    int missing = absent[row];
    LocalDate asOf = (missing & NO_AS_OF) != 0 ? null : LocalDate.ofEpochDay(asOfDay[row]);
    CustomerAttributes attributes =
        (missing & NO_ATTRIBUTES) != 0
            ? null
            : new CustomerAttributes(
                age[row] == ABSENT ? null : age[row],
                businessOwner[row],
                incomeTrend[row] < 0 ? null : TRENDS[incomeTrend[row]],
                education[row] < 0 ? null : EDUCATION[education[row]]);
    List<Position> positionList = null;
    if ((missing & NO_POSITIONS) == 0) {
      positionList = new ArrayList<>();
      for (int i = start(positionEnd, row), end = positionEnd[row]; i < end; i++) {
        positionList.add(
            new Position(
                positionProduct[i] < 0 ? null : PRODUCTS[positionProduct[i]],
                currency(positionCurrency[i]),
                positionBalance[i],
                positionRate[i]));
      }
    }
    List<FeeIncome> feeList = null;
    if ((missing & NO_FEES) == 0) {
      feeList = new ArrayList<>();
      for (int i = start(feeEnd, row), end = feeEnd[row]; i < end; i++) {
        feeList.add(
            new FeeIncome(feeType[i] < 0 ? null : FEE_TYPES[feeType[i]], currency(feeCurrency[i]), feeAmount[i]));
      }
    }
    List<ChannelUse> useList = null;
    if ((missing & NO_CHANNEL_USES) == 0) {
      useList = new ArrayList<>();
      for (int i = start(channelUseEnd, row), end = channelUseEnd[row]; i < end; i++) {
        useList.add(
            new ChannelUse(channelUseChannel[i] < 0 ? null : CHANNELS[channelUseChannel[i]], channelUseCount[i]));
      }
    }
    TransactionSummary transactions =
        (missing & NO_TRANSACTIONS) != 0
            ? null
            : new TransactionSummary(
                lastActivityDay[row] == Long.MIN_VALUE ? null : LocalDate.ofEpochDay(lastActivityDay[row]),
                transactionCount[row],
                transactionAmount[row]);
    CreditRisk credit =
        (missing & NO_CREDIT) != 0
            ? null
            : new CreditRisk(probabilityOfDefault[row], lossGivenDefault[row], exposureAtDefault[row]);
    return new CustomerSnapshot(
        customerId[row],
        asOf,
        periodDays[row],
        stage[row] < 0 ? null : STAGES[stage[row]],
        attributes,
        positionList,
        feeList,
        useList,
        transactions,
        credit);
  }

  static int start(int[] end, int row) {
    return row == 0 ? 0 : end[row - 1];
  }

  private Currency currency(short code) {
    return code < 0 ? null : currencies[code];
  }

  private short currencyCode(Currency currency) {
    if (currency == null) {
      return -1;
    }
    for (int i = 0; i < currencyCount; i++) {
      if (currencies[i] == currency) {
        return (short) i;
      }
    }
    if (currencyCount == currencies.length) {
      currencies = Arrays.copyOf(currencies, currencyCount * 2);
    }
    currencies[currencyCount] = currency;
    return (short) currencyCount++;
  }

  private int lastRow() {
    if (size == 0) {
      throw new IllegalStateException("no row yet: addRow first");
    }
    return size - 1;
  }
}
