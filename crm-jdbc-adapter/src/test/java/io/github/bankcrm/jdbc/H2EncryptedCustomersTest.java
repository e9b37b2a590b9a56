package io.github.bankcrm.jdbc;

import io.github.bankcrm.core.customer.Customers;
import io.github.bankcrm.core.customer.CustomersContract;
import java.nio.charset.StandardCharsets;
import javax.crypto.spec.SecretKeySpec;

/** The customer contract again, with identity-document numbers encrypted and a blind index. */
class H2EncryptedCustomersTest extends CustomersContract {

  private static final DocumentNumberProtection ENCRYPTED =
      DocumentNumberProtection.encrypted(
          DocumentNumberCipher.aesGcm(new SecretKeySpec(new byte[16], "AES")),
          new SecretKeySpec("blind-index-key".getBytes(StandardCharsets.UTF_8), "HmacSHA256"));

  @Override
  protected Customers newCustomers() {
    return TestDatabases.fresh(TestDatabases.h2(), ENCRYPTED).customers();
  }
}
