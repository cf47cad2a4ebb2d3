import { uiLanguageOf, type LocalizedText } from '../../core/messages';

/** The browser's UI language is fixed for the life of a page: asked once, not on every verdict. */
let language: 'en' | 'de' | undefined;
export const uiLang = (): 'en' | 'de' => (language ??= uiLanguageOf(chrome.i18n.getUILanguage()));

/** The UI language's half of a core `{ en, de }` text. */
export const local = (t: LocalizedText): string => t[uiLang()];
