import browser from 'webextension-polyfill';
import { message, messagesReady } from '../../ui/message-bundle';
import {
  AdvisorySchema,
  boundFacts,
  extractVersions,
  matchAdvisories,
  mergeAdvisories,
  originOf,
  parseFeed,
  SHIPPED_ADVISORIES,
  type Advisory,
  type AdvisoryFinding,
  type FeedProblem,
} from '../../core';
import { markAdvisory, showBadge } from '../badge';
import { now } from '../clock';
import { settings, testHooks, type FeatureHandlers } from '../context';
import { reportEvent } from '../reporting';
import { onTopNavigation } from '../navigation';
import { updateSession } from '../session-update';
import { sessionLeftDocuments } from '../left-documents';
import { consoleFrameVerdict, getTabVerdict } from '../tab-state';

/**
 * Known vulnerabilities of the version a console reveals: the page's facts in, findings out (banner, popup, badge
 * marker, one `consoleAdvisory` report per console and version). The table is the shipped one merged with the
 * fleet's feed (`advisoriesUrl`), fetched at most daily by an alarm; the last good copy is kept when it fails.
 */
const FEED_KEY = 'advisoryFeed';
const REPORTED_KEY = 'advisoryReported';
const ALARM = 'advisory-feed';
const DAY_MS = 86_400_000;
const MAX_FEED_BYTES = 2_000_000;
const FETCH_TIMEOUT_MS = 20_000;
const MAX_REPORTED = 500;
const REPORTS_PER_TAB = 5;

const sessionKey = (tabId: number) => `advisory:${tabId}`;

export interface StoredFeed {
  url: string;
  /** The last good copy: when it was fetched and its valid entries. */
  fetchedAt?: string;
  advisories: Advisory[];
  problems: FeedProblem[];
  lastAttemptAt?: string;
  lastError?: string;
}

/** The stored feed, every entry validated again (stored data is input too); null when there is none. */
async function readFeed(): Promise<StoredFeed | null> {
  const raw = (await browser.storage.local.get(FEED_KEY))[FEED_KEY] as Partial<StoredFeed> | undefined;
  if (!raw || typeof raw !== 'object' || typeof raw.url !== 'string') return null;
  const advisories = (Array.isArray(raw.advisories) ? raw.advisories : []).flatMap((a) => {
    const parsed = AdvisorySchema.safeParse(a);
    return parsed.success ? [parsed.data] : [];
  });
  return {
    url: raw.url,
    advisories,
    problems: Array.isArray(raw.problems) ? raw.problems.slice(0, 50) : [],
    ...(typeof raw.fetchedAt === 'string' ? { fetchedAt: raw.fetchedAt } : {}),
    ...(typeof raw.lastAttemptAt === 'string' ? { lastAttemptAt: raw.lastAttemptAt } : {}),
    ...(typeof raw.lastError === 'string' ? { lastError: raw.lastError } : {}),
  };
}

/** The table in force: shipped, plus the feed's last good copy when it belongs to the configured URL. */
async function currentTable(): Promise<Advisory[]> {
  const { values } = await settings.get();
  const feed = values.advisoriesUrl ? await readFeed() : null;
  return feed && feed.url === values.advisoriesUrl ? mergeAdvisories(SHIPPED_ADVISORIES, feed.advisories) : [...SHIPPED_ADVISORIES];
}

async function download(url: string): Promise<string> {
  const abort = new AbortController();
  const timer = setTimeout(() => abort.abort(), FETCH_TIMEOUT_MS);
  try {
    const res = await fetch(url, { cache: 'no-store', credentials: 'omit', signal: abort.signal });
    if (!res.ok) throw new Error(`HTTP ${res.status}`);
    const text = await res.text();
    if (text.length > MAX_FEED_BYTES) throw new Error(`larger than ${MAX_FEED_BYTES} bytes`);
    return text;
  } finally {
    clearTimeout(timer);
  }
}

let inFlight: Promise<StoredFeed | null> | null = null;

/**
 * Fetches the feed unless it was tried less than a day ago for the same URL (`force`: a new URL). A failed fetch or
 * an unusable feed keeps the last good copy; invalid entries are skipped and reported.
 */
export function refreshFeed(force = false): Promise<StoredFeed | null> {
  inFlight ??= (async () => {
    try {
      const { values } = await settings.get();
      const url = values.advisoriesUrl;
      if (!url) return null;
      const stored = await readFeed();
      const sameUrl = stored?.url === url;
      if (!force && sameUrl && stored.lastAttemptAt && now().getTime() - Date.parse(stored.lastAttemptAt) < DAY_MS) return stored;
      const base: StoredFeed = sameUrl ? stored : { url, advisories: [], problems: [] };
      const attempt = { ...base, lastAttemptAt: now().toISOString() };
      let next: StoredFeed;
      try {
        const parsed = parseFeed(await download(url));
        if (parsed.advisories === null) next = { ...attempt, lastError: parsed.problems[0]?.message ?? 'unusable feed' };
        else {
          next = { url, fetchedAt: attempt.lastAttemptAt, lastAttemptAt: attempt.lastAttemptAt, advisories: parsed.advisories, problems: parsed.problems };
        }
        if (parsed.problems.length) void reportEvent({ type: 'advisoryFeedInvalid', data: { url: url.slice(0, 2048), problems: parsed.problems.slice(0, 50) } });
      } catch (e) {
        next = { ...attempt, lastError: e instanceof Error ? e.message.slice(0, 300) : 'fetch failed' };
      }
      if (next.lastError) console.warn('Admin Console Guard: advisory feed not updated, the last good copy stays:', next.lastError);
      await browser.storage.local.set({ [FEED_KEY]: next });
      return next;
    } finally {
      inFlight = null;
    }
  })();
  return inFlight;
}

/**
 * Per tab, per frame: the findings of the frame's document so far. They add up while the document lives: a
 * single-page console shows its version on one view and not on the next, and the version does not change with the view.
 */
interface FrameFindings {
  /** The document the findings were read from (the sender's documentId). */
  doc: string;
  /** The origin of the tab's top document (where a restore from the back/forward cache would come back to). */
  top?: string;
  findings: AdvisoryFinding[];
}
/** Findings of documents the tab left, for when Back/Forward brings one back from the back/forward cache. */
const leftFindings = sessionLeftDocuments<{ frameId: string; findings: FrameFindings }>('advisories');
type TabFindings = Record<string, FrameFindings>;
const MAX_FINDINGS_PER_FRAME = 50;

async function tabFindings(tabId: number): Promise<TabFindings> {
  return ((await browser.storage.session.get(sessionKey(tabId)))[sessionKey(tabId)] as TabFindings | undefined) ?? {};
}

const findingKey = (f: AdvisoryFinding) => `${f.advisoryId}|${f.version}`;

/** The tab's findings across its frames, each advisory and version once. */
function flatten(frames: TabFindings): AdvisoryFinding[] {
  const seen = new Set<string>();
  return Object.values(frames)
    .flatMap((frame) => (Array.isArray(frame?.findings) ? frame.findings : []))
    .filter((f) => {
      const k = findingKey(f);
      if (seen.has(k)) return false;
      seen.add(k);
      return true;
    });
}

function markerTitle(findings: AdvisoryFinding[]): string | null {
  if (!findings.length) return null;
  const ids = [...new Set(findings.flatMap((f) => f.cves.map((c) => c.id)))];
  return message('advisoryBadge', [ids.slice(0, 4).join(', ') + (ids.length > 4 ? ', …' : '')]);
}

async function refreshBadge(tabId: number): Promise<void> {
  await messagesReady();
  markAdvisory(tabId, markerTitle(flatten(await tabFindings(tabId))));
  const shown = await getTabVerdict(tabId);
  if (shown) await showBadge(tabId, shown);
}

const reportBudget = new Map<number, Set<string>>();
/** Facts judged since the worker started (for the tests: a page's read has arrived). */
let factsJudged = 0;

/** One report per console and version (remembered across sessions), a few per tab at most. */
async function reportOnce(tabId: number, origin: string, findings: AdvisoryFinding[]): Promise<void> {
  const { values } = await settings.get();
  if (!values.reportUrl) return;
  const byVersion = new Map<string, AdvisoryFinding[]>();
  for (const f of findings) {
    const k = `${f.component ?? ''}|${f.version}`;
    byVersion.set(k, [...(byVersion.get(k) ?? []), f]);
  }
  const reported = ((await browser.storage.local.get(REPORTED_KEY))[REPORTED_KEY] as string[] | undefined) ?? [];
  let changed = false;
  for (const group of byVersion.values()) {
    const first = group[0]!;
    const ids = [...new Set(group.flatMap((f) => f.cves.map((c) => c.id)))].sort();
    const key = `${first.product}|${origin}|${first.component ?? ''}|${first.version}|${ids.join(',')}`;
    if (reported.includes(key)) continue;
    const budget = reportBudget.get(tabId) ?? new Set<string>();
    if (budget.size >= REPORTS_PER_TAB && !budget.has(key)) continue;
    budget.add(key);
    if (reportBudget.size > 1000) reportBudget.clear();
    reportBudget.set(tabId, budget);
    reported.push(key);
    changed = true;
    void reportEvent({
      type: 'consoleAdvisory',
      data: {
        product: first.product,
        origin,
        version: first.version.slice(0, 60),
        ...(first.component ? { component: first.component } : {}),
        ids,
        kev: [...new Set(group.flatMap((f) => f.cves.filter((c) => c.kevDateAdded).map((c) => c.id)))].sort(),
        advisories: group.map((f) => f.advisoryId),
      },
    });
  }
  if (changed) await browser.storage.local.set({ [REPORTED_KEY]: reported.slice(-MAX_REPORTED) });
}

export const advisoryHandlers: FeatureHandlers<'advisory/facts' | 'advisory/forTab'> = {
  async 'advisory/facts'(req, { sender }) {
    // A look-alike's "version" is the phisher's to choose: it gets the full-page warning, nothing else.
    const verdict = await consoleFrameVerdict(sender);
    const facts = boundFacts(req.facts);
    if (!verdict || !facts) return null;
    const product = verdict.detection.productId;
    const findings = matchAdvisories(await currentTable(), product, extractVersions(product, facts));
    const doc = (sender as { documentId?: string }).documentId ?? verdict.frameUrl;
    await updateSession<TabFindings>(sessionKey(verdict.tabId), (frames = {}) => {
      const before = frames[String(verdict.frameId)];
      const known = before?.doc === doc && Array.isArray(before.findings) ? before.findings : [];
      const added = findings.filter((f) => !known.some((k) => findingKey(k) === findingKey(f)));
      const top = originOf(verdict.frameId === 0 ? verdict.frameUrl : verdict.topUrl);
      return { ...frames, [String(verdict.frameId)]: { doc, ...(top ? { top } : {}), findings: [...known, ...added].slice(0, MAX_FINDINGS_PER_FRAME) } };
    });
    await refreshBadge(verdict.tabId);
    if (findings.length) await reportOnce(verdict.tabId, new URL(verdict.frameUrl).origin, findings);
    factsJudged++;
    return findings;
  },
  async 'advisory/forTab'(req) {
    const findings = flatten(await tabFindings(req.tabId));
    return findings.length ? findings : null;
  },
};

/** Registers the daily alarm, the navigation cleanup and the feed refresh when the URL changes. */
export function watchAdvisories(): void {
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === ALARM) void refreshFeed();
  });
  void browser.alarms.get(ALARM).then((existing) => {
    if (!existing) void browser.alarms.create(ALARM, { periodInMinutes: 24 * 60, delayInMinutes: 1 });
  });
  // A single-page console's route change keeps its findings; a new document starts without. A document the tab
  // left keeps them parked: Back/Forward may bring it back from the back/forward cache, where nothing reads it again.
  onTopNavigation(async (tabId, url, lives) => {
    const frames = await tabFindings(tabId);
    const gone = new Set<string>();
    await Promise.all(Object.entries(frames).map(async ([frameId, f]) => !(await lives(f?.doc)) && gone.add(`${frameId}|${f?.doc}`)));
    if (gone.size) {
      await leftFindings.park(
        tabId,
        Object.entries(frames)
          .filter(([frameId, f]) => gone.has(`${frameId}|${f?.doc}`) && typeof f?.doc === 'string')
          .map(([frameId, f]) => ({ documentId: f.doc, topOrigin: typeof f.top === 'string' ? f.top : '', state: { frameId, findings: f } })),
      );
      // Judged afresh in the write: findings of the new document may have arrived meanwhile.
      await updateSession<TabFindings>(sessionKey(tabId), (current = {}) => {
        const kept = Object.entries(current).filter(([frameId, f]) => !gone.has(`${frameId}|${f?.doc}`));
        return kept.length ? Object.fromEntries(kept) : null;
      });
    }
    const back = await leftFindings.restore(tabId, url, lives);
    if (back.length)
      await updateSession<TabFindings>(sessionKey(tabId), (current = {}) => ({ ...current, ...Object.fromEntries(back.map((d) => [d.state.frameId, d.state.findings])) }));
    if (gone.size || back.length) await refreshBadge(tabId);
  });
  browser.tabs.onRemoved.addListener((tabId) => {
    markAdvisory(tabId, null);
    reportBudget.delete(tabId);
    void leftFindings.forget(tabId);
    void updateSession(sessionKey(tabId), () => null);
  });
  // A worker restart keeps the markers: they live in session storage too.
  void browser.storage.session.get(null).then((all) => {
    for (const [k, v] of Object.entries(all)) if (k.startsWith('advisory:')) markAdvisory(Number(k.slice(9)), markerTitle(flatten(v as TabFindings)));
  });
  let lastUrl: string | undefined;
  void settings.get().then((eff) => {
    if (lastUrl !== undefined) return;
    lastUrl = eff.values.advisoriesUrl;
    if (lastUrl) void refreshFeed();
  });
  settings.onChange((eff) => {
    const url = eff.values.advisoriesUrl;
    if (url === lastUrl) return;
    const first = lastUrl === undefined;
    lastUrl = url;
    if (url) void refreshFeed(!first);
  });
  testHooks['refreshAdvisoryFeed'] = refreshFeed as (...args: never[]) => unknown;
  testHooks['advisoryFeedState'] = readFeed;
  testHooks['advisoryFactsJudged'] = () => factsJudged;
}
