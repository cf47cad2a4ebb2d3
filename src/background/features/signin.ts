import browser from 'webextension-polyfill';
import { message } from '../../ui/message-bundle';
import {
  classifyView,
  consoleName,
  IDLE,
  lastSignInText,
  matchOriginPattern,
  noSecondFactorFinding,
  parseSignInRecord,
  parseSignInState,
  parseSignInView,
  recordSignIn,
  secondFactorDoor,
  step,
  todayIn,
  type SignInEvent,
  type SignInRecord,
  type SignInStatus,
  type TabVerdict,
} from '../../core';
import { setBadgeOverride, showBadge } from '../badge';
import { now } from '../clock';
import { settings, testHooks, type Ctx, type FeatureHandlers } from '../context';
import { reportEvent } from '../reporting';
import { consoleFrameVerdict, getTabVerdict } from '../tab-state';

/**
 * The sign-in watcher: the console module reports a password submitted, an SSO hand-off and the views after them;
 * the state machine (core/signin) runs here, per tab, across the documents a sign-in passes through. What is kept
 * per console (storage.local) is how the last sign-ins went and on which days: never a password, never a code.
 */
const RECORDS_KEY = 'signinRecords';
const stateKey = (tabId: number) => `signin:${tabId}`;
/** Consoles remembered: a user who visits very many consoles keeps the most recent. */
const MAX_RECORDS = 200;

type Records = Record<string, SignInRecord & { name: string; product: string; origin: string }>;
type TabSignIn = { console: string; state: unknown };

/** Which console a sign-in belongs to: product and the frame's real origin (the browser's, not the page's). */
const consoleKeyOf = (v: TabVerdict) => `${v.detection.productId}|${new URL(v.frameUrl).origin}`;

async function nameOf(v: TabVerdict): Promise<string> {
  const origin = new URL(v.frameUrl).origin;
  const { values } = await settings.get();
  const entry = values.consoles.find((c) => c.product === v.detection.productId && c.origins.some((p) => matchOriginPattern(origin, p))) ?? values.consoles.find((c) => c.origins.some((p) => matchOriginPattern(origin, p)));
  return entry ? consoleName(entry) : `${v.detection.productName} (${new URL(v.frameUrl).host})`;
}

async function readRecords(): Promise<Records> {
  const raw = (await browser.storage.local.get(RECORDS_KEY))[RECORDS_KEY];
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return {};
  const out: Records = {};
  for (const [key, value] of Object.entries(raw as Record<string, unknown>)) {
    const record = parseSignInRecord(value);
    const v = value as Record<string, unknown>;
    if (record && typeof v['name'] === 'string' && typeof v['product'] === 'string' && typeof v['origin'] === 'string')
      out[key] = { ...record, name: v['name'].slice(0, 200), product: v['product'].slice(0, 64), origin: v['origin'].slice(0, 300) };
  }
  return out;
}

/** One read-modify-write at a time: two frames' messages must not overwrite each other's update. */
let chain: Promise<unknown> = Promise.resolve();
function serial<T>(fn: () => Promise<T>): Promise<T> {
  const next = chain.then(fn);
  chain = next.catch(() => undefined);
  return next;
}

async function statusOf(record: Records[string] | undefined, fallback?: { name: string; product: string; origin: string }): Promise<SignInStatus | null> {
  const base = record ?? fallback;
  if (!base) return null;
  const { values } = await settings.get();
  const finding = noSecondFactorFinding(record, { name: base.name, product: base.product });
  return {
    name: base.name,
    product: base.product,
    origin: base.origin,
    door: secondFactorDoor(record),
    ...(record ? { last: lastSignInText(record) } : {}),
    ...(finding ? { finding: { text: { en: finding.en, de: finding.de }, ...(finding.switchOn ? { switchOn: finding.switchOn } : {}), days: finding.data.days } } : {}),
    required: values.requireSecondFactor,
  };
}

/** Feeds one event to the tab's state machine; a verdict is recorded for the console (and reported when it raises the finding). */
function feed(sender: Ctx['sender'], event: (v: TabVerdict) => SignInEvent | null): Promise<{ verdict: TabVerdict & { tabId: number }; watching: boolean } | null> {
  return serial(async () => {
    const verdict = await consoleFrameVerdict(sender);
    if (!verdict) return null;
    const e = event(verdict);
    if (!e) return null;
    const key = consoleKeyOf(verdict);
    const stored = (await browser.storage.session.get(stateKey(verdict.tabId)))[stateKey(verdict.tabId)] as TabSignIn | undefined;
    // A sign-in begun on one console does not end on another one opened in the same tab.
    const state = stored?.console === key ? parseSignInState(stored.state) : IDLE;
    const result = step(state, e);
    await browser.storage.session.set({ [stateKey(verdict.tabId)]: { console: key, state: result.state } satisfies TabSignIn });
    if (result.verdict) {
      const day = todayIn(now());
      const records = await readRecords();
      const before = noSecondFactorFinding(records[key], { name: '', product: verdict.detection.productId });
      const name = await nameOf(verdict);
      const origin = new URL(verdict.frameUrl).origin;
      records[key] = { ...recordSignIn(records[key], result.verdict, day), name, product: verdict.detection.productId, origin };
      const kept = Object.entries(records)
        .sort(([, a], [, b]) => (a.lastDay < b.lastDay ? 1 : a.lastDay > b.lastDay ? -1 : 0))
        .slice(0, MAX_RECORDS);
      await browser.storage.local.set({ [RECORDS_KEY]: Object.fromEntries(kept) });
      const after = noSecondFactorFinding(records[key], { name, product: verdict.detection.productId });
      // Reported when it is raised and on each further day it is seen again; not for every page load.
      if (after && (!before || before.data.date !== after.data.date)) void reportEvent({ type: 'noSecondFactor', data: { product: verdict.detection.productId, console: name, origin, date: after.data.date } });
      const shown = await getTabVerdict(verdict.tabId);
      if (shown) await showBadge(verdict.tabId, shown);
    }
    return { verdict, watching: result.state.stage !== 'idle' };
  });
}

/** Under requireSecondFactor, a console with the finding: red badge, and a line in its tooltip. */
async function badgeOverride(_tabId: number, v: TabVerdict): Promise<{ text: string; color: string; title: string } | null> {
  if (v.origin.kind === 'lookalike') return null;
  const { values } = await settings.get();
  if (!values.requireSecondFactor) return null;
  const record = (await readRecords())[consoleKeyOf(v)];
  if (!record || !noSecondFactorFinding(record, record)) return null;
  return { text: '2FA', color: '#c62828', title: message('signinBadgeTitle', [record.name]) };
}

export const signinHandlers: FeatureHandlers<'signin/view' | 'signin/password' | 'signin/sso' | 'signin/forTab' | 'signin/all'> = {
  async 'signin/view'(req, { sender }) {
    const view = parseSignInView(req.view);
    if (!view) return null;
    const at = now().getTime();
    const fed = await feed(sender, (v) => ({ kind: 'view', at, view: classifyView(v.detection.productId, view) }));
    if (!fed) return null;
    const { values } = await settings.get();
    if (!values.requireSecondFactor) return { watching: fed.watching };
    const key = consoleKeyOf(fed.verdict);
    const record = (await readRecords())[key];
    const finding = record ? noSecondFactorFinding(record, record) : null;
    return finding ? { watching: fed.watching, banner: { text: { en: finding.en, de: finding.de }, ...(finding.switchOn ? { switchOn: finding.switchOn } : {}) } } : { watching: fed.watching };
  },
  async 'signin/password'(req, { sender }) {
    const at = now().getTime();
    const fed = await feed(sender, () => ({ kind: 'password', at, codeTyped: req.codeTyped === true }));
    return { ok: !!fed };
  },
  async 'signin/sso'(req, { sender }) {
    const at = now().getTime();
    const idp = typeof req.idp === 'string' && /^[a-z0-9.-]{1,253}$/i.test(req.idp) ? req.idp.toLowerCase() : undefined;
    const fed = await feed(sender, () => ({ kind: 'sso', at, ...(idp ? { idp } : {}) }));
    return { ok: !!fed };
  },
  async 'signin/forTab'(req) {
    const verdict = await getTabVerdict(req.tabId);
    if (!verdict || verdict.origin.kind === 'lookalike') return null;
    const record = (await readRecords())[consoleKeyOf(verdict)];
    return statusOf(record, { name: await nameOf(verdict), product: verdict.detection.productId, origin: new URL(verdict.frameUrl).origin });
  },
  async 'signin/all'() {
    const records = await readRecords();
    const out: SignInStatus[] = [];
    for (const record of Object.values(records)) {
      const status = await statusOf(record);
      if (status) out.push(status);
    }
    return out;
  },
};

export function watchSignIn(): void {
  setBadgeOverride(badgeOverride);
  browser.tabs.onRemoved.addListener((tabId) => void browser.storage.session.remove(stateKey(tabId)));
  testHooks['signinRecords'] = readRecords;
}
