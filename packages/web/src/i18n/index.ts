import i18next, { type Resource, type ResourceLanguage } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { locales, type Locale } from '@qudao/contract';
import { zhCN, type Messages } from './zh-CN';
import { en } from './en';
import { featureMessages, type FeatureNamespaces } from './features';

declare module 'i18next' {
  interface CustomTypeOptions {
    resources: { translation: Messages } & FeatureNamespaces;
  }
}

const storageKey = 'qudao.locale';

/** The language remembered in this browser (before login), Chinese when none. */
export function readStoredLocale(): Locale {
  const s = typeof localStorage === 'undefined' ? null : localStorage.getItem(storageKey);
  return (locales as readonly string[]).includes(s ?? '') ? (s as Locale) : 'zh-CN';
}

/** Remembers the language in this browser. */
export function storeLocale(locale: Locale) {
  localStorage.setItem(storageKey, locale);
}

function buildResources() {
  const zh: ResourceLanguage = { translation: zhCN };
  const english: ResourceLanguage = { translation: en };
  for (const [ns, bundle] of Object.entries(featureMessages) as [string, { 'zh-CN': ResourceLanguage[string]; en: ResourceLanguage[string] }][]) {
    zh[ns] = bundle['zh-CN'];
    english[ns] = bundle.en;
  }
  const resources: Resource = { 'zh-CN': zh, en: english };
  return resources;
}

/** The i18next instance of the app, initialised with the remembered language. */
export const i18n = i18next.createInstance();
void i18n.use(initReactI18next).init({
  resources: buildResources(),
  lng: readStoredLocale(),
  fallbackLng: 'zh-CN',
  interpolation: { escapeValue: false },
  returnNull: false,
});

/** The current UI language as a supported locale. */
export function currentLocale(): Locale {
  return i18n.language === 'en' ? 'en' : 'zh-CN';
}
