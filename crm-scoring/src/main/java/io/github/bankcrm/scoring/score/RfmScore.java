package io.github.bankcrm.scoring.score;

/**
 * Recency, frequency and monetary scores [RFM], each 1 (worst) to 5 (best).
 *
 * @param recency how recently the customer was active
 * @param frequency how often the customer transacts
 * @param monetary how much the customer moves
 */
public record RfmScore(int recency, int frequency, int monetary) {

  public RfmScore {
    if (recency < 1 || recency > 5 || frequency < 1 || frequency > 5 || monetary < 1 || monetary > 5) {
      throw new IllegalArgumentException("RFM scores are 1 to 5");
    }
  }
}
