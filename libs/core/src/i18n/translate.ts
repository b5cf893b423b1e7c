import i18next, { type TFunction } from 'i18next';
import type { ContextMessages } from '../bounded-context.js';
import { LANGUAGES, messages, type Language } from './messages.js';

const instance = i18next.createInstance();
// initImmediate: false makes init synchronous, since the resources are in memory.
void instance.init({
  resources: Object.fromEntries(LANGUAGES.map((lang) => [lang, messages[lang]])),
  ns: ['problem', 'field'],
  fallbackLng: 'zh-CN',
  initAsync: false,
  interpolation: { escapeValue: false },
});

const fixed: Record<Language, TFunction> = {
  'zh-CN': instance.getFixedT('zh-CN'),
  en: instance.getFixedT('en'),
};

/**
 * Messages already made, by language, key and parameters. i18next takes a fraction of a millisecond per
 * message, which a body of a thousand unknown fields (one error each) turned into most of its cost; the
 * set of distinct messages is small (codes × a few limits), and the bound keeps it so.
 */
const made = new Map<string, string>();
const MADE_MAX = 5_000;
/** Which keys exist, memoised like `made` (see hasMessage). */
const known = new Map<string, boolean>();

/**
 * Joins a context's messages (its descriptor's `messages`) to the shared ones. A key both have keeps the
 * shared text, so the order contexts are listed in never changes a message.
 */
export function addMessages(own: ContextMessages): void {
  for (const lang of LANGUAGES) {
    for (const namespace of ['problem', 'field'] as const) {
      const resources = own[lang][namespace];
      if (resources) instance.addResourceBundle(lang, namespace, resources, true, false);
    }
  }
  made.clear();
  known.clear();
}

/** Translates `namespace:key`, falling back to zh-CN, then to `fallbackKey` in the same namespace. */
export function translate(
  lang: Language,
  namespace: 'problem' | 'field',
  key: string,
  params: Record<string, unknown> = {},
  fallbackKey?: string,
): string {
  const cacheKey = JSON.stringify([lang, namespace, key, params, fallbackKey ?? null]);
  let message = made.get(cacheKey);
  if (message === undefined) {
    if (made.size >= MADE_MAX) made.clear();
    message = lookUp(lang, namespace, key, params, fallbackKey);
    made.set(cacheKey, message);
  }
  return message;
}

function lookUp(
  lang: Language,
  namespace: 'problem' | 'field',
  key: string,
  params: Record<string, unknown>,
  fallbackKey: string | undefined,
): string {
  const t = fixed[lang];
  const full = `${namespace}:${key}`;
  if (instance.exists(full, { lng: lang }) || fallbackKey === undefined) {
    return t(full, params) as string;
  }
  return t(`${namespace}:${fallbackKey}`, params) as string;
}

/**
 * Picks the response language from an Accept-Language header: Chinese first, English when the client
 * prefers it. Quality values are honoured; anything unknown falls back to zh-CN.
 */
export function negotiateLanguage(header: string | undefined): Language {
  if (!header) return 'zh-CN';
  const ranked = header
    .split(',')
    .map((part) => {
      const [tag, ...rest] = part.trim().split(';');
      const q = rest.map((r) => r.trim()).find((r) => r.startsWith('q='));
      return { tag: tag.toLowerCase(), q: q ? Number(q.slice(2)) || 0 : 1 };
    })
    .filter((entry) => entry.tag.length > 0)
    .sort((a, b) => b.q - a.q);
  for (const { tag } of ranked) {
    if (tag.startsWith('zh')) return 'zh-CN';
    if (tag.startsWith('en')) return 'en';
  }
  return 'zh-CN';
}

/** Memoised like `made`: the keys asked about are codes, a small set, but asked about per field error. */
export function hasMessage(namespace: 'problem' | 'field', key: string): boolean {
  const full = `${namespace}:${key}`;
  let exists = known.get(full);
  if (exists === undefined) {
    if (known.size >= MADE_MAX) known.clear();
    exists = instance.exists(full, { lng: 'zh-CN' });
    known.set(full, exists);
  }
  return exists;
}
