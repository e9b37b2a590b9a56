package io.github.bankcrm.scoring.internal;

/**
 * How the keys of one {@code SnapshotColumns} layout (its currencies) meet one compiled model: per pair
 * the model's rate slot and the conversion to reporting minor units, per fee cell the conversion. Made
 * once per layout and model; immutable.
 */
final class ColumnMapping {

  /** Per pair: the model's slot (product ordinal × model currencies + model currency), -1 when the model lacks the currency. */
  final int[] slotOf;
  /** Per pair: one minor unit of its currency in reporting minor units (0 when the model lacks the currency). */
  final double[] pairToReporting;
  /** Per fee cell: whether the model lists its currency. */
  final boolean[] cellInModel;
  /** Per fee cell: one minor unit of its currency in reporting minor units (0 when the model lacks it). */
  final double[] cellToReporting;
  /** Per model currency: its index in the layout, -1 when the layout lacks it. */
  final int[] layoutCurrencyOf;

  ColumnMapping(int[] slotOf, double[] pairToReporting, boolean[] cellInModel, double[] cellToReporting, int[] layoutCurrencyOf) {
    this.slotOf = slotOf;
    this.pairToReporting = pairToReporting;
    this.cellInModel = cellInModel;
    this.cellToReporting = cellToReporting;
    this.layoutCurrencyOf = layoutCurrencyOf;
  }
}
