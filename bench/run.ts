/**
 * npm run bench — the performance benchmark of issue 8 (not a test: it always exits 0 unless it crashes).
 * Builds the extension, runs headless Chromium instances (with and without the extension, floor extensions, peers;
 * same flags, runs alternated), prints a table of figures with their budgets and writes bench/results.json. See
 * bench/README.md.
 *
 *   npm run bench                 full run (~8–9 min on 2 cores)
 *   npm run bench -- --quick      fewer repetitions (a smoke run, ~3 min)
 *   npm run bench -- --no-build   use the existing dist/
 *   npm run bench -- --only=2,3   only these sections (1 bytes, 2 main thread, 3 detection, 4 rating, 5 cold start/memory,
 *                                 6 the five-page table of issue 16, 7 reuse)
 *   npm run bench -- --peer <dir>  peer mode: section 6 with this unpacked extension as a column too (repeatable)
 *   npm run bench -- --after=10 --lanes=1   section 6 read 10 s after load, one load at a time (defaults 3 s, 4)
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { FixtureServer } from '../test/e2e/fixture-server';
import { stopServiceWorker, type Harness } from '../test/e2e/harness';
import { ALL_FIXTURES, type Fixture } from '../test/fixtures';
import {
  EXTENSION_DIR,
  badgeAfter,
  extensionScriptTime,
  launchInstance,
  measuredPage,
  metricsOf,
  sleep,
  statsOf,
  traced,
  workerHeap,
  workerOf,
  floorExtension,
  emptyExtension,
  extensionName,
  type Instance,
  type Label,
} from './browser';
import { injectedBytes } from './bytes';
import { formatTable, measureTable, type TableResult } from './five-pages';
import { LOGIN_PAGE, SMALL_PAGE, largePage, spaPage } from './pages';
import { measureCoreRating } from './rating';
import { measureInPageRating } from './rating-page';
import { measureReuse, storeFingerprint } from './reuse-page';
import { median, round, summarize, type Summary } from './stats';

const args = process.argv.slice(2);
const argv = new Set(args);
const QUICK = argv.has('--quick');
/** `--peer <dir>` or `--peer=<dir>`, as often as there are peers. */
const PEERS = args.flatMap((a, i) => (a === '--peer' && args[i + 1] ? [args[i + 1]!] : a.startsWith('--peer=') ? [a.slice('--peer='.length)] : [])).map((d) => resolve(d));
/** `--name=<number>`, else the fallback. */
const numberOption = (name: string, fallback: number): number => {
  const v = args.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
  const n = v === undefined ? Number.NaN : Number(v);
  return Number.isFinite(n) && n > 0 ? n : fallback;
};
const ONLY = new Set(args.filter((a) => a.startsWith('--only=')).flatMap((a) => a.slice('--only='.length).split(',')));
// Peer mode measures the five-page table only, unless --only asks for more.
if (PEERS.length && ONLY.size === 0) ONLY.add('6');
/** Whether this run measures the figures of section `n` (all unless --only names sections). */
const wants = (n: string) => ONLY.size === 0 || ONLY.has(n);
const reps = (full: number) => (QUICK ? Math.max(2, Math.ceil(full / 3)) : full);

interface Figure {
  id: string;
  section: string;
  name: string;
  /** What the table shows. */
  value: string;
  budget: string;
  /** null: reported only, or not available. */
  holds: boolean | null;
  data?: unknown;
}

const figures: Figure[] = [];
const log = (s: string) => process.stderr.write(`${s}\n`);
const ms = (x: number, d = 2) => `${round(x, d)} ms`;

// ---------------------------------------------------------------------------------------------------------------
// 1. Bytes injected into every page

function figureBytes(): void {
  const { gzip, raw, files: perFile } = injectedBytes(EXTENSION_DIR);
  const files = perFile.map((f) => f.file);
  figures.push({
    id: 'injected-bytes',
    section: '1',
    name: 'Bytes injected into every page (gzip)',
    value: `${gzip} B gzip (${raw} B raw, ${files.length} file${files.length === 1 ? '' : 's'})`,
    budget: '≤ 3072 B',
    holds: gzip <= 3072,
    data: { gzip, raw, files: perFile },
  });
}

// ---------------------------------------------------------------------------------------------------------------
// 2. Main-thread time on ordinary pages

interface PageRun {
  /** Chromium's ScriptDuration and TaskDuration for the page's renderer (thread time), ms. */
  scriptMs: number;
  taskMs: number;
  /** From a trace (SPA only): main-thread time in the extension's scripts, and how many evaluations/callbacks. */
  extMs: number;
  extWallMs: number;
  extCalls: number;
  /** Seconds from the first to the last extension script event (SPA: does the detector go quiet?). */
  extSpanS: number;
  /** Snapshots the worker received from this page. */
  snapshots: number;
}

interface OrdinaryPage {
  key: string;
  name: string;
  html: string;
  path: string;
  runs: number;
  /** Waits after `load` until the page and the detector are done. */
  settle: (page: Page) => Promise<void>;
  /** `none`: reported with the floor beside it, no budget (see the sign-in page). */
  budget: { kind: 'ms'; max: number } | { kind: 'percent'; max: number } | { kind: 'none'; why: string };
  /** Also load it in the floor browser (see floorExtension). */
  floor?: boolean;
  /** Record a trace (costs time; needed to count the detector's callbacks). */
  trace?: boolean;
}

const SPA_MS = 5000;
const SPA_RATE = 1000;

async function loadOrdinary(inst: Instance, server: FixtureServer, p: OrdinaryPage, i: number): Promise<PageRun> {
  const url = server.add({ host: `${p.key}-${i}.${inst.label}.bench.example`, path: p.path, html: p.html });
  const { page, cdp } = await measuredPage(inst);
  const ours = inst.label === 'with' && inst.extensionId ? inst.extensionId : null;
  const before = ours ? (await statsOf(inst)).snapshots : 0;
  const load = async () => {
    await page.goto(url, { waitUntil: 'load' });
    await p.settle(page);
  };
  const events = p.trace ? (await traced(cdp, load)).events : (await load(), []);
  const m = await metricsOf(cdp);
  const ext = ours && p.trace ? extensionScriptTime(events, ours) : { ms: 0, wallMs: 0, calls: 0, lastTs: 0, firstTs: 0 };
  const snapshots = ours ? (await statsOf(inst)).snapshots - before : 0;
  await page.close();
  return {
    scriptMs: (m['ScriptDuration'] ?? 0) * 1000,
    taskMs: (m['TaskDuration'] ?? 0) * 1000,
    extMs: ext.ms,
    extWallMs: ext.wallMs,
    extCalls: ext.calls,
    extSpanS: ext.calls ? (ext.lastTs - ext.firstTs) / 1e6 : 0,
    snapshots,
  };
}

async function figureMainThread(withExt: Instance, without: Instance, floor: Instance, server: FixtureServer): Promise<void> {
  const settleMs = (n: number) => async () => sleep(n);
  const pages: OrdinaryPage[] = [
    { key: 'small', name: 'small page (article, ~25 elements)', html: SMALL_PAGE, path: '/', runs: reps(24), settle: settleMs(400), budget: { kind: 'ms', max: 1 }, floor: true },
    {
      key: 'login',
      name: 'small sign-in page (password field: snapshot sent)',
      html: LOGIN_PAGE,
      path: '/',
      runs: reps(10),
      settle: settleMs(500),
      // Issue 8 budgets the small page (no password field) at ≤ 1 ms. A page with a password field must reach the
      // worker, which alone costs more (the floor's figure): this row shows that worst case of an ordinary page.
      budget: { kind: 'none', why: 'reported (issue 8 sets none; the floor messages too)' },
      floor: true,
    },
    { key: 'large', name: '10,000-element page with a sign-in box', html: largePage(10_000), path: '/', runs: reps(8), settle: settleMs(600), budget: { kind: 'percent', max: 2 } },
    {
      key: 'spa',
      name: `SPA, ${SPA_RATE} DOM mutations/s for ${SPA_MS / 1000} s, sign-in box, pushState each second`,
      html: spaPage(SPA_RATE, SPA_MS),
      path: '/app',
      runs: reps(3),
      settle: async (page) => {
        await sleep(SPA_MS);
        for (let t = 0; t < 50 && (await page.title()) !== 'done'; t++) await sleep(100);
        await sleep(400);
      },
      budget: { kind: 'percent', max: 2 },
      trace: true,
    },
  ];
  for (const p of pages) {
    const browsers = p.floor ? [withExt, without, floor] : [withExt, without];
    log(`  main thread: ${p.key} × ${p.runs} (${browsers.map((b) => b.label).join(', ')})`);
    const runs: Record<Label, PageRun[]> = { with: [], without: [], floor: [], empty: [], peer: [] };
    for (let i = 0; i < p.runs; i++) {
      // Rotate which browser goes first, so drift in machine load hits all alike.
      for (let k = 0; k < browsers.length; k++) {
        const inst = browsers[(i + k) % browsers.length]!;
        runs[inst.label].push(await loadOrdinary(inst, server, p, i));
      }
    }
    const med = (label: Label, key: 'scriptMs' | 'taskMs') => median(runs[label].map((r) => r[key]));
    const addedScript = med('with', 'scriptMs') - med('without', 'scriptMs');
    const addedTask = med('with', 'taskMs') - med('without', 'taskMs');
    const taskWithout = med('without', 'taskMs');
    // A page with scripts of its own (the SPA) makes the ScriptDuration difference as noisy as its own script time:
    // there the detector's own CPU time, read from the trace, is the figure.
    const detectorMs = median(runs.with.map((r) => r.extMs));
    const added = p.trace ? detectorMs : addedScript;
    const addedPct = (100 * added) / taskWithout;
    const holds = p.budget.kind === 'none' ? null : p.budget.kind === 'ms' ? added <= p.budget.max : addedPct <= p.budget.max;
    const floorTask = p.floor ? med('floor', 'taskMs') - med('without', 'taskMs') : null;
    const floorScript = p.floor ? med('floor', 'scriptMs') - med('without', 'scriptMs') : null;
    const taskNote = `task +${ms(addedTask, 1)}${floorTask !== null ? ` (floor +${ms(floorTask, 1)})` : ''}, ×${round(med('with', 'taskMs') / taskWithout, 3)}`;
    const what = p.trace ? 'detector CPU (trace)' : 'script';
    const value =
      p.budget.kind !== 'percent'
        ? `${what} +${ms(added)} median${floorScript !== null ? ` (floor +${ms(floorScript)})` : ''}; ${taskNote}`
        : `${what} +${round(addedPct, 2)} % (${ms(added, 1)} of ${ms(taskWithout, 0)} task)${p.trace ? `; script +${ms(addedScript, 1)}` : ''}; ${taskNote}`;
    const w = runs.with;
    figures.push({
      id: `main-thread-${p.key}`,
      section: '2',
      name: `Main-thread time added: ${p.name}`,
      value,
      budget: p.budget.kind === 'none' ? p.budget.why : p.budget.kind === 'ms' ? `≤ ${p.budget.max} ms median` : `≤ ${p.budget.max} %`,
      holds,
      data: {
        addedScriptMs: round(addedScript, 3),
        addedPercentOfTask: round(addedPct, 3),
        addedTaskMs: round(addedTask, 2),
        floorAddedTaskMs: floorTask === null ? null : round(floorTask, 2),
        floorAddedScriptMs: floorScript === null ? null : round(floorScript, 3),
        taskRatio: round(med('with', 'taskMs') / taskWithout, 4),
        scriptMs: Object.fromEntries(Object.entries(runs).filter(([, r]) => r.length).map(([k, r]) => [k, summarize(r.map((x) => x.scriptMs))])),
        taskMs: Object.fromEntries(Object.entries(runs).filter(([, r]) => r.length).map(([k, r]) => [k, summarize(r.map((x) => x.taskMs))])),
        snapshotsSent: summarize(w.map((r) => r.snapshots)),
        ...(p.trace
          ? { detectorCpuMs: summarize(w.map((r) => r.extMs)), detectorWallMs: summarize(w.map((r) => r.extWallMs)), detectorCalls: summarize(w.map((r) => r.extCalls)) }
          : {}),
      },
    });
    if (p.key === 'spa') {
      // The detector is debounced (one evaluation per 250 ms at most) and capped per route: in 5 s with a route
      // change each second it may evaluate at most ~4 times a second. More means the observer runs unbounded.
      const maxSnapshots = Math.max(...w.map((r) => r.snapshots));
      const bound = Math.ceil(SPA_MS / 250) + 1;
      figures.push({
        id: 'spa-evaluations',
        section: '2',
        name: 'SPA: detector evaluations (snapshots sent to the worker) per run',
        value: `${maxSnapshots} max over ${w.length} runs; ${round(median(w.map((r) => r.extCalls)), 0)} detector callbacks for ${SPA_RATE * (SPA_MS / 1000)} mutations`,
        budget: `bounded: ≤ ${bound} (≤ 4/s)`,
        holds: maxSnapshots <= bound,
        data: { snapshots: w.map((r) => r.snapshots), callbacks: w.map((r) => r.extCalls), spanS: w.map((r) => round(r.extSpanS, 2)) },
      });
    }
  }
}

// ---------------------------------------------------------------------------------------------------------------
// 3. Detection latency, 5. cold start and memory (on console fixtures)

/** One fixture per product, SPA shells excluded (their console appears seconds after DOMContentLoaded by design). */
function consoleFixtures(): Fixture[] {
  const byProduct = new Map<string, Fixture>();
  for (const f of ALL_FIXTURES) {
    if (!f.expect || /spa/i.test(f.file) || byProduct.has(f.expect)) continue;
    byProduct.set(f.expect, f);
  }
  return [...byProduct.values()];
}

const fixtureUrl = (server: FixtureServer, f: Fixture) => `${server.url(f.host, f.path)}${f.hash ?? ''}`;

/** DOMContentLoaded of the page's current document, in epoch ms (same clock as the worker's stats). */
const dclEpoch = (page: Page) =>
  page.evaluate(() => performance.timeOrigin + (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).domContentLoadedEventStart);

async function figureDetection(inst: Instance, server: FixtureServer, fixtures: Fixture[]): Promise<void> {
  const runs = reps(16);
  log(`  detection latency × ${runs} (${fixtures.length} products)`);
  const total: number[] = [];
  const toWorker: number[] = [];
  const inWorker: number[] = [];
  const misses: string[] = [];
  for (let i = -1; i < runs; i++) {
    const f = fixtures[(i + fixtures.length) % fixtures.length]!;
    const page = await inst.context.newPage();
    const t0 = Date.now() - 1;
    await page.goto(fixtureUrl(server, f), { waitUntil: 'domcontentloaded' });
    const s = await badgeAfter(inst, t0);
    const dcl = await dclEpoch(page);
    await page.close();
    if (i < 0) continue; // warm-up
    if (!s) {
      misses.push(f.file);
      continue;
    }
    total.push(s.lastBadgeAt! - dcl);
    toWorker.push(s.lastSnapshotAt! - dcl);
    inWorker.push(s.lastBadgeAt! - s.lastSnapshotAt!);
  }
  const t = summarize(total);
  figures.push({
    id: 'detection-latency',
    section: '3',
    name: 'Detection latency: DOMContentLoaded → badge set (warm worker)',
    value: total.length
      ? `${ms(t.median, 1)} median, p99 ${ms(t.p99, 1)} (n=${t.n}; DCL→snapshot at worker ${ms(median(toWorker), 1)}, worker ${ms(median(inWorker), 1)})${misses.length ? `; ${misses.length} not detected` : ''}`
      : 'no console detected on any fixture',
    budget: '≤ 50 ms median',
    holds: total.length ? t.median <= 50 && misses.length === 0 : false,
    data: { total: t, dclToSnapshot: summarize(toWorker), workerSnapshotToBadge: summarize(inWorker), fixtures: fixtures.map((f) => f.file), misses },
  });
}

async function figureColdStart(inst: Instance, server: FixtureServer, fixtures: Fixture[]): Promise<void> {
  const runs = reps(3);
  log(`  service-worker cold start × ${runs}`);
  const h: Harness = { context: inst.context, server, extensionId: inst.extensionId!, worker: () => workerOf(inst), close: async () => {} };
  const dclToBadge: number[] = [];
  const wokenAfterNav: number[] = [];
  const startToReady: number[] = [];
  const snapshotToBadge: number[] = [];
  const heaps: number[] = [];
  for (let i = 0; i < runs; i++) {
    const f = fixtures[i % fixtures.length]!;
    await stopServiceWorker(h);
    const page = await inst.context.newPage();
    const t0 = Date.now() - 1;
    await page.goto(fixtureUrl(server, f), { waitUntil: 'domcontentloaded' });
    const s = await badgeAfter(inst, t0, 10_000);
    const dcl = await dclEpoch(page);
    const navStart = await page.evaluate(() => performance.timeOrigin);
    await page.close();
    if (!s) continue;
    dclToBadge.push(s.lastBadgeAt! - dcl);
    wokenAfterNav.push(s.startedAt! - navStart);
    startToReady.push(s.readyAt! - s.startedAt!);
    snapshotToBadge.push(s.lastBadgeAt! - s.lastSnapshotAt!);
    heaps.push(await workerHeap(inst));
  }
  const a = summarize(dclToBadge);
  figures.push({
    id: 'cold-start',
    section: '5',
    name: 'Service-worker cold start: DOMContentLoaded → badge set (stopped worker)',
    value: a.n
      ? `${ms(a.median, 0)} median, max ${ms(a.max, 0)} (n=${a.n}; worker woken ${ms(median(wokenAfterNav), 0)} after navigation start, start → ready ${ms(median(startToReady), 0)}, first snapshot → badge ${ms(median(snapshotToBadge), 0)})`
      : 'no verdict after a cold start',
    budget: 'reported (no budget set)',
    holds: null,
    data: { dclToBadge: a, workerWokenAfterNavigationStart: summarize(wokenAfterNav), workerStartToReady: summarize(startToReady), snapshotToBadge: summarize(snapshotToBadge) },
  });
  if (heaps.length)
    figures.push({
      id: 'heap-worker-fresh',
      section: '5',
      name: 'JS heap of the service worker (after GC): a fresh worker after its first verdict',
      value: `${round(median(heaps) / 1024, 0)} KB`,
      budget: 'reported (no budget set)',
      holds: null,
      data: { bytes: heaps },
    });
}

async function figureMemory(withExt: Instance, without: Instance, server: FixtureServer, fixtures: Fixture[]): Promise<void> {
  const runs = reps(5);
  log(`  memory × ${runs} pairs`);
  const heap: Record<Label, number[]> = { with: [], without: [], floor: [], empty: [], peer: [] };
  for (let i = 0; i < runs; i++) {
    const f = fixtures[i % fixtures.length]!;
    for (const inst of i % 2 ? [without, withExt] : [withExt, without]) {
      const { page, cdp } = await measuredPage(inst);
      const t0 = Date.now() - 1;
      await page.goto(fixtureUrl(server, f), { waitUntil: 'load' });
      if (inst.extensionId) await badgeAfter(inst, t0);
      await sleep(500);
      await cdp.send('HeapProfiler.collectGarbage');
      const { usedSize } = await cdp.send('Runtime.getHeapUsage');
      heap[inst.label].push(usedSize);
      await page.close();
    }
  }
  const added = median(heap.with) - median(heap.without);
  figures.push({
    id: 'heap-console-page',
    section: '5',
    name: 'JS heap the extension adds on a console page (after GC)',
    value: `+${round(added / 1024, 0)} KB (${round(median(heap.with) / 1024, 0)} KB with vs ${round(median(heap.without) / 1024, 0)} KB without, median of ${runs})`,
    budget: 'reported (no budget set)',
    holds: null,
    data: { with: summarize(heap.with), without: summarize(heap.without) },
  });
  const sw = await workerHeap(withExt);
  figures.push({
    id: 'heap-worker',
    section: '5',
    name: 'JS heap of the service worker (after GC): after all the detections above',
    value: `${round(sw / 1024, 0)} KB`,
    budget: 'reported (no budget set)',
    holds: null,
    data: { bytes: sw },
  });
}

// ---------------------------------------------------------------------------------------------------------------
// 4. Rating latency

/** True once the console module rates password fields in the page (the meter); until then only the core is timed. */
function inPageRatingAvailable(): boolean {
  return existsSync('src/content/features/password-meter.ts') && /password-meter/.test(readFileSync('src/content/console.iife.ts', 'utf8'));
}

async function figureInPageRating(withExt: Instance, without: Instance, server: FixtureServer): Promise<void> {
  const kinds = ['random', 'dictionary', 'digits', 'repeat'] as const;
  const lengths = QUICK ? [8, 32, 72] : [8, 16, 24, 32, 48, 64, 72];
  log(`  rating in the page: keystroke → verdict × ${kinds.length * lengths.length}, paste, typing trace`);
  const r = await measureInPageRating(withExt, without, server, { kinds: [...kinds], lengths, pasteRuns: reps(3), typed: QUICK ? 12 : 24, typingRounds: reps(5) });
  const worstLength = Object.entries(r.latencyByLength).sort((a, b) => Math.max(...b[1]) - Math.max(...a[1]))[0];
  figures.push({
    id: 'rating-page-latency',
    section: '4',
    name: 'Rating in the page: keystroke → meter shows the verdict (one key onto 7–71 chars, 4 kinds)',
    value: `${ms(r.latency.p99, 0)} p99, ${ms(r.latency.median, 0)} median (n=${r.latency.n}${r.misses ? `, ${r.misses} without an answer` : ''}; slowest at ${worstLength?.[0]} chars)`,
    budget: 'p99 ≤ 100 ms',
    holds: r.latency.n > 0 && r.misses === 0 && r.latency.p99 <= 100,
    data: r,
  });
  figures.push({
    id: 'rating-page-paste',
    section: '4',
    name: 'Rating in the page: 100,000-character paste → meter shows the verdict',
    value: r.paste.n ? `${ms(r.paste.p99, 0)} p99, ${ms(r.paste.median, 0)} median (n=${r.paste.n})` : 'no verdict',
    budget: 'p99 ≤ 250 ms',
    holds: r.paste.n > 0 && r.paste.p99 <= 250,
  });
  figures.push({
    id: 'rating-page-main-thread',
    section: '4',
    name: 'Rating in the page: main-thread time added per keystroke (typing 8 keys/s)',
    value: `+${ms(r.perKeyAddedMs.p99, 1)} p99, +${ms(r.perKeyAddedMs.median, 1)} median, max +${ms(r.perKeyAddedMs.max, 1)} (n=${r.perKeyAddedMs.n}, nearest rank; whole main thread, style/layout/paint included; the extension's event and timer callbacks alone ${ms(r.perKeyExtensionMs.p99, 1)} p99); entering the field before the first key +${ms(r.focusAddedMs, 1)}`,
    budget: 'p99 ≤ 4 ms',
    holds: r.perKeyAddedMs.n > 0 && r.perKeyAddedMs.p99 <= 4,
    data: { added: r.perKeyAddedMs, extensionScripts: r.perKeyExtensionMs, mainThread: r.perKeyMainThreadMs, focusAddedMs: round(r.focusAddedMs, 2) },
  });
}

function figureRating(): void {
  if (!existsSync('src/core/rate/index.ts')) {
    figures.push({ id: 'rating', section: '4', name: 'Rating latency', value: 'not available: ratePassword is not on this branch yet', budget: '—', holds: null });
    return;
  }
  log('  rating: pure core (this process)');
  const r = measureCoreRating({ pasteRuns: reps(5) });
  const worstKind = Object.entries(r.perKind).sort((a, b) => b[1].p99 - a[1].p99)[0]!;
  figures.push({
    id: 'rating-core-keystroke',
    section: '4',
    name: 'Rating, core: ratePassword per keystroke (every prefix of 72-char passwords, 4 kinds)',
    value: `${ms(r.perKeystroke.p99, 1)} p99, ${ms(r.perKeystroke.median, 1)} median (n=${r.perKeystroke.n}; slowest kind ${worstKind[0]}, max ${ms(r.perKeystroke.max, 1)})`,
    budget: 'keystroke → verdict p99 ≤ 100 ms (core share)',
    holds: r.perKeystroke.p99 <= 100,
    data: { perKeystroke: r.perKeystroke, perKind: r.perKind, initMs: r.initMs },
  });
  figures.push({
    id: 'rating-core-paste',
    section: '4',
    name: 'Rating, core: ratePassword on a 100,000-character paste',
    value: `${ms(r.paste.p99, 1)} p99, ${ms(r.paste.median, 1)} median (n=${r.paste.n})`,
    budget: '≤ 250 ms p99 (core share)',
    holds: r.paste.p99 <= 250,
    data: r.paste,
  });
  figures.push({
    id: 'rating-core-vs-zxcvbn',
    section: '4',
    name: 'Rating, core: ratePassword vs zxcvbn-ts default options, same inputs (CPU time ratio)',
    value: `×${round(r.ratio, 1)} faster (${r.reference.length} inputs: 8–72 chars of 4 kinds + the paste)`,
    budget: 'faster than the library (ratio > 1)',
    holds: r.ratio > 1,
    data: r.reference.map((x) => ({ ...x, oursMs: round(x.oursMs, 2), defaultsMs: round(x.defaultsMs, 1) })),
  });
  if (!inPageRatingAvailable())
    figures.push({
      id: 'rating-in-page',
      section: '4',
      name: 'Rating in the page: main-thread time per keystroke, keystroke → verdict',
      value: 'not available: the console module does not rate password fields yet',
      budget: 'p99 ≤ 4 ms main thread; p99 ≤ 100 ms (≤ 72 chars), ≤ 250 ms (paste)',
      holds: null,
    });
}

// ---------------------------------------------------------------------------------------------------------------
// 6. The five-page table (issue 16): script time at load and after, beside the floor and any peers

async function figureFivePages(browsers: { inst: Instance; name: string; dir?: string }[], server: FixtureServer): Promise<TableResult> {
  const runs = reps(24);
  const afterMs = numberOption('after', 3) * 1000;
  const lanes = Math.round(numberOption('lanes', 4));
  // A console password's fingerprint is stored (issue 15's reuse guard on: every password page on another origin gets
  // the reuse watcher), unless --no-fingerprint: what a user of reuse protection pays is in the figures.
  const fingerprint = !argv.has('--no-fingerprint');
  const withExt = browsers.find((b) => b.inst.label === 'with')?.inst;
  if (withExt && fingerprint) await storeFingerprint(withExt, server, true);
  log(`  five pages × ${runs} loads × ${browsers.length} browsers (${browsers.map((b) => b.name).join(', ')}), ${lanes} at a time, ${afterMs / 1000} s each${fingerprint ? ', a console password fingerprinted' : ''}`);
  const t = await measureTable(browsers, server, { runs, afterMs, lanes, log, fingerprint });
  if (withExt && fingerprint) await storeFingerprint(withExt, server, false);
  const after = `${afterMs / 1000} s`;
  for (const { page, cells } of t.rows) {
    const ours = cells.find((c) => c.label === 'with');
    const floor = cells.find((c) => c.label === 'empty');
    if (!ours) continue;
    const undetected = ours.detected !== null && ours.detected < ours.loads;
    figures.push({
      id: `five-pages-${page.key}`,
      section: '6',
      name: `Script time added: ${page.name}`,
      value: `+${ms(ours.addedAfterMs)} median ${after} after load, +${ms(ours.addedAtLoadMs)} at load (n=${ours.loads}${floor ? `; floor +${ms(floor.addedAfterMs)}` : ''}${ours.detected !== null ? `; console detected on ${ours.detected}/${ours.loads}` : ''})`,
      budget: `≤ ${page.budgetMs} ms median, at load and ${after} after`,
      holds: !undetected && ours.addedAfterMs <= page.budgetMs && ours.addedAtLoadMs <= page.budgetMs,
      data: { ours, floor, peers: cells.filter((c) => c.label === 'peer') },
    });
  }
  return t;
}

// ---------------------------------------------------------------------------------------------------------------

function printTable(): void {
  const rows = figures.map((f) => [f.section, f.name, f.value, f.budget, f.holds === null ? '—' : f.holds ? 'holds' : 'MISSES']);
  const head = ['#', 'Figure', 'Measured', 'Budget', ''];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (r: string[]) => `| ${r.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`;
  console.log(line(head));
  console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
  for (const r of rows) console.log(line(r));
}

// ---------------------------------------------------------------------------------------------------------------
// 6. Reuse protection on an ordinary sign-in page

async function figureReuse(withExt: Instance, without: Instance, server: FixtureServer): Promise<void> {
  log('  reuse protection: typing on a sign-in page with and without fingerprints, keystroke → warning');
  const r = await measureReuse(withExt, without, server, { typed: QUICK ? 12 : 24, rounds: reps(5), samples: QUICK ? 10 : 30 });
  for (const [key, label] of [
    ['withFingerprints', 'fingerprints stored (watcher injected)'],
    ['withoutFingerprints', 'no fingerprint stored (no watcher)'],
  ] as const) {
    const s = r.perKeyAdded[key];
    figures.push({
      id: `reuse-main-thread-${key}`,
      section: '7',
      name: `Reuse: main-thread time added per keystroke on a sign-in page, ${label}`,
      value: `+${ms(s.p99, 1)} p99, +${ms(s.median, 1)} median, max +${ms(s.max, 1)} (n=${s.n})`,
      budget: 'p99 ≤ 4 ms',
      holds: s.n > 0 && s.p99 <= 4,
    });
  }
  figures.push({
    id: 'reuse-warning-latency',
    section: '7',
    name: "Reuse: keystroke → warning (a console's password completed on a sign-in page)",
    value: `${ms(r.latency.p99, 0)} p99, ${ms(r.latency.median, 0)} median (n=${r.latency.n}${r.misses ? `, ${r.misses} without a warning` : ''}); of it the worker's PBKDF2 ${ms(r.slowCheckMs.median, 0)} median, ${ms(r.slowCheckMs.max, 0)} max`,
    budget: 'p99 ≤ 150 ms',
    holds: r.latency.n > 0 && r.misses === 0 && r.latency.p99 <= 150,
    data: r,
  });
}

async function main(): Promise<void> {
  const started = Date.now();
  if (!argv.has('--no-build')) {
    log('building the extension (npm run build) …');
    const b = spawnSync('npm', ['run', 'build', '--silent'], { stdio: ['ignore', 'ignore', 'inherit'] });
    if (b.status !== 0) throw new Error('npm run build failed');
  }
  if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) throw new Error('dist/ is missing: run `npm run build` (or drop --no-build)');

  if (wants('1')) figureBytes();

  const server = await new FixtureServer().start();
  for (const f of ALL_FIXTURES) server.add({ host: f.host, path: f.path, file: f.file });
  log('launching Chromium with and without the extension …');
  const runAt = (JSON.parse(readFileSync(join(EXTENSION_DIR, 'manifest.json'), 'utf8')) as { content_scripts: { run_at?: string }[] }).content_scripts[0]?.run_at ?? 'document_idle';
  const withExt = await launchInstance(true);
  const without = await launchInstance(false);
  const floorDir = floorExtension(runAt);
  const floor = await launchInstance(true, floorDir, 'floor');
  // Section 6: the issue-16 floor (an empty function) and the peers, each in a browser of its own.
  const emptyDir = wants('6') ? emptyExtension(runAt) : null;
  const empty = emptyDir ? await launchInstance(true, emptyDir, 'empty') : null;
  for (const dir of PEERS) if (!existsSync(join(dir, 'manifest.json'))) throw new Error(`--peer ${dir}: no manifest.json there (give the folder of an unpacked extension)`);
  const peers = wants('6') ? await Promise.all(PEERS.map(async (dir) => ({ inst: await launchInstance(true, dir, 'peer'), name: extensionName(dir), dir }))) : [];
  let table: TableResult | null = null;
  const version = withExt.context.browser()?.version() ?? withExt.cdp.version();
  try {
    if (wants('2')) await figureMainThread(withExt, without, floor, server);
    if (wants('6'))
      table = await figureFivePages(
        [
          { inst: without, name: 'no extension' },
          { inst: empty!, name: 'floor (empty function)', dir: emptyDir! },
          { inst: withExt, name: 'Admin Console Guard', dir: EXTENSION_DIR },
          ...peers,
        ],
        server,
      );
    const fixtures = consoleFixtures();
    if (fixtures.length) {
      if (wants('3')) await figureDetection(withExt, server, fixtures);
      if (wants('5')) await figureMemory(withExt, without, server, fixtures);
      if (wants('5')) await figureColdStart(withExt, server, fixtures);
      if (wants('4') && inPageRatingAvailable()) await figureInPageRating(withExt, without, server);
      if (wants('7')) await figureReuse(withExt, without, server);
    } else {
      for (const [section, id, name] of [
        ['3', 'detection-latency', 'Detection latency: DOMContentLoaded → badge set'],
        ['5', 'cold-start', 'Service-worker cold start and memory'],
      ] as const)
        figures.push({ id, section, name, value: 'not available: no console fixtures in test/fixtures yet', budget: id === 'cold-start' ? 'reported' : '≤ 50 ms median', holds: null });
    }
  } finally {
    await withExt.close();
    await without.close();
    await floor.close();
    rmSync(floorDir, { recursive: true, force: true });
    await empty?.close();
    if (emptyDir) rmSync(emptyDir, { recursive: true, force: true });
    for (const p of peers) await p.inst.close();
    await server.stop();
  }
  if (wants('4')) figureRating();
  figures.sort((a, b) => a.section.localeCompare(b.section));
  printTable();
  if (table) console.log(`\n${formatTable(table)}`);
  const seconds = round((Date.now() - started) / 1000, 0);
  const results = {
    date: new Date().toISOString(),
    commit: spawnSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).stdout.trim(),
    chromium: version,
    machine: { cpus: cpus().length, loadavg: loadavg().map((x) => round(x, 2)) },
    quick: QUICK,
    only: ONLY.size ? [...ONLY] : null,
    seconds,
    figures,
    ...(table
      ? {
          fivePageTable: {
            ...table,
            rows: table.rows.map(({ page, cells }) => ({ page: page.name, cells })),
            peers: peers.map(({ dir, name }) => ({ dir, name, commit: spawnSync('git', ['-C', dir, 'rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).stdout.trim() || null })),
          },
        }
      : {}),
  };
  writeFileSync(join(dirname(new URL(import.meta.url).pathname), 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
  const missed = figures.filter((f) => f.holds === false).length;
  console.log(`\n${figures.length} figures, ${missed} over budget, ${seconds} s; details in bench/results.json (load average ${results.machine.loadavg.join(' ')}).`);
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
