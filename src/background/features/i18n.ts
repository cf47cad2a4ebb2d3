import { uiLanguageOf, type LocalizedText } from '../../core/messages';
import { bundleOf } from '../../ui/message-bundle';
import type { FeatureHandlers } from '../context';

type PageMessages = Record<string, { message: string }>;

/**
 * The messages content scripts show, from the worker: `_locales` is not web-accessible, and a page's chrome.i18n
 * costs its renderer a blocking fetch of the catalogue from the browser at the first call, and answers '' for every
 * key in some launches (ui/message-bundle.ts). Only the texts travel, not the translators' descriptions. The page
 * names its language: the worker's own chrome.i18n.getUILanguage() can differ from the one its messages are in.
 */
const compact = new Map<keyof LocalizedText, Promise<PageMessages | null>>();
export function pageMessages(lang: unknown): Promise<PageMessages | null> {
  const language = uiLanguageOf(typeof lang === 'string' ? lang : '');
  let p = compact.get(language);
  if (!p) {
    p = bundleOf(language).then((bundle) => {
      if (!bundle) {
        compact.delete(language);
        return null;
      }
      const out: PageMessages = {};
      for (const [key, entry] of Object.entries(bundle)) if (entry && typeof entry.message === 'string') out[key] = { message: entry.message };
      return out;
    });
    compact.set(language, p);
  }
  return p;
}

export const i18nHandlers: FeatureHandlers<'i18n/messages'> = {
  'i18n/messages': (req) => pageMessages(req.lang),
};
