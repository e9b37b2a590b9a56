package io.github.bankcrm.scoring.internal;

/**
 * How the keys of one {@code SnapshotColumns} layout (its currencies) meet one compiled model: per pair
 * the model's rate slot and the conversion to reporting minor units, per currency of the layout the
 * model's currency. Made once per layout and model; immutable.
 */
final class ColumnMapping {

  /** Per pair: the model's slot (product ordinal × model currencies + model currency), -1 when the model lacks the currency. */
  final int[] slotOf;
  /** Per pair: one minor unit of its currency in reporting minor units (0 when the model lacks the currency). */
  final double[] pairToReporting;
  /** Per currency of the layout: the model's currency index, -1 when the model lacks it. */
  final int[] modelCurrencyOf;
  /** Per fee cell: the model's index of its currency, -1 when the model lacks it. */
  final int[] cellCurrency;

  ColumnMapping(int[] slotOf, double[] pairToReporting, int[] modelCurrencyOf, int feeCells) {
    this.slotOf = slotOf;
    this.pairToReporting = pairToReporting;
    this.modelCurrencyOf = modelCurrencyOf;
    cellCurrency = new int[feeCells];
    for (int cell = 0; cell < feeCells; cell++) {
      cellCurrency[cell] = modelCurrencyOf[cell % modelCurrencyOf.length];
    }
  }
}
