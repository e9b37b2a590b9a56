/**
 * The value-scoring API of {@code crm-scoring} on Apache Spark: {@link
 * io.github.bankcrm.examples.spark.SparkValueScoring} scores a {@code Dataset} of customer snapshots with
 * one {@link io.github.bankcrm.scoring.score.ValueScorer} per partition, and {@link
 * io.github.bankcrm.examples.spark.SparkScoringDemo} runs it in local mode over a synthetic bank. The
 * same code runs on a cluster: only the master changes.
 */
package io.github.bankcrm.examples.spark;
