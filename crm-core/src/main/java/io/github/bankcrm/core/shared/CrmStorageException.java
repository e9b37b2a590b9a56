package io.github.bankcrm.core.shared;

/**
 * An infrastructure failure in an adapter (a database that cannot be reached, a broken connection, a
 * schema that does not match). Unchecked, always with its cause; never used for expected business
 * outcomes such as a version conflict or a missing customer, which ports return as values.
 */
public class CrmStorageException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public CrmStorageException(String message, Throwable cause) {
    super(message, cause);
  }
}
