package io.github.bankcrm.core.group;

import io.github.bankcrm.core.shared.FieldError;
import io.github.bankcrm.core.shared.FieldErrors;
import io.github.bankcrm.core.shared.Nullable;
import io.github.bankcrm.core.shared.TextInput;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;

/**
 * A dynamic segment [动态客户分群] defined as data: a number, a name, a version and the {@link
 * SegmentRule} its members satisfy. A bank changes a segment by saving a new version, without a
 * release; evaluations record the version they used.
 *
 * <p>In JSON (jackson-annotations only; read it with a plain {@code ObjectMapper} and no default
 * typing):
 *
 * <pre>{@code
 * {"id": "graduates-bj", "name": "Graduate students in Beijing", "version": 3,
 *  "rule": {"type": "all", "rules": [
 *    {"type": "education", "levels": ["MASTER", "DOCTORATE"]},
 *    {"type": "region", "divisionPrefix": "11", "addressType": null},
 *    {"type": "ageBand", "min": 22, "max": 28},
 *    {"type": "balanceBand", "productTypes": ["DEPOSIT"], "currency": "CNY", "min": null, "max": 50000}]}}
 * }</pre>
 *
 * <p><b>Loading.</b> Jackson refuses unknown properties and unknown rule type names. Everything else is
 * checked by {@link #validate()}, which reports <em>every</em> problem with its path into the tree, such
 * as {@code rule.all[2].ageBand.min}: missing values, an empty {@code all} / {@code any} or set, {@code
 * min > max}, negative ages or amounts, unknown currencies, malformed division or industry prefixes, and
 * rules nested deeper than {@value #MAX_DEPTH} levels. Evaluate only a definition that passed.
 *
 * @param id the segment number
 * @param name what the segment is called, 1 to 100 characters
 * @param version the definition's version, from 1
 * @param rule the condition members satisfy
 */
public record SegmentDefinition(
    @Nullable SegmentId id, @Nullable String name, long version, @Nullable SegmentRule rule) {

  /**
   * How deep rules may nest: the root rule is level 1, its children level 2, and so on. Deep enough for
   * any segment a person writes, shallow enough that evaluation never exhausts the stack.
   */
  public static final int MAX_DEPTH = 12;

  /**
   * Checks the whole definition.
   *
   * @return this definition, or every problem found, each with its path
   */
  public Validation<Seq<FieldError>, SegmentDefinition> validate() {
    FieldErrors errors = new FieldErrors();
    if (id == null) {
      errors.add(FieldError.required("id"));
    }
    errors.check("name", TextInput.required(name, 100));
    if (version < 1) {
      errors.add(FieldError.outOfRange("version", "at least 1"));
    }
    new RuleValidation(errors).check("rule", rule, 1);
    return errors.orElse(() -> this);
  }

  /**
   * Whether a subject is a member; the definition must be valid.
   *
   * @param subject the facts about one customer
   * @return whether the rule holds
   */
  public boolean matches(SegmentSubject subject) {
    return rule.matches(subject);
  }
}
