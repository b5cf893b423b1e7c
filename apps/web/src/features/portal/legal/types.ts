/**
 * A legal text as the page renders it: numbered sections of paragraphs. `{{operator}}` and
 * `{{privacyContactEmail}}` stand for the deployment's operator (OPERATOR_NAME, PRIVACY_CONTACT_EMAIL,
 * served by GET /api/v1/portal/operator), filled in by `fillLegalDocument`.
 */
export interface LegalDocument {
  readonly title: string;
  /** The date the version takes effect, as the text states it. */
  readonly effective: string;
  readonly preamble: string;
  readonly sections: readonly { readonly heading: string; readonly paragraphs: readonly string[] }[];
}
