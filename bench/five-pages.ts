/**
 * The five-page table of issue 16: added script time on five kinds of page, at load and a few seconds after, for
 * every browser of one interleaved run (no extension, the empty-function floor, ours, and any `--peer`).
 */
import { readFileSync } from 'node:fs';
import type { FixtureServer } from '../test/e2e/fixture-server';
import { ALL_FIXTURES } from '../test/fixtures';
import { injectedBytes } from './bytes';
import { measuredPage, metricsOf, sleep, statsOf, type Instance, type Label, type Metrics } from './browser';
import { LOGIN_PAGE, MICROSOFT_SIGNIN_PAGE, SMALL_PAGE, largePage } from './pages';
import { median, round, summarize, type Summary } from './stats';

export interface TablePage {
  key: string;
  name: string;
  html: string;
  path: string;
  hash?: string;
  /** Our budget (issue 16): added script time median, at load and after. */
  budgetMs: number;
  /** A console page: ours must detect it on every load (else its figure would leave the console module out). */
  console?: boolean;
}

/** The 3CX fixture the table's console row loads (hosted V20 login), served on each load's own host. */
const CONSOLE_FIXTURE = ALL_FIXTURES.find((f) => f.file === 'pbx/3cx-v20-login.html')!;

export function tablePages(): TablePage[] {
  return [
    { key: 'article', name: 'small article, ~25 elements', html: SMALL_PAGE, path: '/', budgetMs: 1 },
    { key: 'signin', name: 'small sign-in page (password field)', html: LOGIN_PAGE, path: '/', budgetMs: 2.5 },
    { key: 'large', name: '10,000-element page with a sign-in box', html: largePage(10_000), path: '/', budgetMs: 4 },
    { key: 'ms', name: 'Microsoft-style sign-in on a foreign host', html: MICROSOFT_SIGNIN_PAGE, path: '/common/oauth2/v2.0/authorize', budgetMs: 2.5 },
    {
      key: 'console',
      name: '3CX-style console login (console module included)',
      html: readFileSync(`test/fixtures/${CONSOLE_FIXTURE.file}`, 'utf8'),
      path: CONSOLE_FIXTURE.path,
      hash: CONSOLE_FIXTURE.hash,
      budgetMs: 5,
      console: true,
    },
  ];
}

interface Load {
  /** ScriptDuration / TaskDuration (thread time, ms) right after the load event. */
  scriptAtLoadMs: number;
  taskAtLoadMs: number;
  /** The same, `afterMs` after the load event, or the last reading before the page navigated away. */
  scriptAfterMs: number;
  taskAfterMs: number;
  /** The extension navigated the page to another origin within `afterMs` (e.g. Check's block page). */
  navigatedAway: boolean;
  /** Ours only: the worker judged this load's page a console. */
  detected: boolean | null;
}

export interface Cell {
  label: Label;
  name: string;
  loads: number;
  scriptAtLoadMs: Summary;
  scriptAfterMs: Summary;
  /** Median minus the no-extension median (ms). */
  addedAtLoadMs: number;
  addedAfterMs: number;
  addedTaskAtLoadMs: number;
  addedTaskAfterMs: number;
  navigatedAway: number;
  detected: number | null;
}

export interface TableResult {
  afterMs: number;
  runs: number;
  lanes: number;
  /** Ours ran with a console password's fingerprint stored (the reuse watcher on every other password page). */
  fingerprint: boolean;
  /** The browsers with an extension, in the order of the cells, and what each injects into every page. */
  columns: { label: Label; name: string; injectedGzip: number | null }[];
  rows: { page: TablePage; cells: Cell[] }[];
}

/** A site of its own for every load: `.example` is no public suffix, so each such host is its own site (renderer). */
const hostOf = (p: TablePage, i: number, column: string) => `${p.key}-${i < 0 ? 'warm' : i}-${column}.example`;

async function loadOnce(inst: Instance, column: string, server: FixtureServer, p: TablePage, i: number, afterMs: number): Promise<Load> {
  const host = hostOf(p, i, column);
  const url = server.add({ host, path: p.path, html: p.html }) + (p.hash ?? '');
  const { page, cdp } = await measuredPage(inst);
  try {
    await page.goto(url, { waitUntil: 'load' });
    const loadedAt = Date.now();
    const origin = new URL(url).origin;
    const away = () => !page.url().startsWith(origin);
    const atLoad = await metricsOf(cdp);
    // Polled, so that a page the extension replaces (another document, whose counters start at 0) still yields its
    // last reading: the counters only grow within one document, so a drop means a new one.
    let last: Metrics = atLoad;
    let navigatedAway = false;
    for (;;) {
      const left = afterMs - (Date.now() - loadedAt);
      if (left <= 0) break;
      await sleep(Math.min(100, left));
      if (away()) {
        navigatedAway = true;
        break;
      }
      const m = await metricsOf(cdp);
      if (away() || (m['ScriptDuration'] ?? 0) < (last['ScriptDuration'] ?? 0)) {
        navigatedAway = true;
        break;
      }
      last = m;
    }
    let detected: boolean | null = null;
    if (inst.label === 'with' && inst.extensionId && p.console) {
      const recent = (await statsOf(inst)).recent ?? [];
      detected = recent.some((r) => r.url.includes(host) && r.product !== null);
    }
    return {
      scriptAtLoadMs: (atLoad['ScriptDuration'] ?? 0) * 1000,
      taskAtLoadMs: (atLoad['TaskDuration'] ?? 0) * 1000,
      scriptAfterMs: (last['ScriptDuration'] ?? 0) * 1000,
      taskAfterMs: (last['TaskDuration'] ?? 0) * 1000,
      navigatedAway,
      detected,
    };
  } finally {
    await page.close();
  }
}

/**
 * Loads every page `runs` times in every browser, each load on its own host (its own site, so its own renderer),
 * in one interleaved order (the browser that goes first rotates per run and page), and reads the added script time
 * at load and `afterMs` later. `lanes` loads run at once: most of a load is waiting out `afterMs`, and the figures
 * are thread time, which the other lanes do not inflate much; the interleaving spreads what they do over all columns.
 */
export async function measureTable(
  browsers: { inst: Instance; name: string; dir?: string }[],
  server: FixtureServer,
  opts: { runs: number; afterMs: number; lanes: number; log: (s: string) => void; fingerprint: boolean },
): Promise<TableResult> {
  const pages = tablePages();
  const loads = new Map<string, Load[]>();
  const column = (b: number) => `${browsers[b]!.inst.label}${b}`;
  const key = (p: TablePage, b: number) => `${p.key}/${b}`;
  type Task = { b: number; p: TablePage; i: number };
  const tasks: Task[] = [];
  for (let i = 0; i < opts.runs; i++)
    pages.forEach((p, j) => {
      for (let k = 0; k < browsers.length; k++) tasks.push({ b: (i + j + k) % browsers.length, p, i });
    });
  // One warm-up load per browser first: workers start, peers load their rules.
  await Promise.all(browsers.map(({ inst }, b) => loadOnce(inst, column(b), server, pages[1]!, -1, opts.afterMs)));
  let next = 0;
  let done = 0;
  const lane = async () => {
    for (;;) {
      const t = tasks[next++];
      if (!t) return;
      const l = await loadOnce(browsers[t.b]!.inst, column(t.b), server, t.p, t.i, opts.afterMs);
      const k = key(t.p, t.b);
      loads.set(k, [...(loads.get(k) ?? []), l]);
      if (++done % 50 === 0) opts.log(`    ${done}/${tasks.length} loads`);
    }
  };
  await Promise.all(Array.from({ length: opts.lanes }, lane));

  const rows = pages.map((p) => {
    const base = loads.get(key(p, browsers.findIndex(({ inst }) => inst.label === 'without'))) ?? [];
    const med = (ls: Load[], f: (l: Load) => number) => median(ls.map(f));
    const cells = browsers
      .map((x, b) => ({ ...x, b }))
      .filter(({ inst }) => inst.label !== 'without')
      .map(({ inst, name, b }): Cell => {
        const ls = loads.get(key(p, b)) ?? [];
        const det = ls.filter((l) => l.detected !== null);
        return {
          label: inst.label,
          name,
          loads: ls.length,
          scriptAtLoadMs: summarize(ls.map((l) => l.scriptAtLoadMs)),
          scriptAfterMs: summarize(ls.map((l) => l.scriptAfterMs)),
          addedAtLoadMs: med(ls, (l) => l.scriptAtLoadMs) - med(base, (l) => l.scriptAtLoadMs),
          addedAfterMs: med(ls, (l) => l.scriptAfterMs) - med(base, (l) => l.scriptAfterMs),
          addedTaskAtLoadMs: med(ls, (l) => l.taskAtLoadMs) - med(base, (l) => l.taskAtLoadMs),
          addedTaskAfterMs: med(ls, (l) => l.taskAfterMs) - med(base, (l) => l.taskAfterMs),
          navigatedAway: ls.filter((l) => l.navigatedAway).length,
          detected: det.length ? det.filter((l) => l.detected).length : null,
        };
      });
    return { page: p, cells };
  });
  return {
    afterMs: opts.afterMs,
    fingerprint: opts.fingerprint,
    runs: opts.runs,
    lanes: opts.lanes,
    columns: browsers.filter(({ inst }) => inst.label !== 'without').map(({ inst, name, dir }) => ({ label: inst.label, name, injectedGzip: dir ? injectedBytes(dir).gzip : null })),
    rows,
  };
}

const plus = (x: number) => `${x < 0 ? '−' : '+'}${Math.abs(round(x, 2))}`;

/** The table as markdown: rows = pages, columns = the floor, ours, each peer; each cell "after (at load)". */
export function formatTable(t: TableResult): string {
  const after = `${round(t.afterMs / 1000, 1)} s`;
  const head = ['page', ...t.columns.map((c) => c.name)];
  const rows = t.rows.map(({ page, cells }) => [
    page.name,
    ...cells.map((c) => {
      const notes = [
        c.navigatedAway ? `navigates away on ${c.navigatedAway}/${c.loads} loads` : '',
        c.detected !== null && c.detected < c.loads ? `console detected on ${c.detected}/${c.loads} only` : '',
      ].filter(Boolean);
      return `${plus(c.addedAfterMs)} ms (at load ${plus(c.addedAtLoadMs)})${notes.length ? `; ${notes.join('; ')}` : ''}`;
    }),
  ]);
  const size = (b: number | null) => (b === null ? '—' : b < 1024 ? `${b} B` : `${round(b / 1024, 1)} KB`);
  rows.push(['all-pages scripts, gzip -9', ...t.columns.map((c) => size(c.injectedGzip))]);
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (r: string[]) => `| ${r.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`;
  return [
    `Added script time (ScriptDuration median minus no extension, ${t.runs} loads per cell, ${t.lanes} at a time), ${after} after load (at load)${t.fingerprint ? '; ours with a console password fingerprinted (reuse watcher on)' : ''}:`,
    line(head),
    `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`,
    ...rows.map(line),
  ].join('\n');
}
