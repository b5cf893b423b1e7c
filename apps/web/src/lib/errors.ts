import type { FormInstance } from 'antd';
import type { TFunction } from 'i18next';
import { ApiError } from '../api/client';

/** A user-facing sentence for any error thrown by the API client (detail is localised by the server). */
export function errorMessage(error: unknown, t: TFunction): string {
  if (error instanceof ApiError) {
    if (error.isNetworkError) return t('common.networkError');
    if (error.status === 429 && !error.problem.detail) return t('auth.throttled');
    return error.problem.detail || error.problem.title || t('common.unknownError');
  }
  return t('common.unknownError');
}

/** "body.regionCode", "/regionCode" or "regionCode" → "regionCode". */
function normaliseField(field: string): string {
  return field
    .replace(/^\/+/, '')
    .replace(/\//g, '.')
    .replace(/^body\./, '');
}

/**
 * Puts problem+json `errors[]` on the matching form fields. Returns the message still to show above
 * the form (for errors without a field on this form), or null when every error found its field.
 */
export function applyServerErrors(
  form: FormInstance,
  error: unknown,
  t: TFunction,
  fields: readonly string[],
  aliases: Record<string, string> = {},
): string | null {
  if (!(error instanceof ApiError) || error.fieldErrors.length === 0) return errorMessage(error, t);
  const known = new Set(fields);
  const byField = new Map<string, string[]>();
  const leftovers: string[] = [];
  for (const item of error.fieldErrors) {
    const raw = normaliseField(item.field ?? '');
    const name = aliases[raw] ?? raw;
    if (known.has(name)) {
      byField.set(name, [...(byField.get(name) ?? []), item.message]);
    } else {
      leftovers.push(item.message);
    }
  }
  form.setFields([...byField].map(([name, errors]) => ({ name, errors })));
  if (leftovers.length > 0) return [error.problem.detail, ...leftovers].filter(Boolean).join(' ');
  return byField.size > 0 ? null : errorMessage(error, t);
}
