import browser from 'webextension-polyfill';
import { message } from './message-bundle';
import { uiLanguageOf, type LocalizedText } from '../core/messages';
import { germanDate, todayIn } from '../core/recovery/dates';

/** UI text through chrome.i18n (keys in public/_locales/{en,de}/messages.json). Missing keys show the key, loudly. */
export function t(key: string, substitutions?: string | string[]): string {
  return message(key, substitutions) || `⟦${key}⟧`;
}

export function uiLanguage(): 'de' | 'en' {
  return uiLanguageOf(browser.i18n.getUILanguage());
}

/** Picks the UI language's text out of a core `{ en, de }` pair. */
export function local(text: LocalizedText): string {
  return text[uiLanguage()];
}

/** The day of a timestamp as the rest of the UI writes dates: `2026-12-03` in English, `03.12.2026` in German. */
export function shownDay(at: number): string {
  return shownDate(todayIn(new Date(at)));
}

/** A `YYYY-MM-DD` date as the UI writes it (German: `03.12.2026`). */
export function shownDate(date: string): string {
  return uiLanguage() === 'de' ? germanDate(date) : date;
}
