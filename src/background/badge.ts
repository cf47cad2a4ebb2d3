import browser from 'webextension-polyfill';
import { message, messagesReady } from '../ui/message-bundle';
import type { TabVerdict } from '../core';

const STYLE: Record<TabVerdict['origin']['kind'], { text: string; color: string }> = {
  trusted: { text: '✓', color: '#1a7f37' },
  vendor: { text: '✓', color: '#1e4fa3' },
  unknown: { text: '?', color: '#b35900' },
  lookalike: { text: '!!', color: '#c62828' },
};

/** The tooltip is a contract read by acceptance tests: `3CX — trusted (pbx.acme.example)`. */
export function badgeTitle(v: TabVerdict): string {
  const o = v.origin;
  const name = v.detection.productName;
  switch (o.kind) {
    case 'trusted':
      return message('badgeTrusted', [name, o.host]);
    case 'vendor':
      return message('badgeVendor', [name, o.host]);
    case 'unknown':
      if (o.framedBy !== undefined) return message('badgeFramed', [name, o.framedBy || '?']);
      return message(o.insecure ? 'badgeUnknownInsecure' : 'badgeUnknown', [name, o.host]);
    case 'lookalike':
      return message('badgeLookalike', [name, o.lookalikeOf ?? o.host]);
  }
}

/** Tabs whose console revealed a version with known vulnerabilities: the tooltip's addition (features/advisories.ts). */
const advisoryMarks = new Map<number, string>();

/** Sets (or, with null, drops) the advisory marker of a tab; the next showBadge carries it. */
export function markAdvisory(tabId: number, title: string | null): void {
  if (title) advisoryMarks.set(tabId, title);
  else advisoryMarks.delete(tabId);
}

/** A feature's finding that outranks the origin's badge on a console that is no look-alike (policy: requireSecondFactor). */
export type BadgeOverride = (tabId: number, v: TabVerdict) => Promise<{ text: string; color: string; title: string } | null>;
let override: BadgeOverride | undefined;
export function setBadgeOverride(fn: BadgeOverride): void {
  override = fn;
}

export async function showBadge(tabId: number, v: TabVerdict): Promise<void> {
  await messagesReady();
  const extra = v.origin.kind !== 'lookalike' && override ? await override(tabId, v).catch(() => null) : null;
  const style = extra ?? STYLE[v.origin.kind];
  const mark = advisoryMarks.get(tabId);
  const titles = [badgeTitle(v), extra?.title, mark].filter(Boolean);
  await Promise.all([
    browser.action.setBadgeText({ tabId, text: mark ? `${style.text}⚠` : style.text }),
    browser.action.setBadgeBackgroundColor({ tabId, color: mark && v.origin.kind !== 'lookalike' ? '#c62828' : style.color }),
    browser.action.setTitle({ tabId, title: titles.join(' — ') }),
  ]);
}

/** Drops the tab's own badge so the global one (stale recovery emails) shows again. */
export async function clearBadge(tabId: number): Promise<void> {
  await messagesReady();
  // null, not '': an empty string would hide the global badge on this tab.
  await Promise.all([browser.action.setBadgeText({ tabId, text: null } as never), browser.action.setTitle({ tabId, title: message('extName') })]);
}
