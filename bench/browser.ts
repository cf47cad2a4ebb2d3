import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type BrowserContext, type CDPSession, type Page, type Worker } from 'playwright-core';
import { CHROMIUM, CHROMIUM_ARGS, dismissWelcome, extensionArgs } from '../test/e2e/harness';

export const EXTENSION_DIR = resolve('dist');

/**
 * One headless Chromium, with or without an extension; all get the same flags and a fresh profile. `with`: the built
 * extension; `floor`: floorExtension; `empty`: emptyExtension; `peer`: a `--peer` of the peer mode.
 */
export type Label = 'with' | 'without' | 'floor' | 'empty' | 'peer';

export interface Instance {
  label: Label;
  context: BrowserContext;
  /** A second, raw CDP connection to the same browser, to reach targets Playwright gives no session for (the service worker). */
  cdp: Browser;
  extensionId: string | null;
  userDataDir: string;
  close: () => Promise<void>;
}

/**
 * The cheapest all-pages content script that does what a page-reading extension must: read the page
 * (`document.title`) and, on a page with a password field, tell its service worker with one message. Injected like
 * ours and run at DOMContentLoaded like ours: what any such extension costs a page, whatever its code does.
 */
export function floorExtension(runAt: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'acg-bench-floor-'));
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'sw.js'), 'chrome.runtime.onMessage.addListener((message, sender, reply) => reply({}));\n');
  writeFileSync(
    join(dir, 'cs.js'),
    `const go = () => { void document.title; if (document.querySelector('input[type=password]')) chrome.runtime.sendMessage({ seen: true }); };
if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', go, { once: true }); else go();
`,
  );
  const manifest = {
    manifest_version: 3,
    name: 'bench floor',
    version: '1',
    background: { service_worker: 'sw.js' },
    content_scripts: [{ matches: ['http://*/*', 'https://*/*'], js: ['cs.js'], run_at: runAt, all_frames: true }],
  };
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest));
  return dir;
}

/**
 * The floor of the five-page table (issue 16): an all-pages content script that is an empty function, and nothing
 * else (no worker). Everything it costs a page is Chromium's machinery for running any content script at all.
 */
export function emptyExtension(runAt: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'acg-bench-empty-'));
  writeFileSync(join(dir, 'cs.js'), '(function () {})();\n');
  const manifest = {
    manifest_version: 3,
    name: 'bench floor (empty function)',
    version: '1',
    content_scripts: [{ matches: ['http://*/*', 'https://*/*'], js: ['cs.js'], run_at: runAt, all_frames: true }],
  };
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest));
  return dir;
}

interface Manifest {
  name?: string;
  version?: string;
  default_locale?: string;
  background?: { service_worker?: string };
  content_scripts?: { matches: string[]; js?: string[]; css?: string[]; run_at?: string }[];
}

export const manifestOf = (dir: string): Manifest => JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as Manifest;

/** An unpacked extension's name as its manifest gives it, `__MSG_key__` resolved in its default locale. */
export function extensionName(dir: string): string {
  const m = manifestOf(dir);
  const name = m.name ?? dir;
  const key = /^__MSG_(\w+)__$/.exec(name)?.[1];
  if (!key) return name;
  try {
    const messages = JSON.parse(readFileSync(join(dir, '_locales', m.default_locale ?? 'en', 'messages.json'), 'utf8')) as Record<string, { message?: string }>;
    const hit = Object.entries(messages).find(([k]) => k.toLowerCase() === key.toLowerCase());
    return hit?.[1].message ?? name;
  } catch {
    return name;
  }
}

export async function launchInstance(withExtension: boolean, extensionDir = EXTENSION_DIR, label: Label = withExtension ? 'with' : 'without'): Promise<Instance> {
  const userDataDir = mkdtempSync(join(tmpdir(), 'acg-bench-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: false,
    // The fixture server speaks HTTPS with a self-signed certificate (test/e2e/tls), as in the e2e suite.
    ignoreHTTPSErrors: true,
    locale: 'en-US',
    args: [...CHROMIUM_ARGS, '--lang=en-US', '--remote-debugging-port=0', ...(withExtension ? extensionArgs(extensionDir) : [])],
  });
  let extensionId: string | null = null;
  // An extension without a service worker (emptyExtension) has no id to learn this way, and needs none.
  if (withExtension && manifestOf(extensionDir).background?.service_worker) {
    const sw = context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://')) ?? (await context.waitForEvent('serviceworker', { timeout: 20_000 }));
    extensionId = new URL(sw.url()).host;
    // The built extension opens its welcome tab on a fresh profile; the floor extension has none.
    if (existsSync(join(extensionDir, 'src/welcome/index.html'))) await dismissWelcome(context, sw);
  }
  const port = readFileSync(join(userDataDir, 'DevToolsActivePort'), 'utf8').split('\n')[0];
  const cdp = await chromium.connectOverCDP(`http://127.0.0.1:${port}`);
  return {
    label,
    context,
    cdp,
    extensionId,
    userDataDir,
    close: async () => {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

/** The extension's live service worker (waits for a restarted one). */
export async function workerOf(inst: Instance, timeout = 20_000): Promise<Worker> {
  const live = inst.context.serviceWorkers().find((w) => w.url().startsWith(`chrome-extension://${inst.extensionId}/`));
  return live ?? (await inst.context.waitForEvent('serviceworker', { timeout }));
}

export interface AcgStats {
  snapshots: number;
  maxEvaluations: number;
  detections: number;
  startedAt?: number;
  readyAt?: number;
  lastSnapshotAt?: number;
  lastBadgeAt?: number;
  /** The last snapshots the worker judged: frame URL and the product found (null: not a console). */
  recent?: { url: string; product: string | null }[];
}

export async function statsOf(inst: Instance): Promise<AcgStats> {
  const sw = await workerOf(inst);
  return sw.evaluate(() => ({ ...(globalThis as unknown as { acgStats: AcgStats }).acgStats }));
}

export const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/** The worker's stats once it has set a badge after `since` (epoch ms), or null after `timeoutMs`. */
export async function badgeAfter(inst: Instance, since: number, timeoutMs = 5000): Promise<AcgStats | null> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const s = await statsOf(inst);
    if ((s.lastBadgeAt ?? 0) > since) return s;
    if (Date.now() > deadline) return null;
    await sleep(15);
  }
}

export type Metrics = Record<string, number>;

export async function metricsOf(cdp: CDPSession): Promise<Metrics> {
  const { metrics } = await cdp.send('Performance.getMetrics');
  return Object.fromEntries(metrics.map((m) => [m.name, m.value]));
}

/** A page with a CDP session that has Performance metrics enabled before the first navigation. */
export async function measuredPage(inst: Instance): Promise<{ page: Page; cdp: CDPSession }> {
  const page = await inst.context.newPage();
  const cdp = await inst.context.newCDPSession(page);
  await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
  return { page, cdp };
}

export interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  ts: number;
  dur?: number;
  /** Thread (CPU) time of the event, when Chromium records it. */
  tdur?: number;
  pid: number;
  tid: number;
  args?: { data?: { url?: string; functionName?: string; frame?: string }; fileName?: string; name?: string };
}

/** Records a Chromium trace (devtools.timeline: script evaluations and callbacks with their script URL) around `body`. */
export async function traced<T>(cdp: CDPSession, body: () => Promise<T>, extraCategories: string[] = []): Promise<{ result: T; events: TraceEvent[] }> {
  const events: TraceEvent[] = [];
  const onData = (e: { value: object[] }) => void events.push(...(e.value as TraceEvent[]));
  cdp.on('Tracing.dataCollected', onData);
  await cdp.send('Tracing.start', { traceConfig: { includedCategories: ['devtools.timeline', 'v8', '__metadata', ...extraCategories] }, transferMode: 'ReportEvents' });
  let result: T;
  try {
    result = await body();
  } finally {
    const complete = new Promise((r) => cdp.once('Tracing.tracingComplete', r));
    await cdp.send('Tracing.end');
    await complete;
    cdp.off('Tracing.dataCollected', onData);
  }
  return { result, events };
}

export interface TypingWindows {
  /** Per key: the extension's event and timer callbacks, and the main thread's whole CPU time, ms. */
  ext: number[];
  main: number[];
  /** The main thread's CPU time from the click into the field to the first key (the meter is prepared then), ms. */
  focus: number;
}

/** Splits a typing trace at each keydown: per key, the CPU time of the extension's callbacks and of the main thread. */
export function perKeyWindows(events: TraceEvent[], extensionId: string): TypingWindows {
  const mainThreads = new Set(events.filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`));
  const on = events.filter((e) => e.ph === 'X' && mainThreads.has(`${e.pid}:${e.tid}`));
  const dispatched = (type: string) =>
    on
      .filter((e) => e.name === 'EventDispatch' && (e.args?.data as { type?: string } | undefined)?.type === type)
      .map((e) => e.ts)
      .sort((a, b) => a - b);
  const keys = dispatched('keydown');
  const prefix = `chrome-extension://${extensionId}/`;
  const ext = on.filter((e) => (e.name === 'FunctionCall' || e.name === 'EvaluateScript') && (e.args?.data?.url ?? '').startsWith(prefix));
  const tasks = on.filter((e) => e.name === 'ThreadControllerImpl::RunTask');
  const cpu = (list: TraceEvent[], from: number, to: number) => list.filter((e) => e.ts >= from && e.ts < to).reduce((a, e) => a + (e.tdur ?? e.dur ?? 0), 0) / 1000;
  const out: TypingWindows = { ext: [], main: [], focus: Number.NaN };
  const click = dispatched('mousedown')[0];
  if (click !== undefined && keys[0] !== undefined) out.focus = cpu(tasks, click, keys[0]);
  for (let i = 0; i < keys.length; i++) {
    const from = keys[i]!;
    const to = keys[i + 1] ?? from + 125_000;
    out.ext.push(cpu(ext, from, to));
    out.main.push(cpu(tasks, from, to));
  }
  return out;
}

/**
 * Clicks into `field` of a page just opened, waits, then types `text` steadily at 8 keys a second, all traced; closes
 * the page. The trace is split at each keydown: CPU time per key.
 */
export async function typingTrace(inst: Instance, { page, cdp }: { page: Page; cdp: CDPSession }, field: string, text: string): Promise<TypingWindows> {
  const { events } = await traced(
    cdp,
    async () => {
      await page.locator(field).click();
      await sleep(200);
      await page.keyboard.type(text, { delay: 125 });
      await sleep(300);
    },
    ['toplevel'],
  );
  await page.close();
  return perKeyWindows(events, inst.extensionId ?? 'none');
}

const SCRIPT_EVENTS = new Set(['EvaluateScript', 'FunctionCall', 'v8.compile', 'v8.run']);

function scriptUrl(e: TraceEvent): string {
  return e.args?.data?.url ?? e.args?.fileName ?? '';
}

/**
 * Main-thread time spent in the extension's scripts, read from a trace: the top-level script events (evaluations,
 * callbacks, timers) whose script is one of the extension's files, on renderer main threads. `ms` is their thread
 * (CPU) time, which other load on the machine does not inflate; `wallMs` their wall time. `calls` counts them.
 */
export function extensionScriptTime(events: TraceEvent[], extensionId: string, file?: string): { ms: number; wallMs: number; calls: number; lastTs: number; firstTs: number } {
  const prefix = `chrome-extension://${extensionId}/${file ?? ''}`;
  // Renderer main threads only: the trace is browser-wide and the service worker runs extension scripts too.
  const mainThreads = new Set(events.filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`));
  const hits = events.filter(
    (e) => e.ph === 'X' && e.dur !== undefined && SCRIPT_EVENTS.has(e.name) && mainThreads.has(`${e.pid}:${e.tid}`) && scriptUrl(e).startsWith(prefix),
  );
  const byThread = new Map<string, TraceEvent[]>();
  for (const e of hits) {
    const k = `${e.pid}:${e.tid}`;
    byThread.set(k, [...(byThread.get(k) ?? []), e]);
  }
  let cpu = 0;
  let wall = 0;
  let calls = 0;
  let lastTs = 0;
  let firstTs = Number.POSITIVE_INFINITY;
  for (const list of byThread.values()) {
    // Outer events first at equal start, so nested ones (v8.run inside EvaluateScript) are skipped.
    list.sort((a, b) => a.ts - b.ts || b.dur! - a.dur!);
    let end = -1;
    for (const e of list) {
      const eEnd = e.ts + e.dur!;
      if (e.ts < end) continue;
      calls++;
      wall += e.dur!;
      cpu += e.tdur ?? e.dur!;
      end = eEnd;
      lastTs = Math.max(lastTs, eEnd);
      firstTs = Math.min(firstTs, e.ts);
    }
  }
  return { ms: cpu / 1000, wallMs: wall / 1000, calls, lastTs, firstTs };
}

/** A raw CDP client for one target (here: the extension's service worker), over the browser connection. */
export async function attachToTarget(inst: Instance, match: (t: { type: string; url: string }) => boolean): Promise<{ send: <R = unknown>(method: string, params?: object) => Promise<R>; detach: () => Promise<void> }> {
  const session = await inst.cdp.newBrowserCDPSession();
  const { targetInfos } = await session.send('Target.getTargets');
  const target = targetInfos.find((t) => match(t));
  if (!target) throw new Error('target not found');
  // Non-flattened mode: Playwright's CDPSession cannot address flattened child sessions.
  const { sessionId } = await session.send('Target.attachToTarget', { targetId: target.targetId, flatten: false });
  let nextId = 0;
  const send = <R,>(method: string, params: object = {}): Promise<R> =>
    new Promise<R>((res, rej) => {
      const id = ++nextId;
      const onMessage = (e: { sessionId?: string; message: string }) => {
        const m = JSON.parse(e.message) as { id?: number; result?: R; error?: { message: string } };
        if (m.id !== id) return;
        session.off('Target.receivedMessageFromTarget', onMessage);
        if (m.error) rej(new Error(m.error.message));
        else res(m.result as R);
      };
      session.on('Target.receivedMessageFromTarget', onMessage);
      void session.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id, method, params }) });
    });
  return { send, detach: () => session.detach() };
}

/** Heap used by the extension's service worker after a full GC, in bytes. */
export async function workerHeap(inst: Instance): Promise<number> {
  const sw = await attachToTarget(inst, (t) => t.type === 'service_worker' && t.url.startsWith(`chrome-extension://${inst.extensionId}/`));
  try {
    await sw.send('HeapProfiler.collectGarbage');
    const { usedSize } = await sw.send<{ usedSize: number }>('Runtime.getHeapUsage');
    return usedSize;
  } finally {
    await sw.detach();
  }
}
