/**
 * Rating in the page: the 3CX login fixture on an allow-listed origin, its password field typed into as a user
 * would (CDP key events). Two measurements:
 *  - keystroke → verdict: a probe evaluated in the extension's own isolated world (the meter lives in a closed
 *    shadow root no page script can read; chrome.dom.openOrClosedShadowRoot can) records keydown/input times and
 *    every change of the meter that leaves a verdict showing; the latency is from the key to the first such change
 *    (a new value keeps the previous verdict on screen until its own arrives). Each sample types one key
 *    onto a prefix already in the field (lengths 8…72), so every sample is a fresh rating of that length.
 *  - main-thread time per keystroke: traces of steady typing (8 keys a second), split at each keydown, in rounds
 *    that alternate with and without the extension; per key, the renderer main thread's CPU time (all its tasks:
 *    input, scripts, style, layout, paint) with the extension minus the same round's median key without it and that
 *    key's usual excess over the median key without it (over all rounds), and the CPU
 *    time of the extension's own event and timer callbacks (its promise callbacks run in microtask checkpoints,
 *    which the trace does not attribute to a script: they count in the whole, not here).
 */
import type { CDPSession, Page } from 'playwright-core';
import type { FixtureServer } from '../test/e2e/fixture-server';
import { badgeAfter, measuredPage, sleep, typingTrace, workerOf, type Instance, type TypingWindows } from './browser';
import { PASSWORD_KINDS } from './rating';
import { median, summarize, type Summary } from './stats';

const HOST = 'pbx.acme.example';
const PATH = '/webclient/';
const FIELD = '#passwordInput';
/** The isolated world Chromium gives the extension's content scripts is named after the extension. */
const WORLD = 'Admin Console Guard';


export interface InPageRatingResult {
  /** keystroke → meter changed, ms, per sample; `misses`: no change within the time limit. */
  latency: Summary;
  latencyByLength: Record<number, number[]>;
  paste: Summary;
  misses: number;
  /** Per key while typing: the extension's script CPU time (trace, tdur), and the main thread's whole CPU time. */
  perKeyExtensionMs: Summary;
  perKeyMainThreadMs: { with: Summary; without: Summary };
  /** Per key: the main thread's CPU time with the extension minus what the same key costs without it (see above). */
  perKeyAddedMs: Summary;
  /** Click into the field → first key (the meter is prepared unseen then): median with minus median without, ms. */
  focusAddedMs: number;
}

async function openConsole(inst: Instance, server: FixtureServer): Promise<{ page: Page; cdp: CDPSession }> {
  const { page, cdp } = await measuredPage(inst);
  const t0 = Date.now();
  await page.goto(`${server.url(HOST, PATH)}#/login`, { waitUntil: 'load' });
  if (inst.label === 'with') await badgeAfter(inst, t0);
  await sleep(300);
  return { page, cdp };
}

/** Installs the probe in the extension's isolated world; returns a reader of what it recorded since the last read. */
async function probe(cdp: CDPSession): Promise<() => Promise<{ keys: number[]; inputs: number[]; meter: number[] }>> {
  const contexts: { id: number; name: string; auxData?: { type?: string } }[] = [];
  const onContext = (e: { context: { id: number; name: string; auxData?: { type?: string } } }) => contexts.push(e.context);
  cdp.on('Runtime.executionContextCreated', onContext);
  await cdp.send('Runtime.enable');
  cdp.off('Runtime.executionContextCreated', onContext);
  const world = contexts.filter((c) => c.auxData?.type === 'isolated' && c.name === WORLD).pop();
  if (!world) throw new Error('the extension has no isolated world on the console page');
  const install = `(() => {
    const log = (globalThis.__acgBench = { keys: [], inputs: [], meter: [] });
    addEventListener('keydown', (e) => log.keys.push(e.timeStamp), true);
    addEventListener('input', (e) => log.inputs.push(e.timeStamp), true);
    const seen = new WeakSet();
    const watch = (host) => {
      if (seen.has(host)) return;
      seen.add(host);
      const root = chrome.dom.openOrClosedShadowRoot(host);
      // A change that leaves a verdict showing (not "checking…", not hidden) is the answer.
      // (The stand-in prepared when the field is entered is aria-hidden: not a verdict.)
      const verdict = () => { const m = root.querySelector('.meter'); return !!m && !m.hidden && !m.hasAttribute('aria-hidden') && (m.classList.contains('pass') || m.classList.contains('fail')); };
      if (root) new MutationObserver(() => { if (verdict()) log.meter.push(performance.now()); }).observe(root, { subtree: true, childList: true, characterData: true, attributes: true });
    };
    const scan = () => document.querySelectorAll('acg-guard').forEach(watch);
    scan();
    new MutationObserver(scan).observe(document.body, { childList: true, subtree: true });
  })()`;
  await cdp.send('Runtime.evaluate', { contextId: world.id, expression: install });
  return async () => {
    const { result } = await cdp.send('Runtime.evaluate', {
      contextId: world.id,
      returnByValue: true,
      expression: `(() => { const l = globalThis.__acgBench; const out = { keys: l.keys, inputs: l.inputs, meter: l.meter }; l.keys = []; l.inputs = []; l.meter = []; return out; })()`,
    });
    return result.value as { keys: number[]; inputs: number[]; meter: number[] };
  };
}

/** Waits for the meter's first change after `since` (page time); null after `timeoutMs`. */
async function nextMeterChange(read: Awaited<ReturnType<typeof probe>>, timeoutMs: number): Promise<{ start: number | undefined; at: number | null }> {
  const deadline = Date.now() + timeoutMs;
  let start: number | undefined;
  for (;;) {
    const got = await read();
    start ??= got.keys[0] ?? got.inputs[0];
    const at = start === undefined ? undefined : got.meter.find((t) => t >= start!);
    if (at !== undefined) return { start, at };
    if (Date.now() > deadline) return { start, at: null };
    await sleep(10);
  }
}

export async function measureInPageRating(withExt: Instance, without: Instance, server: FixtureServer, options: { lengths: number[]; kinds: (keyof typeof PASSWORD_KINDS)[]; pasteRuns: number; typed: number; typingRounds: number }): Promise<InPageRatingResult> {
  server.add({ host: HOST, path: PATH, file: 'pbx/3cx-login.html' });
  const origin = server.origin(HOST);
  await (await workerOf(withExt)).evaluate((o) => chrome.storage.local.set({ settings: { version: 1, consoles: [{ product: '3cx', origins: [o] }] } }), origin);

  // Keystroke → verdict.
  const { page, cdp } = await openConsole(withExt, server);
  const read = await probe(cdp);
  const field = page.locator(FIELD);
  await field.click();
  const latency: number[] = [];
  const byLength: Record<number, number[]> = {};
  let misses = 0;
  for (const kind of options.kinds) {
    const pw = PASSWORD_KINDS[kind](Math.max(...options.lengths));
    for (const n of options.lengths) {
      // The prefix is rated first, so no request is in flight when the key goes in.
      await read();
      await field.fill(pw.slice(0, n - 1));
      await nextMeterChange(read, 3000);
      await sleep(50);
      await read();
      await page.keyboard.press(pw[n - 1]!);
      const { start, at } = await nextMeterChange(read, 3000);
      if (start === undefined || at === null) {
        misses++;
        continue;
      }
      latency.push(at - start);
      (byLength[n] ??= []).push(at - start);
    }
  }
  // A 100,000-character paste (fill: one input event with the whole value).
  const paste: number[] = [];
  for (let i = 0; i < options.pasteRuns; i++) {
    await field.fill('');
    await sleep(150);
    await read();
    await field.fill(PASSWORD_KINDS.random(100_000));
    const { start, at } = await nextMeterChange(read, 5000);
    if (start === undefined || at === null) misses++;
    else paste.push(at - start);
    await sleep(200);
  }
  await page.close();

  // Main-thread time per key, with and without the extension, in alternating rounds. Each key is compared with the
  // round's own run without the extension (its median key: the machine's load drifts between rounds) plus what that
  // key costs over the median key without the extension, over all rounds (a page's first key costs it more than its
  // tenth with or without any extension).
  const text = PASSWORD_KINDS.random(options.typed);
  const withRuns: TypingWindows[] = [];
  const withoutRuns: TypingWindows[] = [];
  for (let round = 0; round < options.typingRounds; round++) {
    withRuns.push(await typingTrace(withExt, await openConsole(withExt, server), FIELD, text));
    withoutRuns.push(await typingTrace(without, await openConsole(without, server), FIELD, text));
  }
  const level = withoutRuns.map((r) => median(r.main));
  const profile = (i: number) => median(withoutRuns.map((r, k) => (r.main[i] ?? Number.NaN) - level[k]!).filter(Number.isFinite));
  const added = withRuns.flatMap((r, k) => r.main.map((x, i) => x - level[k]! - profile(i))).filter(Number.isFinite);
  if (process.env['ACG_BENCH_DEBUG']) for (const [k, r] of withRuns.entries()) console.error('added', r.main.map((x, i) => (x - level[k]! - profile(i)).toFixed(1)).join(' '));
  return {
    latency: summarize(latency),
    latencyByLength: byLength,
    paste: summarize(paste),
    misses,
    perKeyExtensionMs: summarize(withRuns.flatMap((r) => r.ext)),
    perKeyMainThreadMs: { with: summarize(withRuns.flatMap((r) => r.main)), without: summarize(withoutRuns.flatMap((r) => r.main)) },
    perKeyAddedMs: summarize(added),
    focusAddedMs: median(withRuns.map((r) => r.focus)) - median(withoutRuns.map((r) => r.focus)),
  };
}
