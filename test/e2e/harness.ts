import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { FixtureServer } from './fixture-server';

export const EXTENSION_DIR = resolve('dist');
export const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

export interface Harness {
  context: BrowserContext;
  server: FixtureServer;
  extensionId: string;
  worker: () => Promise<Worker>;
  close: () => Promise<void>;
}

export interface LaunchOptions {
  lang?: 'en' | 'de';
  extraArgs?: string[];
  /** An unpacked extension other than dist/ (e.g. a copy with its own key). */
  extensionDir?: string;
  /** A fixture server started by the caller (when its port must be known before the browser starts). */
  server?: FixtureServer;
  /** Leave the first-run welcome tab open (by default it is closed once the extension has opened it). */
  keepWelcome?: boolean;
  /**
   * Let Chromium keep left pages in its back/forward cache, as a user's browser does. Playwright turns the cache off
   * for every browser it starts (its default `--disable-back-forward-cache`), so the rest of the suite and the bench
   * never see a page restored from it.
   */
  backForwardCache?: boolean;
}

/**
 * The flags of every Chromium the e2e suite and the benchmark start: headless, quiet, every host name resolved to
 * the fixture server on 127.0.0.1, its self-signed test certificate accepted.
 */
export const CHROMIUM_ARGS: readonly string[] = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--host-resolver-rules=MAP * 127.0.0.1, EXCLUDE localhost',
  '--ignore-certificate-errors',
];

/** Loads this unpacked extension and no other. */
export const extensionArgs = (dir: string): string[] => [`--disable-extensions-except=${dir}`, `--load-extension=${dir}`];

/** Real Chromium with the built extension, a fresh profile, and every host name resolved to the fixture server. */
export async function launch(options: LaunchOptions = {}): Promise<Harness> {
  const server = options.server ?? (await new FixtureServer().start());
  const extensionDir = options.extensionDir ?? EXTENSION_DIR;
  const userDataDir = mkdtempSync(join(tmpdir(), 'acg-e2e-'));
  const lang = options.lang ?? 'en';
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: false,
    ignoreHTTPSErrors: true,
    locale: lang === 'de' ? 'de-DE' : 'en-US',
    args: [...CHROMIUM_ARGS, `--lang=${lang === 'de' ? 'de' : 'en-US'}`, ...extensionArgs(extensionDir), ...(options.extraArgs ?? [])],
    env: { ...process.env, LANGUAGE: lang === 'de' ? 'de' : 'en' },
    ...(options.backForwardCache ? { ignoreDefaultArgs: ['--disable-back-forward-cache'] } : {}),
  });
  const current = async (): Promise<Worker> => {
    const live = context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://'));
    return live ?? (await context.waitForEvent('serviceworker', { timeout: 20_000 }));
  };
  const sw = await current();
  const extensionId = new URL(sw.url()).host;
  const worker = async (): Promise<Worker> => answering(await current(), () => wakeWorker(context, extensionId));
  if (!options.keepWelcome) await dismissWelcome(context, sw);
  return {
    context,
    server,
    extensionId,
    worker,
    close: async () => {
      await context.close();
      await server.stop();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

const WORKER_STALL_MS = 5_000;
const WORKER_DEADLINE_MS = 30_000;

/**
 * The worker with an `evaluate` that cannot hang a test. Playwright keeps one Worker object across a suspension of
 * the extension's service worker, and an evaluate sent while it is suspended waits for its next start, which only an
 * extension event brings (CDP calls are none). One that has not answered after a few seconds wakes the worker as a
 * user would (opening an extension page), and one that never answers fails with what it was waiting for.
 */
function answering(w: Worker, wake: () => Promise<void>): Worker {
  const evaluate = (async (fn: unknown, arg?: unknown) => {
    const pending = (w.evaluate as (f: unknown, a?: unknown) => Promise<unknown>)(fn, arg);
    const timer = (ms: number) => new Promise<'late'>((r) => setTimeout(() => r('late'), ms).unref());
    if ((await Promise.race([pending.then(() => 'done' as const), timer(WORKER_STALL_MS)])) === 'late') {
      await wake().catch(() => undefined);
      if ((await Promise.race([pending.then(() => 'done' as const), timer(WORKER_DEADLINE_MS)])) === 'late')
        throw new Error(`the service worker did not answer in ${WORKER_STALL_MS + WORKER_DEADLINE_MS} ms: ${String(fn).slice(0, 120)}`);
    }
    return pending;
  }) as Worker['evaluate'];
  return new Proxy(w, {
    get: (target, key) => {
      if (key === 'evaluate') return evaluate;
      const value: unknown = Reflect.get(target, key, target);
      return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
    },
  });
}

/** Starts a suspended service worker the way a user does: an extension page that talks to it. */
async function wakeWorker(context: BrowserContext, extensionId: string): Promise<void> {
  const page = await context.newPage();
  try {
    await page.goto(`chrome-extension://${extensionId}/src/popup/index.html`, { timeout: 10_000 });
    await page.evaluate(() => chrome.runtime.sendMessage({ type: 'settings/get' }).catch(() => undefined));
  } finally {
    await page.close();
  }
}

/** What the extension did on its first run (src/background/features/welcome.ts), once it has done it. */
export async function firstRunOf(sw: Worker): Promise<{ at: string; welcome: string }> {
  return until(() => sw.evaluate(async () => (await chrome.storage.local.get('firstRun'))['firstRun'] as { at: string; welcome: string } | undefined), 'the first-run handling', 20_000);
}

/** A fresh profile opens the welcome tab; tests that are not about it close it, so it cannot take focus or time. */
export async function dismissWelcome(context: BrowserContext, sw: Worker): Promise<void> {
  await firstRunOf(sw);
  // Opened, or closed again by the extension when policy arrived late (then the record says 'policy').
  const page = await until(async () => {
    const open = context.pages().find((p) => p.url().includes('/src/welcome/'));
    if (open) return open;
    return (await firstRunOf(sw)).welcome !== 'opened' ? 'none' : null;
  }, 'the welcome tab');
  if (page !== 'none') await page.close();
}

export function extensionUrl(h: Harness, path: string): string {
  return `chrome-extension://${h.extensionId}/${path.replace(/^\//, '')}`;
}

/** The tab id Chromium gave a page, asked of the service worker by URL. */
export async function tabIdOf(h: Harness, page: Page): Promise<number> {
  const url = page.url();
  const sw = await h.worker();
  return sw.evaluate(async (u) => {
    const tabs = await chrome.tabs.query({});
    const tab = tabs.find((t) => t.url === u || t.pendingUrl === u);
    if (!tab?.id) throw new Error(`no tab for ${u}`);
    return tab.id;
  }, url);
}

export async function badgeOf(h: Harness, tabId: number): Promise<{ text: string; title: string }> {
  const sw = await h.worker();
  return sw.evaluate(async (id) => ({ text: await chrome.action.getBadgeText({ tabId: id }), title: await chrome.action.getTitle({ tabId: id }) }), tabId);
}

/** The tab's badge once the extension has set one (polled with a deadline). */
export async function setBadgeOf(h: Harness, tabId: number, what = 'a badge'): Promise<{ text: string; title: string }> {
  return until(async () => {
    const b = await badgeOf(h, tabId);
    return b.text ? b : null;
  }, what);
}

/** Polls until `fn` returns a truthy value or the deadline passes; returns that value. */
export async function until<T>(fn: () => Promise<T> | T, what: string, timeoutMs = 10_000, intervalMs = 50): Promise<NonNullable<T>> {
  const deadline = Date.now() + timeoutMs;
  let last: T | undefined;
  for (;;) {
    last = await fn();
    if (last) return last as NonNullable<T>;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what} (last value: ${JSON.stringify(last)})`);
    await new Promise((r) => setTimeout(r, intervalMs));
  }
}

/**
 * Stops the extension's service worker as Chromium does when it idles (chrome://serviceworker-internals "Stop"),
 * and waits until Chromium reports it stopped. The next extension event starts a fresh worker.
 */
export async function stopServiceWorker(h: Harness): Promise<void> {
  const page = await h.context.newPage();
  await page.goto('chrome://serviceworker-internals/');
  const registration = page.locator('.serviceworker-registration', { hasText: `chrome-extension://${h.extensionId}/` });
  await registration.getByRole('button', { name: 'Stop' }).first().click();
  await until(async () => /Running Status:\s*STOPPED/i.test((await registration.innerText()).replace(/\n/g, ' ')), 'the service worker to stop');
  await page.close();
}

/** A node of Chromium's accessibility tree, as CDP gives it. */
export interface AXNode {
  role?: { value?: string };
  name?: { value?: string };
  ignored?: boolean;
  backendDOMNodeId?: number;
}

/**
 * The page's accessibility tree, the nodes a screen reader gets. It includes the extension's closed shadow roots,
 * which no page script (and no Playwright locator) can read.
 */
export async function axNodes(h: Harness, page: Page): Promise<AXNode[]> {
  const cdp = await h.context.newCDPSession(page);
  try {
    const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as { nodes: AXNode[] };
    return nodes.filter((n) => !n.ignored);
  } finally {
    await cdp.detach();
  }
}

/** The text a screen reader gets for a page (see axNodes). */
export async function accessibleText(h: Harness, page: Page): Promise<string> {
  return (await axNodes(h, page))
    .map((n) => n.name?.value ?? '')
    .filter(Boolean)
    .join('\n');
}

/** Polls the page's accessible text until it contains `needle`; returns that text. */
export function accessibleTextWith(h: Harness, page: Page, needle: string | RegExp, what: string, timeoutMs?: number): Promise<string> {
  return until(
    async () => {
      const t = await accessibleText(h, page);
      return (typeof needle === 'string' ? t.includes(needle) : needle.test(t)) ? t : null;
    },
    what,
    timeoutMs,
  );
}

/** Opens `url` in a new tab and waits for the trusted badge (an allow-listed console). */
export async function openTrusted(h: Harness, url: string): Promise<{ page: Page; tabId: number }> {
  const page = await h.context.newPage();
  await page.goto(url);
  const tabId = await tabIdOf(h, page);
  await until(async () => (await badgeOf(h, tabId)).text === '✓', 'the trusted badge');
  return { page, tabId };
}

/** Writes the user's settings straight into storage, as a previous session would have left them. */
export async function setUserSettings(h: Harness, settings: Record<string, unknown>): Promise<void> {
  const sw = await h.worker();
  await sw.evaluate((s) => chrome.storage.local.set({ settings: { version: 1, ...s } }), settings);
}

/**
 * `ms` pass in the page: Chromium's virtual time (all of the renderer's worlds, the content scripts' included) runs
 * through that much time of timers at once, then keeps fast-forwarding whenever the page idles.
 */
export async function pageTimePasses(h: Harness, page: Page, ms: number): Promise<void> {
  const before = await page.evaluate(() => Date.now());
  const cdp = await h.context.newCDPSession(page);
  const expired = new Promise((resolve) => cdp.once('Emulation.virtualTimeBudgetExpired', resolve));
  await cdp.send('Emulation.setVirtualTimePolicy', { policy: 'advance', budget: ms });
  await expired;
  await cdp.send('Emulation.setVirtualTimePolicy', { policy: 'advance' });
  const passed = (await page.evaluate(() => Date.now())) - before;
  if (passed < ms) throw new Error(`only ${passed} ms of the ${ms} ms passed in the page`);
}
