/** HTML escaping and SVG chart drawing for the bank report; not API. */
package io.github.bankcrm.examples.report.internal;
