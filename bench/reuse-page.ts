/**
 * Reuse protection on an ordinary sign-in page (a shop's login, not a console): what the watcher costs while the user
 * types, and how soon a console's password typed there brings up the warning.
 *  - main-thread time per keystroke: steady typing (8 keys a second) traced, split at each keydown, rounds alternating
 *    with and without the extension (as for the meter, see rating-page.ts); once with fingerprints stored (the
 *    watcher is injected and every value from six characters on goes to the worker) and once without (no watcher).
 *  - keystroke → warning: the password minus its last character is filled in, then the last key pressed; from its
 *    keydown to the warning's element in the page, recorded in the extension's isolated world. One fresh tab per
 *    sample (the per-tab budget allows three warnings per tab).
 * The fingerprint is written straight into storage, made by the extension's own derivation with a known salt.
 */
import type { Page } from 'playwright-core';
// fingerprint.ts only: the store module pulls in the origin code, whose punycode import tsx cannot resolve.
import { deriveFingerprint, PBKDF2_ITERATIONS, prefilterTag } from '../src/core/reuse/fingerprint';
import type { FixtureServer } from '../test/e2e/fixture-server';
import { measuredPage, sleep, typingTrace, workerOf, type Instance, type TypingWindows } from './browser';
import { PASSWORD_KINDS } from './rating';
import { median, summarize, type Summary } from './stats';

const HOST = 'shop.example';
const PATH = '/account/login';
const FIELD = '#CustomerPassword';
const WORLD = 'Admin Console Guard';
const PASSWORD = 'Blue-Falcon-Rides-42!';
const SALT = '0f1e2d3c4b5a69788796a5b4c3d2e1f0';

export interface ReuseBenchResult {
  perKeyAdded: { withFingerprints: Summary; withoutFingerprints: Summary };
  latency: Summary;
  misses: number;
  /** The worker's slow comparison (PBKDF2) during the latency samples, ms. */
  slowCheckMs: Summary;
}

export async function storeFingerprint(inst: Instance, server: FixtureServer, on: boolean): Promise<void> {
  const sw = await workerOf(inst);
  const origin = server.origin('pbx.acme.example');
  const settings = { version: 1, consoles: [{ product: '3cx', label: 'ACME PBX', origins: [origin] }] };
  if (!on) {
    await sw.evaluate((s) => chrome.storage.local.remove('reuseFingerprints').then(() => chrome.storage.local.set({ settings: s })), settings);
    return;
  }
  const [fp, tag] = await Promise.all([deriveFingerprint(crypto.subtle, SALT, PASSWORD, PBKDF2_ITERATIONS), prefilterTag(crypto.subtle, SALT, PASSWORD)]);
  // The store's shape (src/core/reuse/store.ts, version 1); a store the extension refused would show as misses.
  const store = {
    version: 1,
    salt: SALT,
    iterations: PBKDF2_ITERATIONS,
    consoles: { [`3cx|${origin}`]: { product: '3cx', name: 'ACME PBX', origins: [origin], fingerprints: [{ fp, tag, at: Date.now(), source: 'signIn' }] } },
    reportedShared: [],
  };
  await sw.evaluate(([s, r]) => chrome.storage.local.set({ settings: s, reuseFingerprints: r }), [settings, store] as const);
}

async function openSignIn(inst: Instance, server: FixtureServer): Promise<Awaited<ReturnType<typeof measuredPage>>> {
  const m = await measuredPage(inst);
  await m.page.goto(server.url(HOST, PATH), { waitUntil: 'load' });
  await sleep(400);
  return m;
}

async function perKeyAdded(withExt: Instance, without: Instance, server: FixtureServer, text: string, rounds: number): Promise<Summary> {
  const withRuns: TypingWindows[] = [];
  const withoutRuns: TypingWindows[] = [];
  for (let round = 0; round < rounds; round++) {
    withRuns.push(await typingTrace(withExt, await openSignIn(withExt, server), FIELD, text));
    withoutRuns.push(await typingTrace(without, await openSignIn(without, server), FIELD, text));
  }
  const level = withoutRuns.map((r) => median(r.main));
  const profile = (i: number) => median(withoutRuns.map((r, k) => (r.main[i] ?? Number.NaN) - level[k]!).filter(Number.isFinite));
  return summarize(withRuns.flatMap((r, k) => r.main.map((x, i) => x - level[k]! - profile(i))).filter(Number.isFinite));
}

/** keydown of the last key → the warning's host element in the page, in page time (ms); null when none came. */
async function warningLatency(page: Page, cdp: Awaited<ReturnType<typeof measuredPage>>['cdp']): Promise<number | null> {
  const contexts: { id: number; name: string; auxData?: { type?: string } }[] = [];
  const onContext = (e: { context: (typeof contexts)[number] }) => contexts.push(e.context);
  cdp.on('Runtime.executionContextCreated', onContext);
  await cdp.send('Runtime.enable');
  cdp.off('Runtime.executionContextCreated', onContext);
  const world = contexts.filter((c) => c.auxData?.type === 'isolated' && c.name === WORLD).pop();
  if (!world) return null;
  await cdp.send('Runtime.evaluate', {
    contextId: world.id,
    expression: `(() => { const l = (globalThis.__acgReuse = { key: 0, shown: 0 });
      addEventListener('keydown', (e) => { l.key = e.timeStamp; }, true);
      new MutationObserver(() => { if (!l.shown && document.querySelector('acg-guard')) l.shown = performance.now(); }).observe(document.documentElement, { childList: true, subtree: true }); })()`,
  });
  await page.locator(FIELD).fill(PASSWORD.slice(0, -1));
  await sleep(300);
  await page.locator(FIELD).press(PASSWORD.slice(-1));
  const deadline = Date.now() + 3000;
  for (;;) {
    const { result } = await cdp.send('Runtime.evaluate', { contextId: world.id, returnByValue: true, expression: 'globalThis.__acgReuse' });
    const l = result.value as { key: number; shown: number };
    if (l.shown) return l.shown - l.key;
    if (Date.now() > deadline) return null;
    await sleep(10);
  }
}

export async function measureReuse(withExt: Instance, without: Instance, server: FixtureServer, options: { typed: number; rounds: number; samples: number }): Promise<ReuseBenchResult> {
  server.add({ host: HOST, path: PATH, file: 'ordinary/shop-login.html' });
  const text = PASSWORD_KINDS.random(options.typed);
  await storeFingerprint(withExt, server, false);
  const withoutFingerprints = await perKeyAdded(withExt, without, server, text, options.rounds);
  await storeFingerprint(withExt, server, true);
  const withFingerprints = await perKeyAdded(withExt, without, server, text, options.rounds);

  const latency: number[] = [];
  let misses = 0;
  const sw = await workerOf(withExt);
  const slowBefore = await sw.evaluate(() => (globalThis as unknown as { acgTest: { reuseStats: () => { slowChecks: number } } }).acgTest.reuseStats().slowChecks);
  for (let i = 0; i < options.samples; i++) {
    const { page, cdp } = await openSignIn(withExt, server);
    const ms = await warningLatency(page, cdp);
    if (ms === null) misses++;
    else latency.push(ms);
    await page.close();
  }
  const stats = await sw.evaluate(() => (globalThis as unknown as { acgTest: { reuseStats: () => { slowChecks: number; recentSlowMs: number[] } } }).acgTest.reuseStats());
  const slowCheckMs = summarize(stats.recentSlowMs.slice(-Math.min(stats.slowChecks - slowBefore, 100)));
  await storeFingerprint(withExt, server, false);
  return { perKeyAdded: { withFingerprints, withoutFingerprints }, latency: summarize(latency), misses, slowCheckMs };
}
