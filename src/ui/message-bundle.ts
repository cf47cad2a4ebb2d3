import browser from 'webextension-polyfill';
import { formatMessage, type MessageBundle } from '../core/i18n/format';
import { uiLanguageOf, type LocalizedText } from '../core/messages';

/**
 * `chrome.i18n.getMessage` with a fallback. Debian's Chromium 156 sometimes starts an extension's service worker or page
 * with an i18n that answers '' for every key for the whole session (seen in about one launch in three of a fresh
 * profile: an empty badge tooltip, the advisory marker lost because its title was empty). The bundle of the UI
 * language is then read from the extension's own files, once, as soon as this module loads; in a launch whose i18n
 * works nothing is read.
 */
let bundle: MessageBundle | undefined;
let fallback: MessageBundle | undefined;

const loaded = new Map<keyof LocalizedText, Promise<MessageBundle | null>>();

/** One language's bundle as the extension's files have it (null if unreadable; tried again at the next call). */
export function bundleOf(lang: keyof LocalizedText): Promise<MessageBundle | null> {
  let p = loaded.get(lang);
  if (!p) {
    p = fetch(browser.runtime.getURL(`_locales/${lang}/messages.json`))
      .then((res) => res.json() as Promise<MessageBundle>)
      .catch(() => {
        loaded.delete(lang);
        return null;
      });
    loaded.set(lang, p);
  }
  return p;
}

let reading: Promise<void> | undefined;
function readBundles(): Promise<void> {
  reading ??= (async () => {
    const lang = uiLanguageOf(browser.i18n.getUILanguage());
    // Without the files there is nothing better than the browser's answer.
    [bundle, fallback] = (await Promise.all([bundleOf(lang), lang === 'en' ? Promise.resolve(null) : bundleOf('en')])).map((b) => b ?? undefined);
  })();
  return reading;
}

const ready = browser.i18n.getMessage('extName') ? Promise.resolve() : readBundles();

/** Resolves at once where the browser's i18n works, else once the fallback bundle is read (or could not be). */
export function messagesReady(): Promise<void> {
  return ready;
}

export function message(key: string, substitutions?: string | string[]): string {
  const native = browser.i18n.getMessage(key, substitutions);
  if (native) return native;
  return (bundle && formatMessage(bundle, key, substitutions)) || (fallback && formatMessage(fallback, key, substitutions)) || '';
}
