import type { ConsoleEntry } from '../settings/schema';
import { consoleName, FRESHNESS_FINDINGS, recoveryFindings, type RecoveryFinding, type RecoveryFindingId, type RecoveryOptions } from './findings';

export interface StaleConsole<E extends ConsoleEntry = ConsoleEntry> {
  /** Position in the list passed in, so the caller can find its own record. */
  index: number;
  entry: E;
  name: string;
  findings: RecoveryFinding[];
}

export interface StaleConsolesResult<E extends ConsoleEntry = ConsoleEntry> {
  consoles: StaleConsole<E>[];
  /** For the badge: how many consoles need attention. */
  count: number;
  /** For the optional system notification; null when nothing needs attention. */
  notification: { title: { en: string; de: string }; message: { en: string; de: string } } | null;
}

export interface StaleConsolesOptions extends Omit<RecoveryOptions, 'seenEmail'> {
  /** Which findings make a console count. Default: the freshness ones (missing, unverified, stale). */
  count?: readonly RecoveryFindingId[];
}

const NAMES_IN_NOTIFICATION = 3;

function listNames(names: string[], lang: 'en' | 'de'): string {
  const shown = names.slice(0, NAMES_IN_NOTIFICATION).join(', ');
  const more = names.length - NAMES_IN_NOTIFICATION;
  if (more <= 0) return shown;
  return lang === 'en' ? `${shown} and ${more} more` : `${shown} und ${more} weitere`;
}

/**
 * The daily check: which consoles have recovery-email findings that need the user, for the badge count and
 * the optional notification. Pure: the alarm handler passes the effective consoles and the settings.
 */
export function staleConsoles<E extends ConsoleEntry>(consoles: readonly E[], options: StaleConsolesOptions): StaleConsolesResult<E> {
  const counted = options.count ?? FRESHNESS_FINDINGS;
  const { count: _ignored, ...recoveryOptions } = options;
  const result: StaleConsole<E>[] = [];
  consoles.forEach((entry, index) => {
    const findings = recoveryFindings(entry, recoveryOptions).filter((f) => counted.includes(f.id));
    if (findings.length > 0) result.push({ index, entry, name: consoleName(entry), findings });
  });
  const n = result.length;
  if (n === 0) return { consoles: result, count: 0, notification: null };
  const names = result.map((c) => c.name);
  const onlyFreshness = result.every((c) => c.findings.every((f) => FRESHNESS_FINDINGS.includes(f.id)));
  const message = onlyFreshness
    ? {
        en:
          n === 1
            ? `The recovery email of ${names[0]} is missing, unconfirmed or not confirmed recently. Check that "Forgot password" still reaches you.`
            : `The recovery emails of ${n} consoles are missing, unconfirmed or not confirmed recently: ${listNames(names, 'en')}. Check that "Forgot password" still reaches you.`,
        de:
          n === 1
            ? `Die Wiederherstellungs-E-Mail von ${names[0]} fehlt, ist unbestätigt oder länger nicht bestätigt. Prüfen Sie, ob „Passwort vergessen“ Sie noch erreicht.`
            : `Die Wiederherstellungs-E-Mails von ${n} Konsolen fehlen, sind unbestätigt oder länger nicht bestätigt: ${listNames(names, 'de')}. Prüfen Sie, ob „Passwort vergessen“ Sie noch erreicht.`,
      }
    : {
        en: n === 1 ? `The recovery email of ${names[0]} needs your attention.` : `The recovery emails of ${n} consoles need your attention: ${listNames(names, 'en')}.`,
        de:
          n === 1
            ? `Die Wiederherstellungs-E-Mail von ${names[0]} braucht Ihre Aufmerksamkeit.`
            : `Die Wiederherstellungs-E-Mails von ${n} Konsolen brauchen Ihre Aufmerksamkeit: ${listNames(names, 'de')}.`,
      };
  return { consoles: result, count: n, notification: { title: { en: 'Recovery email needs checking', de: 'Wiederherstellungs-E-Mail prüfen' }, message } };
}
