package io.github.bankcrm.core.group;

import io.github.bankcrm.core.shared.FieldError;
import java.util.List;

/** Why a segment operation was refused. Every variant has a stable {@link #code()} and a {@link #message()}. */
public sealed interface SegmentError {

  /**
   * Stable machine-readable code.
   *
   * @return the code
   */
  String code();

  /**
   * Readable reason, free of personal data.
   *
   * @return the message
   */
  String message();

  /**
   * The definition is invalid; {@code errors} lists every problem with its path.
   *
   * @param errors every problem
   */
  record InvalidDefinition(List<FieldError> errors) implements SegmentError {
    public InvalidDefinition {
      errors = List.copyOf(errors);
      if (errors.isEmpty()) {
        throw new IllegalArgumentException("at least one field error");
      }
    }

    @Override
    public String code() {
      return "invalid_segment_definition";
    }

    @Override
    public String message() {
      return errors.size() + " problem(s) in the segment definition: " + errors;
    }
  }

  /**
   * Somebody stored another membership of the segment in between.
   *
   * @param segmentId the segment
   * @param expectedVersion the stored version the replacement was based on
   * @param actualVersion the version stored now
   */
  record VersionConflict(SegmentId segmentId, long expectedVersion, long actualVersion)
      implements SegmentError {
    @Override
    public String code() {
      return "version_conflict";
    }

    @Override
    public String message() {
      return "membership of segment " + segmentId + " is at version " + actualVersion + ", not "
          + expectedVersion + "; evaluate again";
    }
  }

  /**
   * Replacing a membership needs the unrestricted scope of a system job: a restricted caller sees only
   * part of the members and would drop the rest.
   *
   * @param segmentId the segment
   */
  record ScopeTooNarrow(SegmentId segmentId) implements SegmentError {
    @Override
    public String code() {
      return "scope_too_narrow";
    }

    @Override
    public String message() {
      return "only an unrestricted (system) scope may replace the members of segment " + segmentId;
    }
  }
}
