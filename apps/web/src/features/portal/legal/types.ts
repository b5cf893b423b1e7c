/** A legal text as the page renders it: numbered sections of paragraphs. */
export interface LegalDocument {
  readonly title: string;
  /** The date the version takes effect, as the text states it. */
  readonly effective: string;
  readonly preamble: string;
  readonly sections: readonly { readonly heading: string; readonly paragraphs: readonly string[] }[];
}
