import type { ConsoleEntry } from '../settings/schema';
import { addDays, dateOfDayNumber, dayNumber, germanDate, todayIn } from './dates';
import { emailDomain, normalizeDomain, normalizeEmail } from './email';
import { isFreeMailDomain } from './freemail';

export type RecoveryFindingId =
  | 'recoveryEmailMissing'
  | 'recoveryEmailUnverified'
  | 'recoveryEmailStale'
  | 'recoveryEmailChanged'
  | 'recoveryEmailFreeMail'
  | 'recoveryEmailOutsideOrg';

export type RecoverySeverity = 'high' | 'medium' | 'low';

export interface RecoveryFinding {
  id: RecoveryFindingId;
  severity: RecoverySeverity;
  en: string;
  de: string;
  /** The facts behind the text, for the UI and for reports. Addresses are normalised. */
  data: Record<string, string | number | string[]>;
}

export interface RecoveryOptions {
  now: Date;
  /** Days a confirmation stays fresh (settings: recoveryEmailMaxAgeDays). */
  maxAgeDays: number;
  /** Organisation's mail domains (settings: orgEmailDomains); empty or absent: no such rule. */
  orgEmailDomains?: string[];
  /** The address the console's own settings page shows right now, if it was seen. */
  seenEmail?: string;
  /** IANA zone whose calendar the dates are in; default: the runtime's zone. */
  timeZone?: string;
}

/** Freshness findings: the ones a confirmation clears; the badge and the daily alarm count these. */
export const FRESHNESS_FINDINGS: readonly RecoveryFindingId[] = ['recoveryEmailMissing', 'recoveryEmailUnverified', 'recoveryEmailStale'];

/**
 * The latest calendar date that is "today" anywhere on Earth at `now` (UTC+14, Kiribati's Line Islands).
 * A confirmation dated up to that day is real: it may have been made in a zone ahead of the user's current
 * one (travel, a colleague abroad, policy written elsewhere) and counts as made today. A later date is not a
 * real confirmation (a wrong clock, a typo in policy, or an attempt to silence the warning for years) and
 * counts as unverified.
 */
export function latestTodayOnEarth(now: Date): string {
  return dateOfDayNumber(Math.floor((now.getTime() + 14 * 3_600_000) / 86_400_000));
}

/** How the UI names a console: its label, else the product and the host of its first origin. */
export function consoleName(entry: Pick<ConsoleEntry, 'product' | 'origins' | 'label'>): string {
  const label = entry.label?.trim();
  if (label) return label;
  const host = (entry.origins[0] ?? '').replace(/^[a-z][a-z0-9+.-]*:\/\//i, '');
  return host ? `${entry.product} (${host})` : entry.product;
}

/** Org domains as the rule compares them: `@Acme.example`, `*.acme.example`, `acme.example.` → `acme.example`. */
export function normalizeOrgDomains(domains: readonly string[] | undefined): string[] {
  const out: string[] = [];
  for (const raw of domains ?? []) {
    const d = normalizeDomain(raw.trim().replace(/^@/, '').replace(/^\*\./, ''));
    if (d !== undefined && !out.includes(d)) out.push(d);
  }
  return out;
}

function inOrg(domain: string, org: readonly string[]): boolean {
  return org.some((o) => domain === o || domain.endsWith(`.${o}`));
}

export type ConfirmationState =
  | { state: 'none' }
  | { state: 'invalid'; verifiedAt: string }
  | { state: 'future'; verifiedAt: string }
  | { state: 'fresh'; verifiedAt: string; ageDays: number; lastFreshDay: string }
  | { state: 'stale'; verifiedAt: string; ageDays: number; staleSince: string };

/**
 * The age of a confirmation in calendar days of the user's zone, and whether it is stale.
 * Rule: confirmed on day D with a limit of N days, it is fresh through day D+N and stale from 00:00 local
 * time on day D+N+1 ("not confirmed for longer than N days"). DST changes do not matter: days are counted
 * on the calendar, not as multiples of 24 hours.
 */
export function confirmationState(verifiedAt: string | undefined, maxAgeDays: number, now: Date, timeZone?: string): ConfirmationState {
  if (!Number.isInteger(maxAgeDays) || maxAgeDays < 0) throw new RangeError(`maxAgeDays must be a whole number of days ≥ 0, got ${maxAgeDays}`);
  if (verifiedAt === undefined || verifiedAt === '') return { state: 'none' };
  const verified = dayNumber(verifiedAt);
  if (verified === undefined) return { state: 'invalid', verifiedAt };
  const today = dayNumber(todayIn(now, timeZone))!;
  if (verified > dayNumber(latestTodayOnEarth(now))!) return { state: 'future', verifiedAt };
  const rawAge = today - verified;
  const ageDays = Math.max(0, rawAge);
  if (ageDays > maxAgeDays) return { state: 'stale', verifiedAt, ageDays, staleSince: addDays(verifiedAt, maxAgeDays + 1) };
  return { state: 'fresh', verifiedAt, ageDays, lastFreshDay: addDays(verifiedAt, maxAgeDays) };
}

function days(n: number, lang: 'en' | 'de'): string {
  if (lang === 'en') return n === 1 ? '1 day' : `${n} days`;
  return n === 1 ? '1 Tag' : `${n} Tagen`;
}

/**
 * The recovery ("forgot password") email rules for one console.
 * - missing: no address recorded and none seen on the console.
 * - unverified: an address, but no valid confirmation date (none, not a date, or more than a day ahead).
 * - stale: the confirmation is older than maxAgeDays (see confirmationState).
 * - changed: the console shows a different address than the recorded one. It supersedes unverified/stale,
 *   whose confirmation belongs to the old address: the user must first say whether the change was theirs.
 * - freeMail: the address the console uses is at a free-mail provider (unless it is in orgEmailDomains).
 * - outsideOrg: orgEmailDomains is set and the address is in none of them (subdomains count as inside).
 * The address the console uses is the seen one when known, else the recorded one.
 */
export function recoveryFindings(entry: ConsoleEntry, options: RecoveryOptions): RecoveryFinding[] {
  const { now, maxAgeDays, timeZone } = options;
  const name = consoleName(entry);
  // A blank address (cleared in the options page, or written so by an import) is no address: missing, not unconfirmed.
  const recordedRaw = entry.recoveryEmail?.trim() ? entry.recoveryEmail : undefined;
  const recorded = recordedRaw === undefined ? undefined : (normalizeEmail(recordedRaw) ?? recordedRaw.trim());
  const seen = options.seenEmail === undefined ? undefined : normalizeEmail(options.seenEmail);
  const confirmation = confirmationState(recorded === undefined ? undefined : entry.recoveryEmailVerifiedAt, maxAgeDays, now, timeZone);
  const findings: RecoveryFinding[] = [];
  const current = seen ?? recorded;

  if (current === undefined) {
    findings.push({
      id: 'recoveryEmailMissing',
      severity: 'medium',
      en: `No recovery email is recorded for ${name}. Enter the address that "Forgot password" sends to, and confirm that you can receive mail there.`,
      de: `Für ${name} ist keine Wiederherstellungs-E-Mail hinterlegt. Tragen Sie die Adresse ein, an die „Passwort vergessen“ sendet, und bestätigen Sie, dass Sie dort E-Mails empfangen.`,
      data: { console: name },
    });
    return findings;
  }

  if (recorded !== undefined && seen !== undefined && seen !== recorded) {
    findings.push({
      id: 'recoveryEmailChanged',
      severity: 'high',
      en: `The recovery email of ${name} changed from ${recorded} to ${seen}. Was this you? If not, someone may be taking over the "Forgot password" route into this console.`,
      de: `Die Wiederherstellungs-E-Mail von ${name} wurde von ${recorded} in ${seen} geändert. Waren Sie das? Wenn nicht, übernimmt womöglich jemand den Weg über „Passwort vergessen“ in diese Konsole.`,
      data: { console: name, from: recorded, to: seen },
    });
  } else if (confirmation.state === 'none' || confirmation.state === 'invalid' || confirmation.state === 'future') {
    const reason = confirmation.state === 'none' ? 'never' : confirmation.state;
    const enWhy =
      reason === 'never'
        ? 'has never been confirmed'
        : reason === 'future'
          ? `has a confirmation dated in the future (${confirmation.state === 'future' ? confirmation.verifiedAt : ''})`
          : 'has a confirmation date that is not a valid date';
    const deWhy =
      reason === 'never'
        ? 'wurde noch nie bestätigt'
        : reason === 'future'
          ? `hat eine Bestätigung mit einem Datum in der Zukunft (${confirmation.state === 'future' ? germanDate(confirmation.verifiedAt) : ''})`
          : 'hat ein ungültiges Bestätigungsdatum';
    findings.push({
      id: 'recoveryEmailUnverified',
      severity: 'medium',
      en: `The recovery email of ${name} (${current}) ${enWhy}. Check that you can receive mail there, then confirm it.`,
      de: `Die Wiederherstellungs-E-Mail von ${name} (${current}) ${deWhy}. Prüfen Sie, ob Sie dort E-Mails empfangen, und bestätigen Sie sie dann.`,
      data: { console: name, email: current, reason, ...(confirmation.state === 'none' ? {} : { verifiedAt: confirmation.verifiedAt }) },
    });
  } else if (confirmation.state === 'stale') {
    const { ageDays, verifiedAt, staleSince } = confirmation;
    findings.push({
      id: 'recoveryEmailStale',
      severity: 'medium',
      en: `The recovery email of ${name} (${current}) was last confirmed ${days(ageDays, 'en')} ago, on ${verifiedAt} (limit: ${days(maxAgeDays, 'en')}). Check that you can still receive mail there, then confirm it again.`,
      de: `Die Wiederherstellungs-E-Mail von ${name} (${current}) wurde zuletzt vor ${days(ageDays, 'de')} bestätigt, am ${germanDate(verifiedAt)} (Grenze: ${maxAgeDays === 1 ? '1 Tag' : `${maxAgeDays} Tage`}). Prüfen Sie, ob Sie dort noch E-Mails empfangen, und bestätigen Sie sie erneut.`,
      data: { console: name, email: current, verifiedAt, ageDays, maxAgeDays, staleSince },
    });
  }

  const domain = emailDomain(current);
  const org = normalizeOrgDomains(options.orgEmailDomains);
  if (!inOrg(domain, org) && isFreeMailDomain(domain)) {
    findings.push({
      id: 'recoveryEmailFreeMail',
      severity: 'low',
      en: `The recovery email of ${name} (${current}) is at a free-mail provider (${domain}). A personal mailbox leaves with its owner; prefer an address your organisation controls.`,
      de: `Die Wiederherstellungs-E-Mail von ${name} (${current}) liegt bei einem Freemail-Anbieter (${domain}). Ein privates Postfach geht mit seinem Besitzer; besser ist eine Adresse, die Ihre Organisation verwaltet.`,
      data: { console: name, email: current, domain },
    });
  }
  if (org.length > 0 && !inOrg(domain, org)) {
    findings.push({
      id: 'recoveryEmailOutsideOrg',
      severity: 'medium',
      en: `The recovery email of ${name} (${current}) is outside your organisation's mail domains (${org.join(', ')}).`,
      de: `Die Wiederherstellungs-E-Mail von ${name} (${current}) liegt außerhalb der Mail-Domains Ihrer Organisation (${org.join(', ')}).`,
      data: { console: name, email: current, domain, orgEmailDomains: org },
    });
  }
  return findings;
}
