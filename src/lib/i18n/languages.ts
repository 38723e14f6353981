/** The UI languages and their locales: plain data, usable anywhere (no runes, no i18next). */
import type { MessageKey } from '../shared/vocabulary';

export type { MessageKey };

export const LANGUAGES = ['en', 'ru', 'ky', 'zh'] as const;
export type Language = (typeof LANGUAGES)[number];

/** Each language in its own name, for the switch. */
export const LANGUAGE_NAMES: Record<Language, string> = {
  en: 'English',
  ru: 'Русский',
  ky: 'Кыргызча',
  zh: '中文',
};

/** BCP 47 locale used for numbers and dates (Intl). */
export const INTL_LOCALE: Record<Language, string> = {
  en: 'en-GB',
  ru: 'ru-RU',
  ky: 'ky-KG',
  zh: 'zh-CN',
};

/** A whole message file. */
export type Messages = Record<MessageKey, string>;

/** True for one of the four UI languages. */
export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

/** The first of the browser's preferred languages that the atlas speaks, else English. */
export function preferredLanguage(languages: readonly string[]): Language {
  for (const tag of languages) {
    const base = tag.toLowerCase().split('-')[0];
    if (isLanguage(base)) return base;
  }
  return 'en';
}
