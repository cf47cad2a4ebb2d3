import browser from 'webextension-polyfill';
import { createPwnedChecker, RULE_TEXT, sha1WithSubtle, signatureById, tierRequirements, type BreachVerdict, type EffectiveSettings, type RateContext, type RatingReason, type RatingSummary, type RuleId, type TabRatingInfo, type TabVerdict, type TierId } from '../../core';
import { codePointLength, firstCodePoints } from '../../core/rate/text';
import { settings, testHooks, type FeatureHandlers } from '../context';
import { askEngine, watchEngine } from '../engine-client';
import { reportEvent } from '../reporting';
import { rememberConsolePassword } from './reuse';
import { consoleFrameVerdict, getTabVerdict } from '../tab-state';

/**
 * Password rating for the in-page meter. The page sends what the user types; the engine (offscreen worker)
 * rates it; the answer carries the verdict and the reasons, never the password. Nothing here keeps a password:
 * no cache of ratings, no logs, no stats with values. What is remembered is *that* a console's login failed.
 */

/** Console key → the failed login's verdict. In storage.local: rule ids and a date, no password data. */
const WEAK_LOGINS_KEY = 'weakLogins';
const lastRatingKey = (tabId: number) => `rating:${tabId}`;
/** Longest context value the page may send (a user name, an email, an extension number). */
const MAX_CONTEXT = 256;

type WeakLogins = Record<string, { failed: RuleId[]; tier: TierId; at: number }>;

/** Figures for the e2e tests and the report (timings only, never values). */
const ratingStats = { requests: 0, lastMs: 0, maxMs: 0, firstMs: null as number | null, onlineChecks: 0, recentMs: [] as number[] };

const pwned = createPwnedChecker({ fetch: (url, init) => fetch(url, init), sha1: sha1WithSubtle(crypto.subtle) });

const clip = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() ? v.trim().slice(0, MAX_CONTEXT) : undefined);
/** Which console a weak sign-in belongs to: product and the frame's real origin. */
const weakLoginKey = (v: TabVerdict) => `${v.detection.productId}|${new URL(v.frameUrl).origin}`;

async function readWeakLogins(): Promise<WeakLogins> {
  const raw = (await browser.storage.local.get(WEAK_LOGINS_KEY))[WEAK_LOGINS_KEY];
  return raw && typeof raw === 'object' && !Array.isArray(raw) ? (raw as WeakLogins) : {};
}

async function updateWeakLogins(fn: (w: WeakLogins) => void): Promise<void> {
  const all = await readWeakLogins();
  fn(all);
  await browser.storage.local.set({ [WEAK_LOGINS_KEY]: all });
}

function rateContext(verdict: TabVerdict, sent: { username?: unknown; email?: unknown; extension?: unknown } | undefined): RateContext {
  const username = clip(sent?.username);
  const email = clip(sent?.email);
  const extension = clip(sent?.extension);
  return {
    product: verdict.detection.productName,
    productTokens: signatureById(verdict.detection.productId)?.nameTokens ?? [],
    host: new URL(verdict.frameUrl).hostname,
    ...(username ? { username } : {}),
    ...(email ? { email } : {}),
    ...(extension ? { extension } : {}),
  };
}

/** The engine's rating of `password` in the console of `verdict`, under the configured tier and breach check. */
function rateInConsole(values: EffectiveSettings['values'], verdict: TabVerdict, password: string, sent: Parameters<typeof rateContext>[1], online?: BreachVerdict) {
  return askEngine({
    op: 'rate',
    password,
    tier: values.passwordTier,
    customTier: values.customTier,
    context: rateContext(verdict, sent),
    breachCheck: values.breachCheck,
    ...(online !== undefined ? { online } : {}),
  });
}

/** What the page gets back: the verdict and reasons, never the password. */
function summaryOf(rating: Awaited<ReturnType<typeof rateInConsole>>, reasons: RatingReason[], seq: number, final: boolean): RatingSummary {
  return { seq, passes: rating.passes, failed: rating.failed, score: rating.score, reasons, tier: rating.tier, breach: rating.breach, final };
}

/** What the meter's stand-in is rated as (see 'rate/sample'): one ordinary character, a user's likely first key. */
const SAMPLE_VALUE = 'a';

export const ratingHandlers: FeatureHandlers<'rate/password' | 'rate/sample' | 'rate/warm' | 'rating/forTab'> = {
  async 'rate/warm'(_req, { sender }) {
    if (!(await consoleFrameVerdict(sender))) return { ok: false };
    void askEngine({ op: 'warm' }).catch(() => undefined);
    return { ok: true };
  },

  async 'rate/sample'(req, { sender }) {
    const verdict = await consoleFrameVerdict(sender);
    if (!verdict) return null;
    const { values } = await settings.get();
    const rating = await rateInConsole(values, verdict, SAMPLE_VALUE, req.context);
    return summaryOf(rating, rating.reasons, 0, false);
  },

  async 'rate/password'(req, { sender }) {
    const started = performance.now();
    const verdict = await consoleFrameVerdict(sender);
    if (!verdict) return null;
    const { values } = await settings.get();
    const tier = tierRequirements(values.passwordTier, values.customTier);
    // Nothing longer than the tier allows goes further than this line: one more character proves "too long".
    const password = firstCodePoints(typeof req.password === 'string' ? req.password : '', tier.maxLength + 1);
    const length = Math.max(codePointLength(password), Number.isSafeInteger(req.length) ? Number(req.length) : 0);
    const final = req.final === true || req.use === true;

    let online: BreachVerdict | undefined;
    if (final && values.breachCheck === 'online' && length > 0 && length <= tier.maxLength) {
      ratingStats.onlineChecks++;
      online = await pwned(password);
    }
    const rating = await rateInConsole(values, verdict, password, req.context, online);
    const reasons = rating.reasons.map((r) => (r.rule === 'maxLength' && length > rating.length ? { ...r, ...RULE_TEXT.maxLength(tier.maxLength, length) } : r));
    const role = req.field?.role ?? 'other';
    const form = req.field?.form ?? 'other';

    await browser.storage.session.set({
      [lastRatingKey(verdict.tabId)]: {
        role,
        form,
        passes: rating.passes,
        failed: rating.failed,
        reasons,
        tier: rating.tier,
        product: verdict.detection.productName,
        at: Date.now(),
      } satisfies TabRatingInfo['last'],
    });
    if (req.use === true && length > 0) await recordUse(verdict, role, form, rating.passes, rating.failed, values.passwordTier);
    if (req.use === true && typeof req.password === 'string') void rememberConsolePassword(verdict, role, form, req.password);

    const ms = Math.round((performance.now() - started) * 10) / 10;
    ratingStats.requests++;
    ratingStats.lastMs = ms;
    ratingStats.maxMs = Math.max(ratingStats.maxMs, ms);
    ratingStats.firstMs ??= ms;
    ratingStats.recentMs.push(ms);
    if (ratingStats.recentMs.length > 100) ratingStats.recentMs.shift();
    return summaryOf(rating, reasons, Number(req.seq) || 0, final);
  },

  async 'rating/forTab'(req) {
    const last = (await browser.storage.session.get(lastRatingKey(req.tabId)))[lastRatingKey(req.tabId)] as TabRatingInfo['last'] | undefined;
    const verdict = await getTabVerdict(req.tabId);
    const weak = verdict && verdict.origin.kind !== 'lookalike' ? (await readWeakLogins())[weakLoginKey(verdict)] : undefined;
    if (!last && !weak) return null;
    return {
      ...(last ? { last } : {}),
      ...(weak ? { weakLogin: { failed: weak.failed, tier: weak.tier, at: weak.at } } : {}),
    };
  },
};

/** A password is being used: a failing login is remembered (that it failed) and reported; so is a weak new password. */
async function recordUse(verdict: TabVerdict, role: string, form: string, passes: boolean, failed: RuleId[], tier: TierId): Promise<void> {
  const key = weakLoginKey(verdict);
  const origin = new URL(verdict.frameUrl).origin;
  const product = verdict.detection.productId;
  if (role === 'current' && form === 'login') {
    await updateWeakLogins((all) => {
      if (passes) delete all[key];
      else all[key] = { failed, tier, at: Date.now() };
    });
  } else if (role === 'new' && form === 'changePassword' && passes) {
    await updateWeakLogins((all) => void delete all[key]);
  }
  if (!passes && (role === 'current' || role === 'new')) {
    const reportForm = (['login', 'changePassword', 'newUser', 'newExtension'] as const).find((f) => f === form) ?? 'other';
    void reportEvent({ type: 'weakPassword', data: { product, origin, tier, failedRules: failed, form: reportForm } });
  }
}

export function watchRating(): void {
  watchEngine();
  browser.tabs.onRemoved.addListener((tabId) => void browser.storage.session.remove(lastRatingKey(tabId)));
  testHooks['ratingStats'] = async () => ({ worker: { ...ratingStats, recentMs: [...ratingStats.recentMs] }, engine: await askEngine({ op: 'stats' }).catch(() => null) });
}
