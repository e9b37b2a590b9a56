package io.github.bankcrm.scoring.internal;

import io.github.bankcrm.scoring.model.Factor;
import io.github.bankcrm.scoring.score.Reason;
import java.util.Arrays;

/**
 * Scores a block of snapshots stage by stage: each stage one loop over every row (or every list entry)
 * of the block, over primitive columns, with as few unpredictable branches as the work allows, so the
 * processor overlaps rows. The arithmetic is {@link CompiledModel#scoreInto}'s, operation for operation
 * and in the same order, so a row scores bit for bit as its snapshot does alone. A row with any absent
 * or impossible value is refused with the error {@code scoreInto} gives its snapshot (the row is turned
 * back into one: refusals are rare, and they then report exactly what a single score reports).
 */
final class BlockScoring {

  private static final int CONTRIBUTION = Factor.CONTRIBUTION.ordinal();
  private static final int LIFETIME_VALUE = Factor.LIFETIME_VALUE.ordinal();
  private static final int RECENCY = Factor.RECENCY.ordinal();
  private static final int FACTORS = Factor.values().length;
  private static final int RFM_FACTORS = 3;
  private static final int KEY_SPACE = 8;
  private static final int MAX_REASONS = 3;
  private static final int REASON_BITS = 5;
  private static final int CONTRIBUTION_NEGATIVE = Reason.CONTRIBUTION_NEGATIVE.ordinal() + 1;
  private static final int REASONS_MASK = (1 << (REASON_BITS * MAX_REASONS)) - 1;
  /**
   * Per interest kind: the sign of {@code balance × (rate − FTP)} in what the position earns; 0 for
   * the kinds that earn no interest (their sums, at the same index, are never read).
   */
  private static final double[] INTEREST_SIGN = new double[4];

  static {
    if (FACTORS != 5 || Factor.MONETARY.ordinal() != RECENCY + 2) {
      throw new AssertionError("the block scorer unrolls five factors, the RFM ones last");
    }
    INTEREST_SIGN[CompiledModel.DEPOSIT_INTEREST] = -1;
    INTEREST_SIGN[CompiledModel.LENDING_INTEREST] = 1;
  }

  private BlockScoring() {}

  static int score(CompiledModel m, SnapshotColumns in, ScoreColumns out, ScoreState scratch) {
    int n = in.size;
    out.begin(m, n, m.vipRules.length);
    System.arraycopy(in.customerId, 0, out.customerId, 0, n);
    Tables tables = m.blockTables();
    mapCurrencies(m, in, out);
    rows(in, out);
    positions(m, in, out);
    fees(m, in, out);
    channelUses(m, in, out);
    finish(m, tables, in, out);
    flags(m, in, out);
    int refusedRows = 0;
    for (int row = 0; row < n; row++) {
      if (out.refused[row]) {
        m.scoreInto(in.snapshot(row), scratch);
        out.error[row] = scratch.error;
        refusedRows++;
      }
    }
    return n - refusedRows;
  }

  /**
   * The model currency index of each currency of the block, one place further: index 0 is an absent
   * currency, and -1 a currency outside the model.
   */
  private static void mapCurrencies(CompiledModel m, SnapshotColumns in, ScoreColumns out) {
    if (out.modelCurrency.length < in.currencyCount + 1) {
      out.modelCurrency = new int[in.currencies.length + 1];
    }
    out.modelCurrency[0] = -1;
    for (int i = 0; i < in.currencyCount; i++) {
      out.modelCurrency[i + 1] = m.indexOf(in.currencies[i]);
    }
  }

  /** The checks of a row's own fields; the year fraction; the sums that are read start at 0. */
  private static void rows(SnapshotColumns in, ScoreColumns out) {
    int n = in.size;
    int cap = out.capacity;
    Arrays.fill(out.interestSum, CompiledModel.DEPOSIT_INTEREST * cap, CompiledModel.DEPOSIT_INTEREST * cap + n, 0);
    Arrays.fill(out.interestSum, CompiledModel.LENDING_INTEREST * cap, CompiledModel.LENDING_INTEREST * cap + n, 0);
    Arrays.fill(out.costSum, 0, n, 0);
    Arrays.fill(out.feeSum, 0, n, 0);
    Arrays.fill(out.seen, 0, n, 0);
    int[] periodDays = in.periodDays;
    int[] age = in.age;
    double[] pd = in.probabilityOfDefault;
    double[] lgd = in.lossGivenDefault;
    long[] ead = in.exposureAtDefault;
    for (int row = 0; row < n; row++) {
      int days = periodDays[row];
      int years = age[row];
      double p = pd[row];
      double l = lgd[row];
      out.refused[row] =
          in.absent[row] != 0
              | days < 1
              | days > 366
              | (years != SnapshotColumns.ABSENT & (years < 0 | years > 150))
              | !(p >= 0 & p <= 1)
              | !(l >= 0 & l <= 1)
              | ead[row] < 0
              | in.transactionCount[row] < 0
              | in.transactionAmount[row] < 0
              | in.lastActivityDay[row] > in.asOfDay[row];
      double yearFraction = days / 365.0;
      out.yearFraction[row] = yearFraction;
      out.expectedLoss[row] = p * l * ead[row] * yearFraction;
    }
  }

  /** Interest and servicing cost, entry by entry over the positions of the whole block. */
  private static void positions(CompiledModel m, SnapshotColumns in, ScoreColumns out) {
    int count = in.positions;
    int cap = out.capacity;
    int currencies = m.currencies.length;
    int[] modelCurrency = out.modelCurrency;
    byte[] interestKind = m.interestKind;
    double[] toReportingMinor = m.toReportingMinor;
    double[] fundsTransferPrice = m.fundsTransferPrice;
    double[] servicing = m.servicingMinorPerYear;
    double[] sign = INTEREST_SIGN;
    int[] rows = in.positionRow;
    byte[] products = in.positionProduct;
    short[] codes = in.positionCurrency;
    long[] balances = in.positionBalance;
    double[] rates = in.positionRate;
    double[] yearFraction = out.yearFraction;
    double[] interest = out.interestSum;
    double[] cost = out.costSum;
    long[] seen = out.seen;
    boolean[] refused = out.refused;
    for (int p = 0; p < count; p++) {
      int row = rows[p];
      int product = products[p];
      int currency = modelCurrency[codes[p] + 1];
      long averageBalance = balances[p];
      double rate = rates[p];
      boolean unknown = (product | currency) < 0;
      // an unknown product or currency: any slot will do, the row is refused
      int slot = unknown ? 0 : product * currencies + currency;
      int kind = interestKind[slot];
      long bit = slot < Long.SIZE ? 1L << slot : 0;
      refused[row] |=
          unknown | kind == CompiledModel.NO_RATE | averageBalance < 0 | !(rate >= -1 & rate <= 1) | (seen[row] & bit) != 0;
      seen[row] |= bit;
      double yf = yearFraction[row];
      double balance = averageBalance * toReportingMinor[Math.max(currency, 0)];
      // a deposit earns balance × (FTP − rate), the negation of this, bit for bit
      interest[kind * cap + row] += sign[kind] * (balance * (rate - fundsTransferPrice[slot]) * yf);
      cost[row] += servicing[slot] * yf;
    }
  }

  private static void fees(CompiledModel m, SnapshotColumns in, ScoreColumns out) {
    int count = in.fees;
    int[] modelCurrency = out.modelCurrency;
    double[] toReportingMinor = m.toReportingMinor;
    int[] rows = in.feeRow;
    short[] codes = in.feeCurrency;
    long[] amounts = in.feeAmount;
    double[] fee = out.feeSum;
    boolean[] refused = out.refused;
    for (int i = 0; i < count; i++) {
      int row = rows[i];
      int currency = modelCurrency[codes[i] + 1];
      long amount = amounts[i];
      refused[row] |= (currency | amount) < 0;
      fee[row] += amount * toReportingMinor[Math.max(currency, 0)];
    }
  }

  private static void channelUses(CompiledModel m, SnapshotColumns in, ScoreColumns out) {
    int count = in.channelUses;
    double[] channelCost = m.channelCostMinor;
    int[] rows = in.channelUseRow;
    byte[] channels = in.channelUseChannel;
    int[] counts = in.channelUseCount;
    double[] cost = out.costSum;
    boolean[] refused = out.refused;
    for (int i = 0; i < count; i++) {
      int row = rows[i];
      int channel = channels[i];
      int uses = counts[i];
      refused[row] |= (channel | uses) < 0;
      cost[row] += uses * channelCost[Math.max(channel, 0)];
    }
  }

  /**
   * Everything after the sums, one row at a time: the rounded parts, the contribution, annualised, the
   * lifetime value, the RFM scores, the levels, exact points, the score, whole points by largest
   * remainder, the reasons and the tier. The five factors are unrolled into locals and every
   * comparison is a 0 or 1 (which factor comes first is unpredictable: a branch per comparison would
   * often be mispredicted). The RFM thresholds are strictly monotone (validation), so an RFM score is
   * one plus the number of thresholds met; the RFM factors take their exact points, whole parts,
   * fractions and reasons from {@link Tables}, by score.
   */
  private static void finish(CompiledModel m, Tables t, SnapshotColumns in, ScoreColumns out) {
    int n = out.size;
    int cap = out.capacity;
    double[] multiplier = m.lifetimeMultiplier;
    int lastStage = multiplier.length - 1;
    double[] interest = out.interestSum;
    int[] periodDays = in.periodDays;
    long r0 = m.recencyDays[0];
    long r1 = m.recencyDays[1];
    long r2 = m.recencyDays[2];
    long r3 = m.recencyDays[3];
    int f0 = m.frequency[0];
    int f1 = m.frequency[1];
    int f2 = m.frequency[2];
    int f3 = m.frequency[3];
    long m0 = m.monetaryMinor[0];
    long m1 = m.monetaryMinor[1];
    long m2 = m.monetaryMinor[2];
    long m3 = m.monetaryMinor[3];
    double full0 = m.pointsAtFull[CONTRIBUTION];
    double full1 = m.pointsAtFull[LIFETIME_VALUE];
    double fullAt0 = t.fullAt[0];
    double fullAt1 = t.fullAt[1];
    long ceiling0 = t.ceiling[0];
    long ceiling1 = t.ceiling[1];
    // a factor outside the model: a key below every key, a fraction below every fraction
    int keyMask0 = t.keyMask[0];
    int keyMask1 = t.keyMask[1];
    int keyMask2 = t.keyMask[2];
    int keyMask3 = t.keyMask[3];
    int keyMask4 = t.keyMask[4];
    int[] amountReason = t.amountReason;
    double[] rfmExact = t.rfmExact;
    int[] rfmWhole = t.rfmWhole;
    long[] rfmFraction = t.rfmFraction;
    int[] rfmReason = t.rfmReason;
    int[] tierOfScore = t.tierOfScore;
    int topScore = tierOfScore.length - 1;
    int lossMakingTier = m.tierMinScores.length;
    int[] whole = out.points;
    for (int row = 0; row < n; row++) {
      long deposit = Math.round(interest[CompiledModel.DEPOSIT_INTEREST * cap + row]);
      long lending = Math.round(interest[CompiledModel.LENDING_INTEREST * cap + row]);
      long fee = Math.round(out.feeSum[row]);
      long cost = Math.round(out.costSum[row]);
      long loss = Math.round(out.expectedLoss[row]);
      long contribution = deposit + lending + fee - cost - loss;
      int days = periodDays[row];
      long annual = Math.round(contribution * 365.0 / days);
      // a refused row's stage may be absent: any multiplier will do, the row is not reported
      long lifetime = Math.round(annual * multiplier[Math.min(in.stage[row] & 0x7f, lastStage)]);
      out.depositInterest[row] = deposit;
      out.lendingInterest[row] = lending;
      out.feeIncome[row] = fee;
      out.operatingCost[row] = cost;
      out.expectedCreditLoss[row] = loss;
      out.contribution[row] = contribution;
      out.annualContribution[row] = annual;
      out.lifetimeValue[row] = lifetime;
      long amount = in.transactionAmount[row];
      out.turnover[row] = amount * 365.0 / days;

      long last = in.lastActivityDay[row];
      // no activity ever: further back than every threshold
      long since = last == Long.MIN_VALUE ? Long.MAX_VALUE : in.asOfDay[row] - last;
      int count = in.transactionCount[row];
      int recency = 1 + (since <= r0 ? 1 : 0) + (since <= r1 ? 1 : 0) + (since <= r2 ? 1 : 0) + (since <= r3 ? 1 : 0);
      int frequency = 1 + (count >= f0 ? 1 : 0) + (count >= f1 ? 1 : 0) + (count >= f2 ? 1 : 0) + (count >= f3 ? 1 : 0);
      int monetary = 1 + (amount >= m0 ? 1 : 0) + (amount >= m1 ? 1 : 0) + (amount >= m2 ? 1 : 0) + (amount >= m3 ? 1 : 0);
      out.recency[row] = (byte) recency;
      out.frequency[row] = (byte) frequency;
      out.monetary[row] = (byte) monetary;
      int r = recency;
      int f = 6 + frequency;
      int mv = 12 + monetary;
      double level0 = amountLevel(fullAt0, ceiling0, annual);
      double level1 = amountLevel(fullAt1, ceiling1, lifetime);
      // a factor outside the model has 0 points at full, so 0 exact points: adding it changes no sum
      double e0 = full0 * level0;
      double e1 = full1 * level1;
      long total = Math.round(e0 + e1 + rfmExact[r] + rfmExact[f] + rfmExact[mv]);
      int p0 = (int) e0;
      int p1 = (int) e1;
      int p2 = rfmWhole[r];
      int p3 = rfmWhole[f];
      int p4 = rfmWhole[mv];
      // fractional parts as their bits (non-negative doubles order as their bits); -1 outside the model
      long b0 = Double.doubleToRawLongBits(e0 - p0) | keyMask0;
      long b1 = Double.doubleToRawLongBits(e1 - p1) | keyMask1;
      long b2 = rfmFraction[r];
      long b3 = rfmFraction[f];
      long b4 = rfmFraction[mv];
      long missing = total - p0 - p1 - p2 - p3 - p4;
      // a factor is raised when fewer than `missing` come before it: a larger fraction, or an equal
      // one listed earlier. One comparison per pair: the later factor comes first only when larger.
      int c01 = gt(b1, b0);
      int c02 = gt(b2, b0);
      int c03 = gt(b3, b0);
      int c04 = gt(b4, b0);
      int c12 = gt(b2, b1);
      int c13 = gt(b3, b1);
      int c14 = gt(b4, b1);
      int c23 = gt(b3, b2);
      int c24 = gt(b4, b2);
      int c34 = gt(b4, b3);
      p0 += raise(c01 + c02 + c03 + c04, missing, keyMask0);
      p1 += raise(1 - c01 + c12 + c13 + c14, missing, keyMask1);
      p2 += raise(2 - c02 - c12 + c23 + c24, missing, keyMask2);
      p3 += raise(3 - c03 - c13 - c23 + c34, missing, keyMask3);
      p4 += raise(4 - c04 - c14 - c24 - c34, missing, keyMask4);
      whole[row] = p0;
      whole[cap + row] = p1;
      whole[2 * cap + row] = p2;
      whole[3 * cap + row] = p3;
      whole[4 * cap + row] = p4;
      int score = (int) total;
      out.score[row] = score;

      // reasons: a loss first, then the factors by points, descending, ties in factor order; a
      // factor's place is the number of factors ahead of it, one comparison per pair of keys
      int lossMaking = (int) (contribution >>> 63);
      int k0 = (p0 * KEY_SPACE + 7) | keyMask0 | -lossMaking;
      int k1 = (p1 * KEY_SPACE + 6) | keyMask1;
      int k2 = (p2 * KEY_SPACE + 5) | keyMask2;
      int k3 = (p3 * KEY_SPACE + 4) | keyMask3;
      int k4 = (p4 * KEY_SPACE + 3) | keyMask4;
      int d01 = ahead(k1, k0);
      int d02 = ahead(k2, k0);
      int d03 = ahead(k3, k0);
      int d04 = ahead(k4, k0);
      int d12 = ahead(k2, k1);
      int d13 = ahead(k3, k1);
      int d14 = ahead(k4, k1);
      int d23 = ahead(k3, k2);
      int d24 = ahead(k4, k2);
      int d34 = ahead(k4, k3);
      int picks =
          pick(amountReason[band(level0) + (int) (annual >>> 63) * 3], k0, d01 + d02 + d03 + d04)
              | pick(amountReason[6 + band(level1) + (int) (lifetime >>> 63) * 3], k1, 1 - d01 + d12 + d13 + d14)
              | pick(rfmReason[r], k2, 2 - d02 - d12 + d23 + d24)
              | pick(rfmReason[f], k3, 3 - d03 - d13 - d23 + d34)
              | pick(rfmReason[mv], k4, 4 - d04 - d14 - d24 - d34);
      out.reasons[row] = (lossMaking * CONTRIBUTION_NEGATIVE | picks << (REASON_BITS * lossMaking)) & REASONS_MASK;
      out.tier[row] = lossMaking != 0 ? lossMakingTier : tierOfScore[Math.min(score, topScore)];
    }
  }

  /** 1 if key {@code a} comes ahead of key {@code b}, else 0. */
  private static int ahead(int a, int b) {
    return (b - a) >>> 31;
  }

  /**
   * A reason code at its place, or nothing for a factor that is not a reason: outside the model, a
   * loss-making contribution (its key is -1), or third or later.
   */
  private static int pick(int code, int key, int place) {
    int keep = ((place - MAX_REASONS) >> 31) & ~(key >> 31);
    return (code & keep) << (REASON_BITS * place);
  }

  /** 1 if {@code a > b}, else 0; both between -1 and the bits of 1.0, so the difference never overflows. */
  private static int gt(long a, long b) {
    return (int) ((b - a) >>> 63);
  }

  /** 1 when fewer than {@code missing} factors come first and the factor is in the model. */
  private static int raise(int before, long missing, int keyMask) {
    return (int) ((before - missing) >>> 63) & ~keyMask;
  }

  /** The band of a level: 0 high (2/3 and up), 1 medium (1/3 and up), 2 low. */
  private static int band(double level) {
    return 2 - (level >= 2.0 / 3 ? 1 : 0) - (level >= 1.0 / 3 ? 1 : 0);
  }

  /**
   * An amount factor's level, as {@code scoreInto}'s: the amount over the amount at full, 0 for no
   * amount or a negative one, capped at 1. The amount is first clamped between 0 and the amount at
   * full rounded up, which changes no level and leaves the cap's branch untaken when that amount is
   * whole (a branch per customer on the amount's size would be unpredictable).
   */
  private static double amountLevel(double fullAtMinor, long ceilingMinor, long amountMinor) {
    double level = Math.min(Math.max(amountMinor, 0), ceilingMinor) / fullAtMinor;
    return level > 1 ? 1 : level;
  }

  /** The gold / VIP flags, rule by rule over the block. */
  private static void flags(CompiledModel m, SnapshotColumns in, ScoreColumns out) {
    int n = in.size;
    int words = out.flagWords;
    long[] flags = out.flags;
    Arrays.fill(flags, 0, n * words, 0);
    CompiledVipRule[] rules = m.vipRules;
    for (int r = 0; r < rules.length; r++) {
      rules[r].matchAll(in, out, r >>> 6, 1L << r);
    }
  }

  /**
   * What the block scorer derives from a model once: the RFM factors' points by score, the reasons,
   * the tier of every score. Immutable.
   */
  static final class Tables {

    /** Per factor ordinal: 0 in the model, -1 outside it. */
    final int[] keyMask = new int[FACTORS];
    /** Reason ordinal plus one of the amount factors: per factor six, by band then three times negative. */
    final int[] amountReason = new int[12];
    /** Per RFM factor {@code k} (0 recency) and score {@code s} (1 to 5), at {@code 6 k + s}. */
    final double[] rfmExact = new double[6 * RFM_FACTORS];
    final int[] rfmWhole = new int[6 * RFM_FACTORS];
    final long[] rfmFraction = new long[6 * RFM_FACTORS];
    final int[] rfmReason = new int[6 * RFM_FACTORS];
    /**
     * Per amount factor: the amount at full (1 outside the model) and that amount rounded up (0 outside
     * the model, so the level is 0 as {@code scoreInto}'s).
     */
    final double[] fullAt = new double[2];
    final long[] ceiling = new long[2];
    /** The tier index of every score, 0 to the model's maximum. */
    final int[] tierOfScore;

    Tables(CompiledModel m) {
      tierOfScore = new int[m.maxScore + 1];
      for (int score = 0, tier = m.tierMinScores.length - 1; score <= m.maxScore; score++) {
        while (tier > 0 && score >= m.tierMinScores[tier - 1]) {
          tier--;
        }
        tierOfScore[score] = tier;
      }
      for (int f = 0; f < FACTORS; f++) {
        keyMask[f] = m.inModel[f] ? 0 : -1;
      }
      for (int f = CONTRIBUTION; f <= LIFETIME_VALUE; f++) {
        fullAt[f] = m.inModel[f] ? m.fullAtMinor[f] : 1;
        ceiling[f] = m.inModel[f] ? (long) Math.ceil(m.fullAtMinor[f]) : 0;
      }
      for (int f = CONTRIBUTION, at = 0; f <= LIFETIME_VALUE; f++) {
        for (int band = 0; band < 3; band++) {
          amountReason[at++] = CompiledModel.reason(f, band == 0 ? 1 : band == 1 ? 0.5 : 0, 0) + 1;
        }
        for (int band = 0; band < 3; band++) {
          amountReason[at++] = CompiledModel.reason(f, 0, -1) + 1;
        }
      }
      for (int k = 0; k < RFM_FACTORS; k++) {
        int f = RECENCY + k;
        for (int s = 1; s <= 5; s++) {
          double level = (s - 1) / 4.0;
          // as scoreInto: a factor outside the model has no points
          double exact = m.inModel[f] ? m.pointsAtFull[f] * level : 0;
          int whole = (int) exact;
          rfmExact[6 * k + s] = exact;
          rfmWhole[6 * k + s] = whole;
          rfmFraction[6 * k + s] = Double.doubleToRawLongBits(exact - whole) | keyMask[f];
          rfmReason[6 * k + s] = CompiledModel.reason(f, level, s) + 1;
        }
      }
    }
  }
}
