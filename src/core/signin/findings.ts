import type { LocalizedText } from '../messages';
import { germanDate } from '../recovery/dates';
import { switchOnFor } from './switch-on';
import type { SignInVerdict } from './machine';
import type { SecondFactorKind } from './view';

/**
 * What the extension remembers about one console's sign-ins: dates and kinds, nothing the user typed.
 * `passwordOnlyDays` are the calendar days (YYYY-MM-DD, user's zone) of sign-ins with a password alone since the
 * last sign-in with a second factor; a sign-in with a second factor (or through an identity provider) clears them.
 */
export interface SignInRecord {
  last: 'passwordOnly' | 'secondFactor' | 'sso';
  lastDay: string;
  passwordOnlyDays: string[];
  factor?: SecondFactorKind;
  idp?: string;
}

/** Days kept: two raise the finding; a few more show the pattern. */
const MAX_DAYS = 5;
const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** The record after a sign-in with this verdict on `day`. */
export function recordSignIn(record: SignInRecord | undefined, verdict: SignInVerdict, day: string): SignInRecord {
  if (verdict.kind === 'passwordOnly') {
    const days = [...(record?.passwordOnlyDays ?? []).filter((d) => d !== day), day].sort().slice(-MAX_DAYS);
    return { last: 'passwordOnly', lastDay: day, passwordOnlyDays: days };
  }
  if (verdict.kind === 'secondFactor') return { last: 'secondFactor', lastDay: day, passwordOnlyDays: [], factor: verdict.factor };
  return { last: 'sso', lastDay: day, passwordOnlyDays: [], ...(verdict.idp ? { idp: verdict.idp } : {}) };
}

/** A stored record as read back; malformed parts are dropped (an unreadable record is no record). */
export function parseSignInRecord(raw: unknown): SignInRecord | undefined {
  if (typeof raw !== 'object' || raw === null) return undefined;
  const r = raw as Record<string, unknown>;
  const last = r['last'];
  if (last !== 'passwordOnly' && last !== 'secondFactor' && last !== 'sso') return undefined;
  if (typeof r['lastDay'] !== 'string' || !ISO_DAY.test(r['lastDay'])) return undefined;
  const days = Array.isArray(r['passwordOnlyDays']) ? r['passwordOnlyDays'].filter((d): d is string => typeof d === 'string' && ISO_DAY.test(d)).slice(-MAX_DAYS) : [];
  const factor = r['factor'] === 'otp' || r['factor'] === 'webauthn' ? r['factor'] : undefined;
  return {
    last,
    lastDay: r['lastDay'],
    passwordOnlyDays: days,
    ...(factor ? { factor } : {}),
    ...(typeof r['idp'] === 'string' ? { idp: r['idp'].slice(0, 253) } : {}),
  };
}

/** The second-factor door as the popup shows it. */
export type SecondFactorDoor = 'seen' | 'notSeen' | 'sso' | 'unknown';

export function secondFactorDoor(record: SignInRecord | undefined): SecondFactorDoor {
  if (!record) return 'unknown';
  return record.last === 'passwordOnly' ? 'notSeen' : record.last === 'secondFactor' ? 'seen' : 'sso';
}

export interface NoSecondFactorFinding {
  id: 'noSecondFactor';
  severity: 'medium';
  en: string;
  de: string;
  data: { console: string; product: string; days: string[]; date: string };
  /** Where the product's documentation says a second factor is switched on; absent where no public fact says. */
  switchOn?: LocalizedText;
}

/** Distinct days that raise the finding. */
export const DAYS_TO_RAISE = 2;

/**
 * "No second-factor step at the last sign-ins": raised only after sign-ins with a password alone on two different
 * days, and worded as what was seen. A console that remembers the device skips the step even where 2FA is on, so
 * the text never says 2FA is off.
 */
export function noSecondFactorFinding(record: SignInRecord | undefined, console: { name: string; product: string }): NoSecondFactorFinding | null {
  if (!record || record.last !== 'passwordOnly' || record.passwordOnlyDays.length < DAYS_TO_RAISE) return null;
  const days = record.passwordOnlyDays;
  const switchOn = switchOnFor(console.product);
  const list = (lang: 'en' | 'de') => {
    const shown = lang === 'de' ? days.map(germanDate) : days;
    return shown.length === 2 ? shown.join(lang === 'de' ? ' und ' : ' and ') : `${shown.slice(0, -1).join(', ')}${lang === 'de' ? ' und ' : ' and '}${shown[shown.length - 1]}`;
  };
  return {
    id: 'noSecondFactor',
    severity: 'medium',
    en: `No second-factor step at the last sign-ins to ${console.name}: signed in with a password alone on ${list('en')}. A console that remembers this device skips the step, so this does not prove that two-factor sign-in is off; check it.`,
    de: `Bei den letzten Anmeldungen an ${console.name} kam kein zweiter Faktor: angemeldet nur mit Kennwort am ${list('de')}. Eine Konsole, die dieses Gerät wiedererkennt, überspringt den Schritt; das beweist also nicht, dass die Zwei-Faktor-Anmeldung aus ist. Prüfen Sie es.`,
    data: { console: console.name, product: console.product, days: [...days], date: days[days.length - 1]! },
    ...(switchOn ? { switchOn } : {}),
  };
}

/** The line the popup and options page show for the last sign-in, en and de. */
export function lastSignInText(record: SignInRecord): LocalizedText {
  const de = germanDate(record.lastDay);
  switch (record.last) {
    case 'passwordOnly':
      return { en: `Signed in with a password alone on ${record.lastDay}.`, de: `Am ${de} nur mit Kennwort angemeldet.` };
    case 'secondFactor':
      return record.factor === 'webauthn'
        ? { en: `Signed in with a security key or passkey on ${record.lastDay}.`, de: `Am ${de} mit Sicherheitsschlüssel oder Passkey angemeldet.` }
        : { en: `Signed in with a second factor on ${record.lastDay}.`, de: `Am ${de} mit zweitem Faktor angemeldet.` };
    case 'sso':
      return {
        en: `Signed in through an identity provider${record.idp ? ` (${record.idp})` : ''} on ${record.lastDay}: the provider owns the second factor.`,
        de: `Am ${de} über einen Identitätsanbieter${record.idp ? ` (${record.idp})` : ''} angemeldet: der Anbieter verantwortet den zweiten Faktor.`,
      };
  }
}
