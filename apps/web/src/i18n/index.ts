import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { featuresMessages } from '../features';
import { readStorage, storageKeys, writeStorage } from '../lib/storage';
import { en } from './en';
import { zhCN } from './zh-CN';

export const supportedLanguages = ['zh-CN', 'en'] as const;
export type Language = (typeof supportedLanguages)[number];
export const defaultLanguage: Language = 'zh-CN';

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (supportedLanguages as readonly string[]).includes(value);
}

function initialLanguage(): Language {
  const saved = readStorage(storageKeys.language);
  return isLanguage(saved) ? saved : defaultLanguage;
}

void i18n.use(initReactI18next).init({
  resources: {
    // The hubs' strings and every feature's (features/index.ts), in one namespace.
    'zh-CN': { translation: { ...zhCN, ...featuresMessages('zh-CN') } },
    en: { translation: { ...en, ...featuresMessages('en') } },
  },
  lng: initialLanguage(),
  fallbackLng: defaultLanguage,
  supportedLngs: [...supportedLanguages],
  interpolation: { escapeValue: false },
  returnNull: false,
  initAsync: false,
});

function applyDocumentLanguage(language: string): void {
  document.documentElement.lang = language;
  document.title = i18n.t('app.fullName');
}

applyDocumentLanguage(i18n.language);
i18n.on('languageChanged', (language) => {
  writeStorage(storageKeys.language, language);
  applyDocumentLanguage(language);
});

/** The active UI language, also sent to the API as Accept-Language. */
export function currentLanguage(): Language {
  return isLanguage(i18n.language) ? i18n.language : defaultLanguage;
}

export function changeLanguage(language: Language): Promise<unknown> {
  return i18n.changeLanguage(language);
}

export default i18n;
