package io.github.bankcrm.core.interaction;

/** What a contact was about. */
public enum InteractionType {
  /** The customer asked for information [咨询]. */
  INQUIRY,
  /** The customer complained [投诉]; the interaction then carries a {@link Complaint}. */
  COMPLAINT,
  /** The customer asked for a service, such as a card replacement [业务办理]. */
  SERVICE_REQUEST,
  /** The bank contacted the customer to offer a product [营销]. */
  MARKETING_CONTACT,
  /** The customer gave feedback or praise [建议 / 表扬]. */
  FEEDBACK
}
