import browser from 'webextension-polyfill';
import { allowListPatternFor, CATALOGUE, detect, mayDetect, originOf, signatureById, type TabVerdict } from '../../core';
import { clearBadge, showBadge } from '../badge';
import { injectConsoleModule, showBlockPage } from '../console-injector';
import { epochNow, rememberSnapshot, settings, stats, type Ctx, type FeatureHandlers } from '../context';
import { judgeFramed } from '../origin-verdict';
import { onPasswordFrame } from './reuse';
import { pageMessages } from './i18n';
import { reportEvent } from '../reporting';
import { onTopNavigation, type DocumentLives } from '../navigation';
import { sessionLeftDocuments } from '../left-documents';
import { clearTabVerdict, dropFrameVerdicts, getFrameVerdict, getFrameVerdicts, getTabVerdict, setFrameVerdict, tabsWithVerdicts } from '../tab-state';

/** A URL as it may be stored: origin and path, no query, no fragment, no credentials. */
function withoutQuery(url: string): string {
  try {
    const u = new URL(url);
    if (u.protocol === 'http:' || u.protocol === 'https:') return `${u.origin}${u.pathname}`;
    // blob:, filesystem: carry their creator's origin; about:, data: have none.
    return u.origin === 'null' ? u.protocol : u.origin;
  } catch {
    return '';
  }
}

/** Detection and origin verdicts: snapshots in, badge and per-frame verdicts out, the console module injected. */
export const detectionHandlers: FeatureHandlers<'page/snapshot' | 'console/context' | 'console/leave' | 'console/block' | 'tab/verdict' | 'allowlist/addTab'> = {
  async 'page/snapshot'(req, { sender }) {
    stats.snapshots++;
    stats.lastSnapshotAt = epochNow();
    const evaluations = (req as { evaluations?: unknown }).evaluations;
    if (typeof evaluations === 'number') stats.maxEvaluations = Math.max(stats.maxEvaluations, evaluations);
    const tabId = sender.tab?.id;
    // The origin comes from the browser (sender.url), never from what the page wrote into the snapshot.
    const frameUrl = sender.url;
    if (tabId === undefined || !frameUrl) return { console: false };
    // The reuse watcher only where a password field is in use: a page nobody types into never pays for it.
    if (req.used === true && req.snapshot?.passwordFields > 0) void onPasswordFrame(sender);
    // Only origin and path are kept: queries and fragments can carry tokens, or a form's GET-submitted password.
    const keptUrl = withoutQuery(frameUrl);
    if (req.cheap === true) {
      const more = mayDetect({ ...req.snapshot, url: frameUrl }, CATALOGUE);
      if (!more) rememberSnapshot(tabId, keptUrl, null);
      return { console: false, more };
    }
    const detection = detect({ ...req.snapshot, url: frameUrl }, CATALOGUE);
    rememberSnapshot(tabId, keptUrl, detection?.productId ?? null);
    if (!detection) return { console: false };
    stats.detections++;
    const effective = await settings.get();
    const verdict: TabVerdict = {
      detection,
      origin: judgeFramed(frameUrl, sender.frameId ? sender.tab?.url : undefined, detection, effective.values.consoles, effective.values.protectedNames),
      frameUrl: keptUrl,
      frameId: sender.frameId ?? 0,
      ...((sender as { documentId?: string }).documentId ? { documentId: (sender as { documentId?: string }).documentId } : {}),
      at: Date.now(),
      ...(sender.frameId ? { topUrl: withoutQuery(sender.tab?.url ?? '') } : {}),
    };
    await setFrameVerdict(tabId, verdict);
    reportVerdict(tabId, verdict, effective.values.lookalikeAction);
    const shown = (await getTabVerdict(tabId)) ?? verdict;
    await showBadge(tabId, shown);
    stats.lastBadgeAt = epochNow();
    // Block replaces the whole tab, also for a look-alike in a frame: the framing page could cover an in-frame warning.
    if (verdict.origin.kind === 'lookalike' && effective.values.lookalikeAction === 'block') {
      await showBlockPage(tabId, { product: detection.productName, host: verdict.origin.host, of: verdict.origin.lookalikeOf ?? '' });
    } else {
      await injectConsoleModule(tabId, verdict.frameId, (sender as { documentId?: string }).documentId);
    }
    return { console: true };
  },
  async 'console/context'(req, { sender }) {
    if (sender.tab?.id === undefined) return null;
    const verdict = await getFrameVerdict(sender.tab.id, sender.frameId ?? 0);
    if (!verdict) return null;
    const [{ values }, messages] = await Promise.all([settings.get(), pageMessages(req.lang)]);
    return {
      verdict,
      selectors: signatureById(verdict.detection.productId)?.selectors ?? {},
      lookalikeAction: values.lookalikeAction,
      unknownOriginAction: values.unknownOriginAction,
      messages,
    };
  },
  'console/leave': (_req, { sender }) => blockSenderLookalike(sender, { left: '1' }),
  'console/block': (_req, { sender }) => blockSenderLookalike(sender),
  'tab/verdict': (req) => getTabVerdict(req.tabId),
  async 'allowlist/addTab'(req) {
    // Exactly the frame the popup showed: the page may have changed what the tab's "most severe" frame is since.
    const verdict = await getFrameVerdict(req.tabId, req.frameId);
    if (!verdict || verdict.frameUrl !== req.frameUrl)
      return { ok: false, problems: [{ source: 'import', key: 'consoles', message: 'consoles: the page changed; open the popup again' }] };
    if (verdict.origin.framedBy !== undefined)
      return { ok: false, problems: [{ source: 'import', key: 'consoles', message: 'consoles: a console inside another site’s page cannot be added; open it in its own tab' }] };
    if (verdict.origin.kind === 'lookalike')
      return { ok: false, problems: [{ source: 'import', key: 'consoles', message: 'consoles: a look-alike console cannot be added to the allow-list' }] };
    const origin = allowListPatternFor(verdict.frameUrl);
    if (!origin) return { ok: false, problems: [{ source: 'import', key: 'consoles', message: 'consoles: this page has no origin that can be allow-listed' }] };
    const product = verdict.detection.productId;
    const result = await settings.updateWith((user) => {
      const own = user.consoles ?? [];
      return own.some((c) => c.origins.includes(origin)) ? { ok: true } : { consoles: [...own, { product, origins: [origin] }] };
    });
    if (result.ok) await rejudgeTab(req.tabId);
    return result;
  },
};

/**
 * Distinct page-triggered findings reported per tab and window: a page that spawns console frames on ever new
 * hosts cannot flood the report queue (the same finding again is left to the queue's de-duplication).
 */
const REPORTS_PER_TAB = 5;
const REPORT_WINDOW_MS = 10 * 60_000;
const reportBudget = new Map<number, { keys: Set<string>; since: number }>();

function withinReportBudget(tabId: number, key: string): boolean {
  const now = Date.now();
  let b = reportBudget.get(tabId);
  if (!b || now - b.since > REPORT_WINDOW_MS) {
    if (reportBudget.size > 1000) reportBudget.clear();
    b = { keys: new Set(), since: now };
    reportBudget.set(tabId, b);
  }
  if (b.keys.has(key)) return true;
  if (b.keys.size >= REPORTS_PER_TAB) return false;
  b.keys.add(key);
  return true;
}

/**
 * Replaces the sender's tab with the block page, if the sending frame is a look-alike (the warning's "leave" and a
 * page that keeps covering the warning both end here; `extra` goes to the block page).
 */
async function blockSenderLookalike(sender: Ctx['sender'], extra: Record<string, string> = {}): Promise<{ ok: boolean }> {
  const tabId = sender.tab?.id;
  if (tabId === undefined) return { ok: false };
  const verdict = await getFrameVerdict(tabId, sender.frameId ?? 0);
  if (verdict?.origin.kind !== 'lookalike') return { ok: false };
  await showBlockPage(tabId, { product: verdict.detection.productName, host: verdict.origin.host, of: verdict.origin.lookalikeOf ?? '', ...extra });
  return { ok: true };
}

/** Look-alikes and consoles on unknown origins are findings for the administrator's log system. */
function reportVerdict(tabId: number, verdict: TabVerdict, action: 'warn' | 'block'): void {
  const kind = verdict.origin.kind;
  const origin = new URL(verdict.frameUrl).origin;
  if ((kind === 'lookalike' || kind === 'unknown') && !withinReportBudget(tabId, `${kind}|${origin}`)) return;
  const product = verdict.detection.productId;
  if (verdict.origin.kind === 'lookalike')
    void reportEvent({
      type: 'lookalikeVisited',
      data: { product, origin, reasons: verdict.origin.reasons ?? [], action, ...(verdict.origin.lookalikeOf ? { imitates: verdict.origin.lookalikeOf } : {}) },
    });
  else if (verdict.origin.kind === 'unknown') void reportEvent({ type: 'unknownOrigin', data: { product, origin } });
}

/** Re-judges a tab's stored frame verdicts against the current allow-list (after the user added a console). */
async function rejudgeTab(tabId: number): Promise<void> {
  const { values } = await settings.get();
  for (const frame of await getFrameVerdicts(tabId)) {
    await setFrameVerdict(tabId, { ...frame, origin: judgeFramed(frame.frameUrl, frame.topUrl, frame.detection, values.consoles, values.protectedNames) });
  }
  const shown = await getTabVerdict(tabId);
  if (shown) await showBadge(tabId, shown);
}

/** A changed allow-list (user or policy) changes verdicts: every tab with a console is judged again. */
export async function rejudgeAllTabs(): Promise<void> {
  for (const tabId of await tabsWithVerdicts()) await rejudgeTab(tabId);
}

/** Verdicts of documents the tab left, for when Back/Forward brings one back from the back/forward cache. */
const leftVerdicts = sessionLeftDocuments<TabVerdict>('verdicts');

/**
 * After a top-level navigation: the verdicts whose documents are gone are forgotten (parked, see left-documents.ts),
 * the badge follows what is left. A single-page console's route changes (hash or history) keep the tab's verdict and
 * badge. A new origin in the address bar is a new document whatever the browser answers later: those verdicts go at
 * once. A document restored from the back/forward cache gets its verdicts back: no content script runs again there.
 */
async function forgetLeftDocuments(tabId: number, url: string, lives: DocumentLives): Promise<void> {
  const frames = await getFrameVerdicts(tabId);
  const origin = originOf(url);
  const topOrigin = (v: TabVerdict) => originOf(v.frameId === 0 ? v.frameUrl : v.topUrl);
  // No verdict that could still hold: the badge goes before the browser is asked anything.
  if (frames.length && frames.every((v) => topOrigin(v) !== origin)) await clearBadge(tabId);
  const id = (v: TabVerdict) => `${v.frameId}|${v.documentId ?? ''}`;
  const gone = new Set<string>();
  await Promise.all(frames.map(async (v) => (topOrigin(v) !== origin || !(await lives(v.documentId))) && gone.add(id(v))));
  if (gone.size) {
    await leftVerdicts.park(
      tabId,
      frames.filter((v) => gone.has(id(v)) && v.documentId).map((v) => ({ documentId: v.documentId!, topOrigin: topOrigin(v) ?? '', state: v })),
    );
    await dropFrameVerdicts(tabId, (v) => gone.has(id(v)));
  }
  const restored = await restoreVerdicts(tabId, url, lives);
  // No verdict before or after: no badge of this feature's to touch (a reuse warning's badge is the reuse feature's).
  if (!gone.size && !restored && !frames.length) return;
  // Shown again also when every verdict held: Chromium drops a tab's badge whenever another document commits (a
  // restored one too), and with navigations handled in turn this one may already be past such a commit.
  const shown = await getTabVerdict(tabId);
  if (shown) await showBadge(tabId, shown);
  else await clearBadge(tabId);
}

/**
 * The verdicts of documents the navigation brought back (judged again: the allow-list may have changed meanwhile).
 * A restored look-alike shows what it showed before: its warning is still in the page (the console module's state
 * came back with it) or, under "block", the block page again.
 */
async function restoreVerdicts(tabId: number, url: string, lives: DocumentLives): Promise<boolean> {
  const back = await leftVerdicts.restore(tabId, url, lives);
  if (!back.length) return false;
  const { values } = await settings.get();
  for (const { state: v } of back) {
    const verdict: TabVerdict = { ...v, origin: judgeFramed(v.frameUrl, v.topUrl, v.detection, values.consoles, values.protectedNames) };
    await setFrameVerdict(tabId, verdict);
    if (verdict.origin.kind === 'lookalike' && values.lookalikeAction === 'block') {
      await showBlockPage(tabId, { product: verdict.detection.productName, host: verdict.origin.host, of: verdict.origin.lookalikeOf ?? '' });
      return true;
    }
    // Injected once per document (the module guards itself): only a module that never arrived is injected here.
    await injectConsoleModule(tabId, verdict.frameId, verdict.documentId).catch(() => undefined);
  }
  return true;
}

/** Forgets a tab's verdicts when their documents are gone (not on a route change within one), and when it closes. */
export function watchTabs(): void {
  onTopNavigation(forgetLeftDocuments);
  browser.tabs.onRemoved.addListener((tabId) => {
    void clearTabVerdict(tabId);
    void leftVerdicts.forget(tabId);
  });
  settings.onChange(() => void rejudgeAllTabs());
}
