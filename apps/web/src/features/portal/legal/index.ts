import { privacyEn } from './privacy.en';
import { privacyZhCN } from './privacy.zh-CN';
import { termsEn } from './terms.en';
import { termsZhCN } from './terms.zh-CN';
import type { LegalDocument } from './types';

export type { LegalDocument } from './types';

/** The texts of CONSENT_VERSION by document and language; the Chinese ones are authoritative. */
export const LEGAL_DOCUMENTS: Record<'terms' | 'privacy', Record<'zh-CN' | 'en', LegalDocument>> = {
  terms: { 'zh-CN': termsZhCN, en: termsEn },
  privacy: { 'zh-CN': privacyZhCN, en: privacyEn },
};

/** Who the texts name: the deployment's operator, from GET /api/v1/portal/operator. */
export interface LegalOperator {
  readonly name: string;
  readonly privacyContactEmail: string;
}

/** `text` with its `{{operator}}` and `{{privacyContactEmail}}` replaced by the deployment's values. */
export function fillLegalDocument(text: LegalDocument, operator: LegalOperator): LegalDocument {
  const fill = (paragraph: string) =>
    paragraph
      .replaceAll('{{operator}}', operator.name)
      .replaceAll('{{privacyContactEmail}}', operator.privacyContactEmail);
  return {
    ...text,
    preamble: fill(text.preamble),
    sections: text.sections.map((section) => ({ ...section, paragraphs: section.paragraphs.map(fill) })),
  };
}
