import browser from 'webextension-polyfill';
import { message } from '../../ui/message-bundle';
import watcherScript from '../../content/reuse-watcher.iife.ts?iife';
import { allowListPatternFor, consoleKey, consoleName, matchOriginPattern, originOf, signatureById, type ConsoleEntry, type Request, type ReuseMatch, type ReuseOverview, type TabVerdict } from '../../core';
import {
  addFingerprint,
  checkableLength,
  consolesWithFingerprint,
  deriveFingerprint,
  emptyStore,
  isOwnOrigin,
  newSalt,
  parseStore,
  prefilterTag,
  removeConsole,
  sharedGroupKey,
  sharedPasswordGroups,
  storedTags,
  TabBudget,
  type FingerprintSource,
  type ProtectedConsole,
  type ReuseStore,
} from '../../core/reuse';
import { clearBadge } from '../badge';
import { onTopNavigation } from '../navigation';
import { memoryLeftDocuments } from '../left-documents';
import { showBlockPage } from '../console-injector';
import { settings, testHooks, type Ctx, type FeatureHandlers } from '../context';
import { reportEvent } from '../reporting';

/**
 * Reuse protection: fingerprints of console passwords taken where the console is trusted, and a watcher in every
 * other frame with a password field that sends what is typed there for comparison. Values arrive here, are compared
 * and dropped; only the fingerprint (slow, salted, truncated) of a password used on its own console is kept.
 */

const STORE_KEY = 'reuseFingerprints';
const subtle = crypto.subtle;

/** Figures for the e2e tests and the benchmark (counts and timings, never values). */
const reuseStats = { notTaken: 0, submitChecks: 0, checks: 0, slowChecks: 0, overBudget: 0, matches: 0, injected: 0, fingerprints: 0, lastSlowMs: 0, maxSlowMs: 0, recentSlowMs: [] as number[] };

const budget = new TabBudget();
const BUDGET_KEY = 'reuseBudget';
/** The budget survives the worker's restarts (storage.session: memory only, gone with the browser). */
const budgetLoaded = browser.storage.session
  .get(BUDGET_KEY)
  .then((r) => budget.restore(r[BUDGET_KEY]))
  .catch(() => undefined);
async function take(tabId: number, pool: Parameters<TabBudget['take']>[1]): Promise<boolean> {
  await budgetLoaded;
  const ok = budget.take(tabId, pool);
  if (ok) void browser.storage.session.set({ [BUDGET_KEY]: budget.snapshot() }).catch(() => undefined);
  return ok;
}

/** What the warning in a tab was about: its actions (trust this origin, open the console) act on this only. */
interface PendingMatch {
  frameId: number;
  documentId?: string;
  key: string;
  origin: string;
  url: string;
  /** The origin of the tab's top document: where Back/Forward would bring the warning back to. */
  top?: string;
}
const pending = new Map<number, PendingMatch>();
/**
 * Matches of documents the tab left. Back/Forward may bring such a document back from the back/forward cache with
 * its warning still shown: its actions must work again, and the badge say it again. In memory, like `pending`.
 */
const leftMatches = memoryLeftDocuments<PendingMatch>();
/** (tab, console, origin) already reported: the same finding in a tab is reported once. */
const reported = new Set<string>();

let cached: { store: ReuseStore | null; problem?: string } | undefined;
browser.storage.onChanged.addListener((changes, area) => {
  if (area === 'local' && STORE_KEY in changes) cached = undefined;
});

async function readStore(): Promise<{ store: ReuseStore | null; problem?: string }> {
  cached ??= parseStore((await browser.storage.local.get(STORE_KEY))[STORE_KEY]);
  return cached;
}

/** One writer at a time: two sign-ins finishing together must not drop one fingerprint. */
let writing: Promise<unknown> = Promise.resolve();
function updateStore(fn: (store: ReuseStore) => ReuseStore): Promise<ReuseStore | null> {
  const run = writing.then(async () => {
    const { store, problem } = await readStore();
    // Unreadable stored data stays as it is (and is shown in the options) rather than being replaced blindly.
    if (problem) return null;
    const next = fn(store ?? emptyStore(newSalt((b) => crypto.getRandomValues(b))));
    await browser.storage.local.set({ [STORE_KEY]: next });
    cached = { store: next };
    return next;
  });
  writing = run.catch(() => undefined);
  return run;
}

async function enabled(): Promise<boolean> {
  return (await settings.get()).values.reuseProtection;
}

/** The allow-list entry a trusted frame belongs to (an entry for the detected product first). */
function entryFor(origin: string, productId: string, consoles: readonly ConsoleEntry[]): ConsoleEntry | undefined {
  const matching = consoles.filter((c) => c.origins.some((p) => matchOriginPattern(origin, p)));
  return matching.find((c) => c.product.toLowerCase() === productId) ?? matching[0];
}

/** The origins a protected console's password belongs on: as stored, and as its allow-list entry says now. */
function ownOrigins(key: string, stored: ProtectedConsole, consoles: readonly ConsoleEntry[]): string[] {
  const now = consoles.find((c) => consoleKey(c) === key);
  return [...stored.origins, ...(now?.origins ?? [])];
}

/**
 * An origin of the allow-list is the user's own console: a password of another console typed there is the
 * shared-password finding (made when its fingerprint is taken), not phishing, and gets no full-page warning.
 */
const onAllowList = (origin: string, consoles: readonly ConsoleEntry[]) => consoles.some((c) => c.origins.some((p) => matchOriginPattern(origin, p)));

const signInHostsOf = (product: string) => signatureById(product)?.signInHosts ?? [];
const productName = (product: string) => signatureById(product)?.name ?? product;

/**
 * Called from the rating handler when a password is used on a console (login submitted, new password set): on a
 * trusted console (not framed by a foreign page) its fingerprint is kept for that console.
 */
export async function rememberConsolePassword(verdict: TabVerdict, role: string, form: string, password: string): Promise<void> {
  const source: FingerprintSource | null =
    role === 'current' && form === 'login' ? 'signIn' : role === 'new' && form === 'changePassword' ? 'changePassword' : role === 'new' && form === 'newUser' ? 'newUser' : null;
  if (!source || verdict.origin.kind !== 'trusted' || verdict.origin.framedBy !== undefined || !checkableLength(password)) return;
  const { values } = await settings.get();
  if (!values.reuseProtection) {
    reuseStats.notTaken++;
    return;
  }
  const origin = new URL(verdict.frameUrl).origin;
  const entry = entryFor(origin, verdict.detection.productId, values.consoles);
  if (!entry) return;
  // The per-install salt is made with the store: the first fingerprint waits for it.
  const base = (await readStore()).store ?? (await updateStore((s) => s));
  if (!base) return;
  const [fp, tag] = await Promise.all([deriveFingerprint(subtle, base.salt, password, base.iterations), prefilterTag(subtle, base.salt, password)]);
  const identity = { key: consoleKey(entry), product: entry.product, name: consoleName(entry), origins: [...entry.origins] };
  // A store switched off and made again meanwhile has another salt: this fingerprint would never match there.
  const next = await updateStore((s) => (s.salt === base.salt ? addFingerprint(s, identity, { fp, tag, at: Date.now(), source }) : s));
  if (!next) return;
  reuseStats.fingerprints++;
  await reportNewSharedGroups(values.consoles);
}

/** Each group of consoles found sharing one password is reported once (found and marked in one store update). */
async function reportNewSharedGroups(consoles: readonly ConsoleEntry[]): Promise<void> {
  let fresh: string[][] = [];
  const store = await updateStore((s) => {
    fresh = sharedPasswordGroups(s).filter((g) => !s.reportedShared.includes(sharedGroupKey(g)));
    return fresh.length ? { ...s, reportedShared: [...s.reportedShared, ...fresh.map(sharedGroupKey)].slice(-1000) } : s;
  });
  if (!store) return;
  for (const group of fresh) {
    void reportEvent({
      type: 'sharedPassword',
      data: {
        consoles: group.slice(0, 50).map((k) => {
          const c = store.consoles[k]!;
          return { product: c.product, console: c.name, origins: reportableOrigins(ownOrigins(k, c, consoles)) };
        }),
      },
    });
  }
}

const reportableOrigins = (origins: string[]) => [...new Set(origins)].slice(0, 50);

/**
 * A frame has a password field (the detector's snapshot said so). When fingerprints exist and the frame is not a
 * trusted origin of every fingerprinted console, the watcher goes into that frame, and only there.
 */
const injected = new Set<string>();
export async function onPasswordFrame(sender: Ctx['sender']): Promise<void> {
  const tabId = sender.tab?.id;
  if (tabId === undefined || !sender.url || !(await enabled())) return;
  const { store } = await readStore();
  if (!store || Object.keys(store.consoles).length === 0) return;
  const origin = new URL(sender.url).origin;
  const { values } = await settings.get();
  if (onAllowList(origin, values.consoles)) return;
  const foreign = Object.entries(store.consoles).some(([key, c]) => !isOwnOrigin(origin, ownOrigins(key, c, values.consoles), signInHostsOf(c.product)));
  if (!foreign) return;
  const documentId = (sender as { documentId?: string }).documentId;
  const frameId = sender.frameId ?? 0;
  const id = documentId ?? `${tabId}:${frameId}:${sender.url}`;
  if (injected.has(id)) return;
  if (injected.size >= 500) injected.clear();
  injected.add(id);
  reuseStats.injected++;
  await browser.scripting
    .executeScript({ target: documentId ? { tabId, documentIds: [documentId] } : { tabId, frameIds: [frameId] }, files: [watcherScript] } as Parameters<typeof browser.scripting.executeScript>[0])
    .catch(() => injected.delete(id));
}

/** The slow comparison of one value: the consoles whose password it is, or none. */
async function matchValue(store: ReuseStore, tags: Set<number>, value: string, tabId: number, active: boolean): Promise<string[]> {
  if (!checkableLength(value)) return [];
  reuseStats.checks++;
  if (!tags.has(await prefilterTag(subtle, store.salt, value))) return [];
  if (!(await take(tabId, active ? 'userChecks' : 'scriptChecks'))) {
    reuseStats.overBudget++;
    return [];
  }
  const started = performance.now();
  const fp = await deriveFingerprint(subtle, store.salt, value, store.iterations);
  const ms = Math.round((performance.now() - started) * 10) / 10;
  reuseStats.slowChecks++;
  reuseStats.lastSlowMs = ms;
  reuseStats.maxSlowMs = Math.max(reuseStats.maxSlowMs, ms);
  reuseStats.recentSlowMs.push(ms);
  if (reuseStats.recentSlowMs.length > 100) reuseStats.recentSlowMs.shift();
  return consolesWithFingerprint(store, fp);
}

/** Compares what the watcher sent with the fingerprints; on a match: report, red badge, the warning or the block page. */
async function checkValues(req: Request<'reuse/check'>, { sender }: Ctx): Promise<ReuseMatch | null> {
  const tabId = sender.tab?.id;
  if (tabId === undefined || !sender.url || !(await enabled())) return null;
  const { store } = await readStore();
  if (!store) return null;
  const origin = new URL(sender.url).origin;
  const { values } = await settings.get();
  if (onAllowList(origin, values.consoles)) return null;
  const tags = storedTags(store);
  const sent = Array.isArray(req.values) ? req.values.filter((v): v is string => typeof v === 'string').slice(0, 4) : [];
  for (const value of sent) {
    const keys = await matchValue(store, tags, value, tabId, req.active === true);
    if (!keys.length) continue;
    // Typed where one of its consoles lives: not a reuse (consoles sharing it are the shared-password finding).
    if (keys.some((k) => isOwnOrigin(origin, ownOrigins(k, store.consoles[k]!, values.consoles), signInHostsOf(store.consoles[k]!.product)))) continue;
    const key = keys[0]!;
    const c = store.consoles[key]!;
    if (!(await take(tabId, 'warnings'))) return null;
    reuseStats.matches++;
    const action = values.lookalikeAction;
    const host = new URL(sender.url).host;
    const name = c.name;
    const own = ownOrigins(key, c, values.consoles);
    const reportKey = `${tabId}|${key}|${origin}`;
    if (!reported.has(reportKey)) {
      if (reported.size > 5000) reported.clear();
      reported.add(reportKey);
      void reportEvent({ type: 'passwordReuse', data: { product: c.product, console: name, origins: reportableOrigins(own), origin, beforeSubmit: req.atSubmit !== true, action } });
    }
    // The warning does not wait for the badge (keystroke → warning is the budget that counts).
    const badge = showReuseBadge(tabId, name, host).catch(() => undefined);
    if (action === 'block') {
      await badge;
      await showBlockPage(tabId, { reuse: name, product: productName(c.product), host });
      return null;
    }
    const exact = own.find((p) => !p.includes('*'));
    const match: ReuseMatch = {
      console: name,
      product: productName(c.product),
      typedOn: host,
      ...(exact ? { consoleOrigin: exact } : {}),
      // Only the user's own entries take another origin, and only where the organisation lets users edit the list.
      canTrust: values.allowUserChanges && values.consoles.some((e) => consoleKey(e) === key && (e as { source?: string }).source === 'user') && allowListPatternFor(sender.url) !== null,
    };
    const documentId = (sender as { documentId?: string }).documentId;
    const frameId = sender.frameId ?? 0;
    // A match in a sub-frame is shown by the top frame: a small or covered frame could hide it.
    const top = frameId !== 0 ? await showInTopFrame(tabId, match) : null;
    const topOrigin = originOf(frameId === 0 ? sender.url : sender.tab?.url);
    const where = topOrigin ? { top: topOrigin } : {};
    if (top) {
      pending.set(tabId, { frameId: 0, key, origin, url: sender.url, ...top, ...where });
      return null;
    }
    pending.set(tabId, { frameId, key, origin, url: sender.url, ...(documentId ? { documentId } : {}), ...where });
    return match;
  }
  return null;
}

export const reuseHandlers: FeatureHandlers<'reuse/check' | 'reuse/leave' | 'reuse/openConsole' | 'reuse/trustOrigin' | 'reuse/list' | 'reuse/remove'> = {
  async 'reuse/check'(req, ctx) {
    try {
      return await checkValues(req, ctx);
    } finally {
      if (req.atSubmit === true) reuseStats.submitChecks++;
    }
  },

  async 'reuse/leave'(_req, { sender }) {
    const match = pendingFor(sender);
    if (!match) return { ok: false };
    const c = (await readStore()).store?.consoles[match.key];
    await showBlockPage(sender.tab!.id!, { reuse: c?.name ?? '', product: productName(c?.product ?? ''), host: new URL(match.url).host, left: '1' });
    return { ok: true };
  },

  async 'reuse/openConsole'(_req, { sender }) {
    const match = pendingFor(sender);
    if (!match) return { ok: false };
    const { store } = await readStore();
    const c = store?.consoles[match.key];
    const exact = c ? ownOrigins(match.key, c, (await settings.get()).values.consoles).find((p) => !p.includes('*')) : undefined;
    if (!exact) return { ok: false };
    await browser.tabs.create({ url: `${exact}/` });
    return { ok: true };
  },

  async 'reuse/trustOrigin'(_req, { sender }) {
    const match = pendingFor(sender);
    const origin = match ? allowListPatternFor(match.url) : null;
    if (!match || !origin) return { ok: false, problems: [{ source: 'import', key: 'consoles', message: 'consoles: nothing to add here' }] };
    const { values } = await settings.get();
    if (!values.allowUserChanges) return { ok: false, problems: [{ source: 'import', key: 'consoles', message: 'consoles: set by your organisation, cannot be changed' }] };
    const result = await settings.updateWith((user) => {
      const own = user.consoles ?? [];
      const i = own.findIndex((c) => consoleKey(c) === match.key);
      if (i < 0) return { ok: false, problems: [{ source: 'import', key: 'consoles', message: 'consoles: this console is not in your own list' }] };
      const entry = own[i]!;
      if (entry.origins.includes(origin)) return { ok: true };
      return { consoles: own.map((c, j) => (j === i ? { ...c, origins: [...c.origins, origin].slice(0, 50) } : c)) };
    });
    if (result.ok) {
      pending.delete(sender.tab!.id!);
      await clearBadge(sender.tab!.id!);
    }
    return result;
  },

  'reuse/list': () => overview(),

  async 'reuse/remove'(req) {
    if (typeof req.key === 'string') await updateStore((s) => removeConsole(s, req.key));
    return overview();
  },
};

/** Shows the warning in the top frame; the top document's id (when the browser gives it), or null when it failed. */
async function showInTopFrame(tabId: number, match: ReuseMatch): Promise<{ documentId?: string } | null> {
  try {
    const [injected] = await browser.scripting.executeScript({ target: { tabId, frameIds: [0] }, files: [watcherScript] } as Parameters<typeof browser.scripting.executeScript>[0]);
    await browser.tabs.sendMessage(tabId, { type: 'reuse/show', match }, { frameId: 0 });
    const documentId = (injected as { documentId?: string } | undefined)?.documentId;
    return documentId ? { documentId } : {};
  } catch {
    return null;
  }
}

/** The pending match of the sender's tab, only for the frame (and document) that showed the warning. */
function pendingFor(sender: Ctx['sender']): PendingMatch | null {
  const tabId = sender.tab?.id;
  const match = tabId === undefined ? undefined : pending.get(tabId);
  if (!match || match.frameId !== (sender.frameId ?? 0)) return null;
  const documentId = (sender as { documentId?: string }).documentId;
  if (match.documentId && documentId && match.documentId !== documentId) return null;
  return match;
}

async function overview(): Promise<ReuseOverview> {
  const eff = await settings.get();
  const { store, problem } = await readStore();
  const consoles = Object.entries(store?.consoles ?? {})
    .map(([key, c]) => ({ key, name: c.name, product: productName(c.product), at: c.fingerprints[0]!.at, source: c.fingerprints[0]!.source }))
    .sort((a, b) => a.name.localeCompare(b.name));
  const shared = store ? sharedPasswordGroups(store).map((g) => g.map((k) => store.consoles[k]!.name)) : [];
  return { enabled: eff.values.reuseProtection, locked: eff.locked.includes('reuseProtection'), consoles, shared, ...(problem ? { problem } : {}) };
}

async function showReuseBadge(tabId: number, name: string, host: string): Promise<void> {
  await Promise.all([
    browser.action.setBadgeText({ tabId, text: '!!' }),
    browser.action.setBadgeBackgroundColor({ tabId, color: '#c62828' }),
    browser.action.setTitle({ tabId, title: message('reuseBadge', [name, host]) }),
  ]);
}

export function watchReuse(): void {
  // Switched off (by the user or by policy): nothing is kept, the stored fingerprints go too.
  const dropIfOff = (on: boolean) => {
    if (!on) void browser.storage.local.remove(STORE_KEY).then(() => (cached = undefined));
  };
  settings.onChange((eff) => dropIfOff(eff.values.reuseProtection));
  void settings.get().then((eff) => dropIfOff(eff.values.reuseProtection));
  browser.tabs.onRemoved.addListener((tabId) => {
    pending.delete(tabId);
    void leftMatches.forget(tabId);
    budget.forget(tabId);
  });
  // The warning's actions stay with its document: a page that changes its route (hash, pushState) cannot take
  // "Leave this page" away from the user. (Chromium drops the tab's badge itself when a new document loads.)
  onTopNavigation(async (tabId, url, lives) => {
    const match = pending.get(tabId);
    if (match && !(await lives(match.documentId)) && pending.get(tabId) === match) {
      pending.delete(tabId);
      if (match.documentId && match.top) await leftMatches.park(tabId, [{ documentId: match.documentId, topOrigin: match.top, state: match }]);
    }
    const [back] = await leftMatches.restore(tabId, url, lives);
    if (!back || pending.has(tabId)) return;
    pending.set(tabId, back.state);
    const name = (await readStore()).store?.consoles[back.state.key]?.name;
    if (name) await showReuseBadge(tabId, name, new URL(back.state.url).host).catch(() => undefined);
  });
  testHooks['reuseStats'] = () => ({ ...reuseStats, recentSlowMs: [...reuseStats.recentSlowMs] });
}
