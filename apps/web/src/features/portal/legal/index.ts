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
