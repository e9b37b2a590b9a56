package io.github.bankcrm.scoring.model;

import io.github.bankcrm.core.shared.Nullable;
import java.util.List;

/**
 * The composite value score [分值评估]: a weighted, capped sum of factor levels, from 0 to {@code
 * maxScore}.
 *
 * @param maxScore the highest score, 1 to 1,000,000 (typically 1000)
 * @param factors the factors and their weights; each factor at most once, weights adding up to 1
 */
public record CompositeScoreModel(@Nullable Integer maxScore, @Nullable List<FactorWeight> factors) {}
