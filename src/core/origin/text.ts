import type { LookalikeReason } from './lookalike';
import type { OriginVerdictKind } from './verdict';

export interface LocalText {
  en: string;
  de: string;
}

/** Short names of the verdicts, as in the badge tooltip (`3CX — trusted (pbx.acme.example)`). */
export const ORIGIN_VERDICT_TEXT: Readonly<Record<OriginVerdictKind, LocalText>> = {
  trusted: { en: 'trusted', de: 'vertrauenswürdig' },
  vendor: { en: 'vendor-hosted', de: 'beim Hersteller gehostet' },
  unknown: { en: 'unknown origin', de: 'unbekannte Herkunft' },
  lookalike: { en: 'look-alike', de: 'Fälschung' },
};

/** Why a host counts as a look-alike, for the warning page and the popup's evidence. */
export const LOOKALIKE_REASON_TEXT: Readonly<Record<LookalikeReason, LocalText>> = {
  homoglyph: {
    en: 'uses characters that look like the real ones (e.g. a Cyrillic "е" or "rn" for "m")',
    de: 'verwendet Zeichen, die wie die echten aussehen (z. B. ein kyrillisches „е“ oder „rn“ statt „m“)',
  },
  punycode: {
    en: 'is an internationalised name (punycode "xn--") that displays like another address',
    de: 'ist ein internationalisierter Name (Punycode „xn--“), der wie eine andere Adresse aussieht',
  },
  typo: {
    en: 'differs from the real name by a typing error (a letter missing, added, swapped or replaced)',
    de: 'weicht vom echten Namen um einen Tippfehler ab (ein Buchstabe fehlt, ist zu viel, vertauscht oder ersetzt)',
  },
  addedWords: {
    en: 'adds words like "login" or "support" to the real name',
    de: 'ergänzt den echten Namen um Wörter wie „login“ oder „support“',
  },
  wrongTld: {
    en: 'uses the real name under a different ending (top-level domain)',
    de: 'verwendet den echten Namen mit einer anderen Endung (Top-Level-Domain)',
  },
  embedded: {
    en: 'puts the real address in front of a different domain',
    de: 'stellt die echte Adresse einer fremden Domain voran',
  },
  protectedName: {
    en: 'carries a name your organisation protects, but is not one of its consoles',
    de: 'trägt einen Namen, den Ihre Organisation schützt, ist aber keine ihrer Konsolen',
  },
};

/** The hygiene finding for plain http: logins. */
export const INSECURE_ORIGIN_TEXT: LocalText = {
  en: 'This console is served over plain http: passwords cross the network unencrypted.',
  de: 'Diese Konsole wird über unverschlüsseltes http ausgeliefert: Passwörter gehen im Klartext über das Netz.',
};
