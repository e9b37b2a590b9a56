package io.github.bankcrm.examples.bank.internal;

import java.util.SplittableRandom;

/** Plausible Chinese personal and company names; common surnames come up more often, as in life. */
public final class ChineseNames {

  private static final String SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘";
  private static final String GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超兰霞平刚桂英华建国红玉萍鹏辉宇浩然欣怡子轩梓涵晨阳嘉";
  private static final String[] CITIES = {"北京", "上海", "广州", "深圳", "成都", "杭州", "南京", "武汉", "西安", "福州"};
  private static final String[] WORDS = {"星海", "华信", "长城", "远航", "鼎盛", "恒通", "金桥", "瑞丰", "宏达", "天成", "新锐", "同心"};
  private static final String[] TRADES = {"贸易", "科技", "实业", "建设", "物流", "投资", "制造", "餐饮"};

  private ChineseNames() {}

  /**
   * A person's name: a surname and one or two given-name characters.
   *
   * @param random the source
   * @return the name
   */
  public static String person(SplittableRandom random) {
    int surname = Math.min(random.nextInt(SURNAMES.length()), random.nextInt(SURNAMES.length()));
    StringBuilder name = new StringBuilder().append(SURNAMES.charAt(surname));
    int given = random.nextInt(4) == 0 ? 1 : 2;
    for (int i = 0; i < given; i++) {
      name.append(GIVEN.charAt(random.nextInt(GIVEN.length())));
    }
    return name.toString();
  }

  /**
   * The same name with its last character replaced by another, as a hurried clerk types it.
   *
   * @param name a name from {@link #person}
   * @param random the source
   * @return a different name of the same length
   */
  public static String mistyped(String name, SplittableRandom random) {
    char last = name.charAt(name.length() - 1);
    char other;
    do {
      other = GIVEN.charAt(random.nextInt(GIVEN.length()));
    } while (other == last);
    return name.substring(0, name.length() - 1) + other;
  }

  /**
   * A company's registered name, e.g. {@code 福州星海贸易有限公司}.
   *
   * @param random the source
   * @param suffix a distinguishing word for subsidiaries, or empty
   * @return the name
   */
  public static String company(SplittableRandom random, String suffix) {
    return CITIES[random.nextInt(CITIES.length)] + WORDS[random.nextInt(WORDS.length)] + suffix
        + TRADES[random.nextInt(TRADES.length)] + "有限公司";
  }
}
