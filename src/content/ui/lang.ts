import { uiLanguageOf, type LocalizedText } from '../../core/messages';

export const uiLang = (): 'en' | 'de' => uiLanguageOf(chrome.i18n.getUILanguage());

/** The UI language's half of a core `{ en, de }` text. */
export const local = (t: LocalizedText): string => t[uiLang()];
