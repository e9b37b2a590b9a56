/**
 * Roll-ups of customer value: a household's or a corporate group's value from its members' scores,
 * and relationship-manager attribution (the value of the customers each manager serves in a period).
 */
package io.github.bankcrm.scoring.rollup;
