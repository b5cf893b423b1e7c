import i18next, { type TFunction } from 'i18next';
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

/** Translates `namespace:key`, falling back to zh-CN, then to `fallbackKey` in the same namespace. */
export function translate(
  lang: Language,
  namespace: 'problem' | 'field',
  key: string,
  params: Record<string, unknown> = {},
  fallbackKey?: string,
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

export const hasMessage = (namespace: 'problem' | 'field', key: string): boolean =>
  instance.exists(`${namespace}:${key}`, { lng: 'zh-CN' });
