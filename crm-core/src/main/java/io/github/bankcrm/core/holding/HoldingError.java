package io.github.bankcrm.core.holding;

import io.github.bankcrm.core.customer.CustomerId;
import io.github.bankcrm.core.organization.OrganizationUnitId;
import io.github.bankcrm.core.shared.FieldError;
import io.github.bankcrm.core.shared.FieldErrors;
import java.time.LocalDate;
import java.util.List;

/**
 * Why a holding command or save was refused: for accounts, loan contracts and service assignments.
 * Every variant has a stable {@link #code()} and a {@link #message()} free of personal data: accounts
 * are named by their library number ({@link AccountId}), never by the bank's account number;
 * customers by customer number.
 */
public sealed interface HoldingError {

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
   * Input fields were refused; {@code errors} lists every one of them, never a refused value.
   *
   * @param errors every refused field
   */
  record InvalidHoldingData(List<FieldError> errors) implements HoldingError {
    public InvalidHoldingData {
      errors = List.copyOf(errors);
      if (errors.isEmpty()) {
        throw new IllegalArgumentException("at least one field error");
      }
    }

    /** The errors a command collected; there must be at least one. */
    static InvalidHoldingData of(FieldErrors collected) {
      return new InvalidHoldingData(collected.orElse(() -> "").getError().asJava());
    }

    @Override
    public String code() {
      return "invalid_holding_data";
    }

    @Override
    public String message() {
      return errors.size() + " field(s) refused: " + errors;
    }
  }

  /**
   * No such account in the caller's scope; an account none of whose holders the caller can see is reported the same way.
   *
   * @param accountId the account asked for
   */
  record AccountNotFound(AccountId accountId) implements HoldingError {
    @Override
    public String code() {
      return "account_not_found";
    }

    @Override
    public String message() {
      return "no account " + accountId + " in your access scope";
    }
  }

  /**
   * No such loan contract in the caller's scope.
   *
   * @param contractId the contract asked for
   */
  record LoanContractNotFound(LoanContractId contractId) implements HoldingError {
    @Override
    public String code() {
      return "loan_contract_not_found";
    }

    @Override
    public String message() {
      return "no loan contract " + contractId + " in your access scope";
    }
  }

  /**
   * A customer the command names (a holder, a borrower, a guarantor, a served customer) is not a customer in the caller's scope.
   *
   * @param customerId the customer
   */
  record CustomerNotFound(CustomerId customerId) implements HoldingError {
    @Override
    public String code() {
      return "customer_not_found";
    }

    @Override
    public String message() {
      return "no customer " + customerId + " in your access scope";
    }
  }

  /**
   * The command would assign a customer to an organisation unit the caller cannot see.
   *
   * @param unit the unit
   */
  record OutsideAccessScope(OrganizationUnitId unit) implements HoldingError {
    @Override
    public String code() {
      return "outside_access_scope";
    }

    @Override
    public String message() {
      return "organisation unit " + unit + " is outside your access scope";
    }
  }

  /**
   * Somebody saved another version in between (or, for a creation, the number is taken); nothing was stored.
   *
   * @param aggregate what was changed: {@code account}, {@code loan contract} or {@code assignment history}
   * @param id its number (for an assignment history, the customer number)
   * @param expectedVersion the version the command was based on
   * @param actualVersion the version stored now (0: none)
   */
  record VersionConflict(String aggregate, String id, long expectedVersion, long actualVersion) implements HoldingError {
    @Override
    public String code() {
      return "version_conflict";
    }

    @Override
    public String message() {
      return aggregate + " " + id + " was changed by somebody else: expected version " + expectedVersion + ", found " + actualVersion;
    }
  }

  /**
   * Another account already carries the account number; the number itself is not repeated.
   *
   * @param accountId the account that was refused
   */
  record DuplicateAccountNumber(AccountId accountId) implements HoldingError {
    @Override
    public String code() {
      return "duplicate_account_number";
    }

    @Override
    public String message() {
      return "another account already has the account number of account " + accountId;
    }
  }

  /**
   * The account is closed; nothing changes on a closed account.
   *
   * @param accountId the account
   */
  record AccountClosed(AccountId accountId) implements HoldingError {
    @Override
    public String code() {
      return "account_closed";
    }

    @Override
    public String message() {
      return "account " + accountId + " is closed";
    }
  }

  /**
   * An account is closed only with a zero balance [销户须余额为零].
   *
   * @param accountId the account
   */
  record BalanceNotZero(AccountId accountId) implements HoldingError {
    @Override
    public String code() {
      return "balance_not_zero";
    }

    @Override
    public String message() {
      return "account " + accountId + " cannot be closed while its balance is not zero";
    }
  }

  /**
   * The status cannot change this way (see {@link AccountStatus#canChangeTo}).
   *
   * @param accountId the account
   * @param from the current status
   * @param to the status asked for
   */
  record StatusChangeNotAllowed(AccountId accountId, AccountStatus from, AccountStatus to) implements HoldingError {
    @Override
    public String code() {
      return "status_change_not_allowed";
    }

    @Override
    public String message() {
      return "account " + accountId + " cannot move from " + from + " to " + to + (to == AccountStatus.CLOSED ? "; close it instead" : "");
    }
  }

  /**
   * The customer is already a holder of the account, in some role.
   *
   * @param accountId the account
   * @param customerId the customer
   */
  record AlreadyHolder(AccountId accountId, CustomerId customerId) implements HoldingError {
    @Override
    public String code() {
      return "already_holder";
    }

    @Override
    public String message() {
      return "customer " + customerId + " already holds account " + accountId;
    }
  }

  /**
   * The customer is not a holder of the account.
   *
   * @param accountId the account
   * @param customerId the customer
   */
  record NotAHolder(AccountId accountId, CustomerId customerId) implements HoldingError {
    @Override
    public String code() {
      return "not_a_holder";
    }

    @Override
    public String message() {
      return "customer " + customerId + " is not a holder of account " + accountId;
    }
  }

  /**
   * An account has exactly one primary owner, set when it is opened: no second owner is added and the owner is not removed.
   *
   * @param accountId the account
   */
  record PrimaryOwnerFixed(AccountId accountId) implements HoldingError {
    @Override
    public String code() {
      return "primary_owner_fixed";
    }

    @Override
    public String message() {
      return "account " + accountId + " has exactly one owner, fixed for its life";
    }
  }

  /**
   * A borrower cannot guarantee its own loan.
   *
   * @param contractId the contract
   * @param customerId the borrower
   */
  record GuarantorIsBorrower(LoanContractId contractId, CustomerId customerId) implements HoldingError {
    @Override
    public String code() {
      return "guarantor_is_borrower";
    }

    @Override
    public String message() {
      return "customer " + customerId + " borrows under contract " + contractId + " and cannot guarantee it";
    }
  }

  /**
   * The amounts of a contract's due bills together may not exceed the contract amount.
   *
   * @param contractId the contract
   */
  record DueBillsExceedContract(LoanContractId contractId) implements HoldingError {
    @Override
    public String code() {
      return "due_bills_exceed_contract";
    }

    @Override
    public String message() {
      return "the due bills of contract " + contractId + " would exceed its contract amount";
    }
  }

  /**
   * The contract already has this due bill, collateral item or guarantor.
   *
   * @param contractId the contract
   * @param part {@code due bill}, {@code collateral} or {@code guarantee}
   * @param key the part's number (a guarantee's is the guarantor's customer number)
   */
  record ContractPartExists(LoanContractId contractId, String part, String key) implements HoldingError {
    @Override
    public String code() {
      return "contract_part_exists";
    }

    @Override
    public String message() {
      return "contract " + contractId + " already has " + part + " " + key;
    }
  }

  /**
   * The contract has no such due bill, collateral item or guarantee.
   *
   * @param contractId the contract
   * @param part {@code due bill}, {@code collateral} or {@code guarantee}
   * @param key the part's number
   */
  record ContractPartNotFound(LoanContractId contractId, String part, String key) implements HoldingError {
    @Override
    public String code() {
      return "contract_part_not_found";
    }

    @Override
    public String message() {
      return "contract " + contractId + " has no " + part + " " + key;
    }
  }

  /**
   * The contract is settled [已结清]; nothing changes on it any more.
   *
   * @param contractId the contract
   */
  record ContractSettled(LoanContractId contractId) implements HoldingError {
    @Override
    public String code() {
      return "contract_settled";
    }

    @Override
    public String message() {
      return "loan contract " + contractId + " is settled";
    }
  }

  /**
   * A contract is settled only when none of its due bills has anything outstanding.
   *
   * @param contractId the contract
   */
  record OutstandingNotZero(LoanContractId contractId) implements HoldingError {
    @Override
    public String code() {
      return "outstanding_not_zero";
    }

    @Override
    public String message() {
      return "loan contract " + contractId + " still has outstanding due bills";
    }
  }

  /**
   * The customer has no current service assignment to end or replace.
   *
   * @param customerId the customer
   */
  record NotServed(CustomerId customerId) implements HoldingError {
    @Override
    public String code() {
      return "not_served";
    }

    @Override
    public String message() {
      return "customer " + customerId + " has no current service assignment";
    }
  }

  /**
   * The customer already has a current service assignment; use a reassignment, which ends it.
   *
   * @param customerId the customer
   */
  record AlreadyServed(CustomerId customerId) implements HoldingError {
    @Override
    public String code() {
      return "already_served";
    }

    @Override
    public String message() {
      return "customer " + customerId + " already has a current service assignment; reassign instead";
    }
  }

  /**
   * An assignment changes only after the current one started (or, after an end, on or after that end): history is never rewritten.
   *
   * @param customerId the customer
   * @param date the day asked for
   * @param notBefore the earliest day allowed
   */
  record AssignmentOutOfOrder(CustomerId customerId, LocalDate date, LocalDate notBefore) implements HoldingError {
    @Override
    public String code() {
      return "assignment_out_of_order";
    }

    @Override
    public String message() {
      return "the service assignment of customer " + customerId + " cannot change on " + date + "; the earliest day is " + notBefore;
    }
  }

  /**
   * The command would change nothing; no new version is made.
   *
   * @param id the number of the account, contract or customer
   */
  record Unchanged(String id) implements HoldingError {
    @Override
    public String code() {
      return "unchanged";
    }

    @Override
    public String message() {
      return "the command changes nothing on " + id;
    }
  }
}
