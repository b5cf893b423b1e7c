import type { Schemas } from '../../api/client';

/**
 * The version of the user agreement and privacy policy the texts (LegalPage) show and registration sends;
 * typed by the API's enum, so a new version on the server fails the build until the texts follow.
 */
export const CONSENT_VERSION: Schemas['RegisterDto']['consentVersion'] = '2026-12';
