import { uiLanguageOf } from '../../core/messages';
import { bundleOf } from '../../ui/message-bundle';
import type { FeatureHandlers } from '../context';

/**
 * The messages content scripts show, from the worker: `_locales` is not web-accessible, and a page's chrome.i18n
 * costs its renderer a blocking fetch of the catalogue from the browser at the first call, and answers '' for every
 * key in some launches (ui/message-bundle.ts). The page names its language: the worker's own
 * chrome.i18n.getUILanguage() can differ from the one its messages are in.
 */
export const pageMessages = (lang: unknown) => bundleOf(uiLanguageOf(typeof lang === 'string' ? lang : ''));

export const i18nHandlers: FeatureHandlers<'i18n/messages'> = {
  'i18n/messages': (req) => pageMessages(req.lang),
};
