import browser from 'webextension-polyfill';
import type { TabVerdict } from '../core';
import { updateSession } from './session-update';

/**
 * What the extension knows about the consoles in each tab, per frame, kept in storage.session so a
 * service-worker restart does not forget it (session storage never reaches disk and content scripts cannot read it).
 */
type TabFrames = Record<string, TabVerdict>;
const key = (tabId: number) => `tab:${tabId}`;

const SEVERITY: Record<TabVerdict['origin']['kind'], number> = { lookalike: 3, unknown: 2, vendor: 1, trusted: 0 };

async function framesOf(tabId: number): Promise<TabFrames> {
  const got = await browser.storage.session.get(key(tabId));
  return (got[key(tabId)] as TabFrames | undefined) ?? {};
}

/** The verdict the badge and popup show for a tab: the most severe of its frames, the top frame on a tie. */
export async function getTabVerdict(tabId: number): Promise<TabVerdict | null> {
  const frames = Object.values(await framesOf(tabId));
  frames.sort((a, b) => SEVERITY[b.origin.kind] - SEVERITY[a.origin.kind] || a.frameId - b.frameId);
  return frames[0] ?? null;
}

export async function getFrameVerdicts(tabId: number): Promise<TabVerdict[]> {
  return Object.values(await framesOf(tabId));
}

export async function getFrameVerdict(tabId: number, frameId: number): Promise<TabVerdict | null> {
  return (await framesOf(tabId))[String(frameId)] ?? null;
}

/**
 * The verdict on a message's sending frame, when the extension detected a console there and it is no look-alike:
 * a look-alike gets the full-page warning, not help with the password it is phishing for.
 */
export async function consoleFrameVerdict(sender: { tab?: { id?: number }; frameId?: number }): Promise<(TabVerdict & { tabId: number }) | null> {
  const tabId = sender.tab?.id;
  if (tabId === undefined) return null;
  const verdict = await getFrameVerdict(tabId, sender.frameId ?? 0);
  if (!verdict || verdict.origin.kind === 'lookalike') return null;
  return { ...verdict, tabId };
}

/** Frames remembered per tab: a page that spawns frames without end must not fill session storage. */
const MAX_FRAMES_PER_TAB = 20;

export function setFrameVerdict(tabId: number, verdict: TabVerdict): Promise<void> {
  // One write at a time per tab: a navigation's clean-up must not overwrite a new document's verdict.
  return updateSession<TabFrames>(key(tabId), (frames) =>
    Object.fromEntries(
      Object.entries({ ...frames, [String(verdict.frameId)]: verdict })
        // The top frame always stays; of the others, the most recent.
        .sort(([, a], [, b]) => (a.frameId === 0 ? -1 : b.frameId === 0 ? 1 : b.at - a.at))
        .slice(0, MAX_FRAMES_PER_TAB),
    ),
  );
}

export async function tabsWithVerdicts(): Promise<number[]> {
  const all = await browser.storage.session.get(null);
  return Object.keys(all)
    .filter((k) => k.startsWith('tab:'))
    .map((k) => Number(k.slice(4)));
}

/** Drops the frame verdicts `gone` picks (read afresh: a verdict set meanwhile is judged too), all of them at the end. */
export function dropFrameVerdicts(tabId: number, gone: (v: TabVerdict) => boolean): Promise<void> {
  return updateSession<TabFrames>(key(tabId), (frames = {}) => {
    const kept = Object.entries(frames).filter(([, v]) => !gone(v));
    if (kept.length === Object.keys(frames).length) return undefined;
    return kept.length ? Object.fromEntries(kept) : null;
  });
}

export function clearTabVerdict(tabId: number): Promise<void> {
  return updateSession(key(tabId), () => null);
}
