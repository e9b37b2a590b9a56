package io.github.bankcrm.core.resolution;

import io.github.bankcrm.core.customer.CustomerId;
import io.github.bankcrm.core.customer.CustomerKind;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Normalised identities written by hand, for worked examples of comparison and blocking. */
public final class ResolutionFixture {

  private final Map<MatchField, List<String>> values = new EnumMap<>(MatchField.class);
  private final String id;

  private ResolutionFixture(String id) {
    this.id = id;
  }

  /** A person with the number {@code id} and no values yet. */
  public static ResolutionFixture person(String id) {
    return new ResolutionFixture(id);
  }

  public ResolutionFixture with(MatchField field, String... fieldValues) {
    values.put(field, List.of(fieldValues));
    return this;
  }

  /** Wang Xiaohong, born 1949-12-31, with the fixture identity number, mobile and address. */
  public static ResolutionFixture wangXiaohong(String id) {
    return person(id)
        .with(MatchField.RESIDENT_ID, "11010519491231002X")
        .with(MatchField.NAME, "wang xiaohong", "王小红")
        .with(MatchField.BIRTH_DATE, "1949-12-31")
        .with(MatchField.GENDER, "FEMALE")
        .with(MatchField.MOBILE, "13812345678")
        .with(MatchField.ADDRESS, "110105朝阳区建国路88号3单元1201");
  }

  public NormalizedIdentity build() {
    return new NormalizedIdentity(CustomerId.of(id), CustomerKind.INDIVIDUAL, values);
  }
}
