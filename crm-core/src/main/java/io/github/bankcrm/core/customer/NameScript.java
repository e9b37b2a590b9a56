package io.github.bankcrm.core.customer;

/** The writing system of an alternative spelling of a name. */
public enum NameScript {
  /** Chinese characters [中文名]. */
  CHINESE,
  /** Latin letters, e.g. Hanyu Pinyin or the name in a foreign passport [英文名/拼音]. */
  LATIN,
  /** Any other script. */
  OTHER
}
