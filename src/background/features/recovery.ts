import browser from 'webextension-polyfill';
import { message, messagesReady } from '../../ui/message-bundle';
import {
  extractEmails,
  matchOriginPattern,
  recoveryFindings,
  sameEmail,
  staleConsoles,
  todayIn,
  consoleName,
  type ConsoleEntry,
  type EffectiveConsole,
  type RecoveryStatus,
  type UpdateResult,
  recoveryReport,
  consoleKey,
} from '../../core';
import { now, setClockOffsetDays } from '../clock';
import { settings, testHooks, type FeatureHandlers } from '../context';
import { uiLanguage } from '../../ui/i18n';
import { reportEvent } from '../reporting';
import { getFrameVerdict, getTabVerdict } from '../tab-state';

/** Addresses seen on consoles' settings pages: console key → address and when. Never a password. */
const SEEN_KEY = 'recoverySeen';
const ALARM = 'recovery-daily';

type Seen = Record<string, { email: string; seenAt: string }>;

const refuse = (message: string): UpdateResult => ({ ok: false, problems: [{ source: 'import', key: 'consoles', message: `consoles: ${message}` }] });

async function readSeen(): Promise<Seen> {
  const got = await browser.storage.local.get(SEEN_KEY);
  const raw = got[SEEN_KEY];
  return raw && typeof raw === 'object' && !Array.isArray(raw) ? (raw as Seen) : {};
}

/** The allow-list entry a console URL belongs to: the detected product's entry first. */
async function consoleAt(url: string, productId?: string): Promise<{ entry: EffectiveConsole; index: number } | null> {
  const { values } = await settings.get();
  let origin: string;
  try {
    origin = new URL(url).origin;
  } catch {
    return null;
  }
  const matches = values.consoles.map((entry, index) => ({ entry, index })).filter(({ entry }) => entry.origins.some((p) => matchOriginPattern(origin, p)));
  return matches.find((m) => m.entry.product === productId) ?? matches[0] ?? null;
}

async function statusOf(entry: EffectiveConsole): Promise<RecoveryStatus> {
  const { values } = await settings.get();
  const seen = (await readSeen())[consoleKey(entry)];
  const findings = recoveryFindings(entry, {
    now: now(),
    maxAgeDays: values.recoveryEmailMaxAgeDays,
    orgEmailDomains: values.orgEmailDomains,
    ...(seen ? { seenEmail: seen.email } : {}),
  });
  return {
    name: consoleName(entry),
    ...(entry.recoveryEmail ? { email: entry.recoveryEmail } : {}),
    ...(entry.recoveryEmailVerifiedAt ? { verifiedAt: entry.recoveryEmailVerifiedAt } : {}),
    ...(seen ? { seenEmail: seen.email } : {}),
    findings,
    canConfirm: entry.source === 'user',
  };
}

/** Rewrites one of the user's own consoles; policy entries belong to the organisation and are not touched. */
async function updateUserConsole(entry: EffectiveConsole, patch: Partial<ConsoleEntry>): Promise<UpdateResult> {
  if (entry.source !== 'user') return refuse('this console is managed by your organisation');
  return settings.updateWith((user) => {
    const own = user.consoles ?? [];
    const i = own.findIndex((c) => consoleKey(c) === consoleKey(entry));
    if (i < 0) return refuse('console not found');
    return { consoles: own.map((c, j) => (j === i ? { ...c, ...patch } : c)) };
  });
}

async function frameConsole(sender: { tab?: { id?: number }; frameId?: number; url?: string }) {
  if (sender.tab?.id === undefined || !sender.url) return null;
  const verdict = await getFrameVerdict(sender.tab.id, sender.frameId ?? 0);
  // Only a console the user trusts has recovery data; a look-alike must not learn or change anything.
  if (verdict?.origin.kind !== 'trusted') return null;
  return consoleAt(sender.url, verdict.detection.productId);
}

/** The daily check: a badge (and optionally a notification) for stale recovery emails, with no console open. */
export async function runDailyCheck(): Promise<number> {
  const { values } = await settings.get();
  const result = staleConsoles(values.consoles, { now: now(), maxAgeDays: values.recoveryEmailMaxAgeDays, orgEmailDomains: values.orgEmailDomains });
  const lang = uiLanguage();
  await browser.action.setBadgeText({ text: result.count ? String(result.count) : '' });
  await browser.action.setBadgeBackgroundColor({ color: '#b35900' });
  await messagesReady();
  await browser.action.setTitle({ title: result.notification ? `${message('extName')} — ${result.notification.message[lang]}` : message('extName') });
  for (const stale of result.consoles)
    for (const finding of stale.findings) {
      const report = recoveryReport(stale.entry, finding, { maxAgeDays: values.recoveryEmailMaxAgeDays });
      if (report) void reportEvent(report);
    }
  if (result.notification && values.recoveryNotifications) {
    await browser.notifications.create(ALARM, {
      type: 'basic',
      iconUrl: browser.runtime.getURL('icons/icon-128.png'),
      title: result.notification.title[lang],
      message: result.notification.message[lang],
    });
  }
  return result.count;
}

export const recoveryHandlers: FeatureHandlers<'recovery/status' | 'recovery/seen' | 'recovery/acceptSeen' | 'recovery/forTab' | 'recovery/confirm'> = {
  async 'recovery/status'(_req, { sender }) {
    const found = await frameConsole(sender);
    return found ? statusOf(found.entry) : null;
  },
  async 'recovery/seen'(req, { sender }) {
    const found = await frameConsole(sender);
    const email = extractEmails(String(req.email ?? ''))[0];
    if (!found || !email) return null;
    const { entry } = found;
    const seen = await readSeen();
    seen[consoleKey(entry)] = { email, seenAt: now().toISOString() };
    await browser.storage.local.set({ [SEEN_KEY]: seen });
    // A console of the user's without a recorded address learns the one its settings page shows.
    if (!entry.recoveryEmail && entry.source === 'user') await updateUserConsole(entry, { recoveryEmail: email });
    const fresh = await consoleAt(sender.url!, entry.product);
    if (!fresh) return null;
    const status = await statusOf(fresh.entry);
    const changed = status.findings.find((f) => f.id === 'recoveryEmailChanged');
    if (changed) {
      const { values } = await settings.get();
      const report = recoveryReport(fresh.entry, changed, { maxAgeDays: values.recoveryEmailMaxAgeDays, origin: new URL(sender.url!).origin });
      if (report) void reportEvent(report);
    }
    return status;
  },
  async 'recovery/acceptSeen'(_req, { sender }) {
    const found = await frameConsole(sender);
    if (!found) return refuse('no trusted console in this frame');
    const seen = (await readSeen())[consoleKey(found.entry)];
    if (!seen) return refuse('no address was seen on this console');
    // The new address is recorded; whether mail arrives there is a separate confirmation (popup, options page).
    return updateUserConsole(found.entry, { recoveryEmail: seen.email, recoveryEmailVerifiedAt: undefined });
  },
  async 'recovery/forTab'(req) {
    const verdict = await getTabVerdict(req.tabId);
    if (verdict?.origin.kind !== 'trusted') return null;
    const found = await consoleAt(verdict.frameUrl, verdict.detection.productId);
    return found ? statusOf(found.entry) : null;
  },
  async 'recovery/confirm'(req) {
    let found: { entry: EffectiveConsole } | null = null;
    if (req.tabId !== undefined) {
      const verdict = await getTabVerdict(req.tabId);
      if (verdict?.origin.kind === 'trusted') found = await consoleAt(verdict.frameUrl, verdict.detection.productId);
    } else if (req.consoleKey !== undefined) {
      const entry = (await settings.get()).values.consoles.find((c) => consoleKey(c) === req.consoleKey);
      if (entry) found = { entry };
    }
    if (!found) return refuse('no such console');
    if (!found.entry.recoveryEmail) return refuse('this console has no recovery email to confirm');
    const seen = (await readSeen())[consoleKey(found.entry)];
    if (seen && !sameEmail(seen.email, found.entry.recoveryEmail)) return refuse('the console shows another address now; answer the change first');
    const result = await updateUserConsole(found.entry, { recoveryEmailVerifiedAt: todayIn(now()) });
    if (result.ok) await runDailyCheck();
    return result;
  },
};

/**
 * A recovery email the user clears in the options page reads as missing: the address last seen on the console's
 * settings page goes with it (it would otherwise stand in as the console's address). The next visit of that page
 * learns it again.
 */
function forgetSeenWhenCleared(): void {
  let recorded: Map<string, string> | undefined;
  settings.onChange((eff) => {
    const now = new Map(eff.values.consoles.filter((c) => c.source === 'user').map((c) => [consoleKey(c), c.recoveryEmail?.trim() ?? '']));
    const before = recorded;
    recorded = now;
    if (!before) return;
    const cleared = [...now].filter(([key, email]) => !email && before.get(key)).map(([key]) => key);
    if (!cleared.length) return;
    void readSeen().then((seen) => {
      for (const key of cleared) delete seen[key];
      return browser.storage.local.set({ [SEEN_KEY]: seen });
    });
  });
  void settings.get().then((eff) => {
    recorded ??= new Map(eff.values.consoles.filter((c) => c.source === 'user').map((c) => [consoleKey(c), c.recoveryEmail?.trim() ?? '']));
  });
}

/** Registers the daily alarm and its listener (synchronously, as MV3 requires for event listeners). */
export function watchRecovery(): void {
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === ALARM) void runDailyCheck();
  });
  // Alarms may not survive a browser restart: make sure the daily one exists whenever the worker starts.
  void browser.alarms.get(ALARM).then((existing) => {
    if (!existing) void browser.alarms.create(ALARM, { periodInMinutes: 24 * 60, delayInMinutes: 1 });
  });
  browser.runtime.onStartup.addListener(() => void runDailyCheck());
  forgetSeenWhenCleared();
  testHooks['setClockOffsetDays'] = setClockOffsetDays as (...args: never[]) => unknown;
  testHooks['runDailyCheck'] = runDailyCheck;
}
