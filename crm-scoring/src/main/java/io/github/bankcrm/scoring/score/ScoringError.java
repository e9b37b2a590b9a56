package io.github.bankcrm.scoring.score;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import io.github.bankcrm.core.customer.CustomerId;
import io.github.bankcrm.core.shared.FieldError;
import java.util.List;

/**
 * Why one customer was not scored. Messages name fields and codes, never values: snapshots carry
 * financial data. In JSON the variant is named by a {@code "type"} property ({@code INVALID_SNAPSHOT},
 * {@code FAILED}).
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
  @JsonSubTypes.Type(value = ScoringError.InvalidSnapshot.class, name = "INVALID_SNAPSHOT"),
  @JsonSubTypes.Type(value = ScoringError.Failed.class, name = "FAILED")
})
public sealed interface ScoringError {

  /**
   * The customer that was not scored.
   *
   * @return the customer ID
   */
  CustomerId customerId();

  /**
   * A stable code.
   *
   * @return e.g. {@code snapshot.invalid}
   */
  @JsonIgnore
  String code();

  /**
   * A readable reason.
   *
   * @return the reason, free of personal and financial data
   */
  @JsonIgnore
  String message();

  /**
   * The snapshot has missing or impossible values: every refused field with its path, such as {@code
   * positions[1].currency} ({@code currency.not_in_model}) or {@code positions[0].averageBalance}
   * ({@code amount.negative}).
   *
   * @param customerId the customer
   * @param errors every refused field
   */
  record InvalidSnapshot(CustomerId customerId, List<FieldError> errors) implements ScoringError {

    public InvalidSnapshot {
      requireNonNull(customerId, "customerId");
      errors = List.copyOf(requireNonNull(errors, "errors"));
      if (errors.isEmpty()) {
        throw new IllegalArgumentException("an invalid snapshot has at least one field error");
      }
    }

    @JsonIgnore
    @Override
    public String code() {
      return "snapshot.invalid";
    }

    @JsonIgnore
    @Override
    public String message() {
      return "snapshot refused: " + errors;
    }
  }

  /**
   * Scoring failed for a reason that is not the input's fault (a defect): a batch reports it for this
   * customer and goes on with the next.
   *
   * @param customerId the customer
   * @param cause the class name of the failure
   */
  record Failed(CustomerId customerId, String cause) implements ScoringError {

    public Failed {
      requireNonNull(customerId, "customerId");
      requireNonNull(cause, "cause");
    }

    @JsonIgnore
    @Override
    public String code() {
      return "scoring.failed";
    }

    @JsonIgnore
    @Override
    public String message() {
      return "scoring failed: " + cause;
    }
  }
}
