import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Collector } from './collector';
import { clickAccessible } from './closed-shadow';
import { accessibleText, accessibleTextWith, badgeOf, extensionUrl, launch, openTrusted, setUserSettings, tabIdOf, until, type Harness } from './harness';

/**
 * Password reuse protection end to end: a password used on a trusted console is fingerprinted; typed anywhere else
 * (an ordinary sign-in page, a fake Microsoft sign-in, a cross-origin frame, a web component's shadow root, a page
 * fighting the extension) the warning appears before any submit, the badge turns red, the collector gets one report.
 */

let h: Harness;
let collector: Collector;
const PBX = 'pbx.acme.example';
const DESK = 'acme.zendesk.com';
const PASSWORD = 'Blue-Falcon-Rides-42!';
const WARNING = 'Stop: this is your console password';

type Envelope = { type: string; data: Record<string, unknown> };
type Hooks = { acgTest: { flushReports: () => Promise<void>; reuseStats: () => { overBudget: number; submitChecks: number; checks: number; slowChecks: number; matches: number; injected: number; fingerprints: number } } };
const envelopes = () => collector.received.map((r) => r.body as Envelope);
const reuseReports = (origin: string) => envelopes().filter((e) => e.type === 'passwordReuse' && e.data['origin'] === origin);
const reuseStats = async () => (await h.worker()).evaluate(() => (globalThis as unknown as Hooks).acgTest.reuseStats());
const flush = async () => (await h.worker()).evaluate(() => (globalThis as unknown as Hooks).acgTest.flushReports());
const stored = async () => JSON.stringify(await (await h.worker()).evaluate(() => chrome.storage.local.get(null)));

beforeAll(async () => {
  h = await launch();
  collector = await new Collector().start();
  h.server.add({ host: PBX, path: '/webclient/', file: 'pbx/3cx-login.html' });
  h.server.add({ host: PBX, path: '/intranet/', file: 'ordinary/intranet-login.html' });
  h.server.add({ host: DESK, path: '/access/login', file: 'helpdesk/zendesk-login.html' });
  h.server.add({ host: 'shop.example', path: '/account/login', file: 'ordinary/shop-login.html' });
  h.server.add({ host: 'login.micros0ft-online.example', path: '/common/oauth2', file: 'reuse/microsoft-style-signin.html' });
  h.server.add({ host: 'accounts.widget.example', path: '/signin', file: 'reuse/shadow-signin.html' });
  h.server.add({ host: 'sso.partner.example', path: '/frame-login', file: 'ordinary/shop-login.html' });
  h.server.add({ host: 'keys.hostile.example', path: '/', file: 'reuse/hostile-keys-signin.html' });
  h.server.add({ host: 'split.hostile.example', path: '/', file: 'reuse/split-signin.html' });
  h.server.add({ host: 'guessing.example', path: '/', file: 'reuse/guessing-signin.html' });
  h.server.add({ host: 'late.example', path: '/', file: 'reuse/late-signin.html' });
  for (const host of ['leave.example', 'leave-moving.example', 'also-mine.example', 'blocked.example']) h.server.add({ host, path: '/login', file: 'ordinary/shop-login.html' });
  await setUserSettings(h, {
    consoles: [
      { product: '3cx', label: 'ACME PBX', origins: [h.server.origin(PBX)] },
      { product: 'zendesk', label: 'ACME helpdesk', origins: [h.server.origin(DESK)] },
    ],
    reportUrl: collector.url,
  });
});
afterAll(async () => {
  await h?.close();
  await collector?.stop();
});

async function signIn(host: string, path: string, hash: string, user: string, password: string, submit: string): Promise<void> {
  const { page } = await openTrusted(h, `${h.server.url(host, path)}${hash}`);
  const fields = page.locator('input[type=password]');
  await fields.first().waitFor();
  const before = (await reuseStats()).fingerprints;
  await page.locator('input[type=text], input[type=email]').first().fill(user);
  await fields.first().pressSequentially(password);
  await page.locator(submit).click();
  await until(async () => (await reuseStats()).fingerprints > before, `the fingerprint of the sign-in on ${host}`);
  await page.close();
}

/** Opens a page, types the password into its field, and waits for the warning; returns the page and its tab. */
async function typeAndExpectWarning(url: string, field: (page: Page) => Promise<void>): Promise<{ page: Page; tabId: number; text: string }> {
  const page = await h.context.newPage();
  await page.goto(url);
  const tabId = await tabIdOf(h, page);
  await field(page);
  const text = await accessibleTextWith(h, page, WARNING, `the reuse warning on ${url}`);
  return { page, tabId, text };
}

async function expectOneReport(origin: string, beforeSubmit = true): Promise<void> {
  await until(() => reuseReports(origin).length > 0, `the passwordReuse report for ${origin}`);
  await flush();
  const reports = reuseReports(origin);
  expect(reports).toHaveLength(1);
  expect(reports[0]!.data).toEqual({ product: '3cx', console: 'ACME PBX', origins: [h.server.origin(PBX)], origin, beforeSubmit, action: 'warn' });
  expect(JSON.stringify(reports[0])).not.toContain(PASSWORD);
}

describe('password reuse protection', () => {
  it('signing in on a trusted 3CX console fingerprints its password, listed in the popup; the password is not stored', async () => {
    await signIn(PBX, '/webclient/', '#/login', 'anna', PASSWORD, '#submitBtn');
    const all = await stored();
    expect(all).not.toContain(PASSWORD);
    expect(all).toContain('reuseFingerprints');
    const popup = await h.context.newPage();
    await popup.goto(extensionUrl(h, 'src/popup/index.html'));
    const item = popup.getByTestId('reuse-console');
    await item.waitFor();
    expect(await item.innerText()).toContain('ACME PBX');
    expect(await item.getAttribute('data-key')).toBe(`3cx|${h.server.origin(PBX)}`);
    await popup.close();
  });

  it('(a) an ordinary sign-in page on another host: warning before submit, red badge, one report', async () => {
    const url = h.server.url('shop.example', '/account/login');
    const { page, tabId, text } = await typeAndExpectWarning(url, (p) => p.locator('#CustomerPassword').pressSequentially(PASSWORD));
    expect(text).toContain('ACME PBX (3CX)');
    expect(text).toContain('shop.example');
    expect(text).not.toContain(PASSWORD);
    const badge = await badgeOf(h, tabId);
    expect(badge.text).toBe('!!');
    expect(badge.title).toContain('ACME PBX');
    // Still on the page: the form was not submitted.
    expect(page.url()).toBe(url);
    await expectOneReport(h.server.origin('shop.example'));
    await page.close();
  });

  it('(b) a fake Microsoft-style sign-in page built after "Next"', async () => {
    const url = h.server.url('login.micros0ft-online.example', '/common/oauth2');
    const { page, tabId } = await typeAndExpectWarning(url, async (p) => {
      await p.locator('#i0116').fill('admin@acme.example');
      await p.locator('#idSIButton9').click();
      await p.locator('#i0118').pressSequentially(PASSWORD);
    });
    expect(await page.evaluate(() => (window as unknown as { __submitted?: number }).__submitted ?? 0)).toBe(0);
    expect((await badgeOf(h, tabId)).text).toBe('!!');
    await expectOneReport(h.server.origin('login.micros0ft-online.example'));
    await page.close();
  });

  it('(c) a cross-origin frame: judged by the frame’s origin, the warning shown by the top page', async () => {
    const frameUrl = h.server.url('sso.partner.example', '/frame-login');
    h.server.add({ host: 'portal.partner.example', path: '/', html: `<!doctype html><title>Partner portal</title><h1>Portal</h1><iframe src="${frameUrl}" width="500" height="300"></iframe>` });
    const { page, tabId, text } = await typeAndExpectWarning(h.server.url('portal.partner.example', '/'), async (p) => {
      await p.frameLocator('iframe').locator('#CustomerPassword').pressSequentially(PASSWORD);
    });
    expect(text).toContain('sso.partner.example');
    expect((await badgeOf(h, tabId)).text).toBe('!!');
    await expectOneReport(h.server.origin('sso.partner.example'));
    expect(reuseReports(h.server.origin('portal.partner.example'))).toHaveLength(0);
    await page.close();
  });

  it('(d) a field inside an open shadow root', async () => {
    const url = h.server.url('accounts.widget.example', '/signin');
    const { page, tabId } = await typeAndExpectWarning(url, async (p) => {
      await p.locator('signin-card #pw').click();
      await p.locator('signin-card #pw').pressSequentially(PASSWORD);
    });
    expect(await page.evaluate(() => (window as unknown as { __submitted?: number }).__submitted ?? 0)).toBe(0);
    expect((await badgeOf(h, tabId)).text).toBe('!!');
    await expectOneReport(h.server.origin('accounts.widget.example'));
    await page.close();
  });

  it('a sign-in form that appears only after the detector stopped watching the page (16 s)', async () => {
    const url = h.server.url('late.example', '/');
    const { page } = await typeAndExpectWarning(url, async (p) => {
      await p.locator('#pw').waitFor({ timeout: 40_000 });
      await p.locator('#pw').click();
      await p.locator('#pw').pressSequentially(PASSWORD);
    });
    await expectOneReport(h.server.origin('late.example'));
    await page.close();
  }, 60_000);

  it('a page that swallows key events, writes the value itself and re-creates its field after every key', async () => {
    const url = h.server.url('keys.hostile.example', '/');
    const { page } = await typeAndExpectWarning(url, async (p) => {
      await p.locator('#pw').click();
      await p.keyboard.type(PASSWORD);
    });
    await expectOneReport(h.server.origin('keys.hostile.example'));
    await page.close();
  });

  it('a password split over one-character boxes', async () => {
    const url = h.server.url('split.hostile.example', '/');
    const { page } = await typeAndExpectWarning(url, async (p) => {
      await p.locator('.box').first().click();
      await p.keyboard.type(PASSWORD);
    });
    await expectOneReport(h.server.origin('split.hostile.example'));
    await page.close();
  });

  it("typed on the console's own allow-listed origin: nothing", async () => {
    const before = await reuseStats();
    const page = await h.context.newPage();
    await page.goto(h.server.url(PBX, '/intranet/'));
    const tabId = await tabIdOf(h, page);
    const field = page.locator('input[type=password]').first();
    await field.pressSequentially(PASSWORD);
    // The worker has judged this frame (its snapshot arrived) and injected nothing into it.
    const url = h.server.url(PBX, '/intranet/');
    await until(async () => (await (await h.worker()).evaluate(() => (globalThis as unknown as { acgStats: { recent: { url: string }[] } }).acgStats.recent.map((r) => r.url))).includes(url), 'the snapshot of the intranet page');
    const after = await reuseStats();
    expect(after.injected).toBe(before.injected);
    expect(after.matches).toBe(before.matches);
    expect((await badgeOf(h, tabId)).text).not.toBe('!!');
    expect(await accessibleText(h, page)).not.toContain(WARNING);
    await page.close();
  });

  it('a different password on another host: checked, nothing shown or reported', async () => {
    const before = await reuseStats();
    const page = await h.context.newPage();
    await page.goto(h.server.url('accounts.widget.example', '/signin'));
    const tabId = await tabIdOf(h, page);
    await page.locator('signin-card #pw').click();
    await page.locator('signin-card #pw').pressSequentially('Another-Password-7');
    // Enter checks the whole value at once (as at any submit): once the worker has compared it, nothing matched.
    await page.keyboard.press('Enter');
    await until(async () => (await reuseStats()).submitChecks > before.submitChecks, 'the check of the submitted value');
    const after = await reuseStats();
    expect(after.checks).toBeGreaterThan(before.checks);
    expect(after.matches).toBe(before.matches);
    expect((await badgeOf(h, tabId)).text).not.toBe('!!');
    expect(await accessibleText(h, page)).not.toContain(WARNING);
    await page.close();
  });

  it('two consoles with the same password: the finding in popup and options, one sharedPassword report', async () => {
    await signIn(DESK, '/access/login', '', 'anna@acme.example', PASSWORD, 'input[type=submit], button[type=submit]');
    const shared = () => envelopes().filter((e) => e.type === 'sharedPassword');
    await until(() => shared().length > 0, 'the sharedPassword report');
    // Signing in again with the same password is no new finding.
    await signIn(DESK, '/access/login', '', 'anna@acme.example', PASSWORD, 'input[type=submit], button[type=submit]');
    await flush();
    expect(shared()).toHaveLength(1);
    const names = (shared()[0]!.data['consoles'] as { console: string; product: string }[]).map((c) => `${c.product}:${c.console}`).sort();
    expect(names).toEqual(['3cx:ACME PBX', 'zendesk:ACME helpdesk']);
    for (const path of ['src/popup/index.html', 'src/options/index.html']) {
      const page = await h.context.newPage();
      await page.goto(extensionUrl(h, path));
      const finding = page.getByTestId('reuse-shared');
      await finding.waitFor();
      expect(await finding.innerText()).toMatch(/ACME helpdesk and ACME PBX use the same password|ACME PBX and ACME helpdesk use the same password/);
      await page.close();
    }
  });

  it('removing a console from the options forgets its fingerprint', async () => {
    const page = await h.context.newPage();
    await page.goto(extensionUrl(h, 'src/options/index.html'));
    const item = page.locator('[data-testid=reuse-console]', { hasText: 'ACME helpdesk' });
    await item.getByTestId('reuse-remove').click();
    const protectedKeys = async () =>
      Object.keys(((await (await h.worker()).evaluate(() => chrome.storage.local.get('reuseFingerprints')))['reuseFingerprints'] as { consoles: object }).consoles);
    await until(async () => !(await protectedKeys()).includes(`zendesk|${h.server.origin(DESK)}`), 'the fingerprint removed from storage');
    expect(await protectedKeys()).toEqual([`3cx|${h.server.origin(PBX)}`]);
    await page.getByTestId('reuse-console').first().waitFor();
    expect(await page.getByTestId('reuse-console').count()).toBe(1);
    expect(await page.getByTestId('reuse-shared').count()).toBe(0);
    await page.close();
  });

  it('a page typing guesses by itself is held to its budget: then even the right one brings no warning, a user still does', async () => {
    const before = await reuseStats();
    // No page.evaluate here: Playwright evaluates with a user gesture, which would make the page's guesses the user's.
    const page = await h.context.newPage();
    await page.goto(`${h.server.url('guessing.example', '/')}#${encodeURIComponent(PASSWORD)}`);
    // The page's last guess is the right password, sent as at a submit: once the worker has answered it, the page's share is spent.
    await until(async () => (await reuseStats()).submitChecks > before.submitChecks, 'the check of the page-typed password', 60_000);
    const after = await reuseStats();
    expect(after.overBudget).toBeGreaterThan(before.overBudget);
    expect(after.matches).toBe(before.matches);
    expect(reuseReports(h.server.origin('guessing.example'))).toHaveLength(0);
    expect(await accessibleText(h, page)).not.toContain(WARNING);
    // The user's own typing draws on a share the page could not spend.
    await page.locator('#pw').fill('');
    await page.locator('#pw').pressSequentially(PASSWORD);
    await accessibleTextWith(h, page, WARNING, 'the warning for the user');
    await page.close();
  });

  it('"Leave this page" (the default: Enter) replaces the page with the block page', async () => {
    const url = h.server.url('leave.example', '/login');
    const { page } = await typeAndExpectWarning(url, (p) => p.locator('#CustomerPassword').pressSequentially(PASSWORD));
    await page.keyboard.press('Enter');
    await page.waitForURL(/chrome-extension:\/\/.*\/src\/blocked\/index\.html\?.*left=1/);
    expect(await page.getByTestId('blocked-reason').innerText()).toContain('ACME PBX');
    expect(await page.getByTestId('blocked-host').innerText()).toBe(new URL(url).host);
    await page.close();
  });

  it('a page that changes its route under the warning (hash, pushState) cannot take "Leave this page" away', async () => {
    const url = h.server.url('leave-moving.example', '/login');
    const { page, tabId } = await typeAndExpectWarning(url, (p) => p.locator('#CustomerPassword').pressSequentially(PASSWORD));
    const sw = await h.worker();
    type Seen = { urlsSeen: string[] };
    // The worker's listeners run in the order they were added: the extension's saw each route before this one did.
    await sw.evaluate((id) => {
      const g = globalThis as unknown as Seen;
      g.urlsSeen = [];
      chrome.tabs.onUpdated.addListener((t, change) => t === id && change.url && g.urlsSeen.push(change.url));
    }, tabId);
    await page.evaluate(() => {
      location.hash = '#step2';
      history.pushState({}, '', '/account/moved');
    });
    await until(async () => (await sw.evaluate(() => (globalThis as unknown as Seen).urlsSeen)).some((u) => u.endsWith('/account/moved')), 'both routes seen by the worker');
    expect((await badgeOf(h, tabId)).text).toBe('!!');
    await page.keyboard.press('Enter');
    await page.waitForURL(/chrome-extension:\/\/.*\/src\/blocked\/index\.html\?.*left=1/);
    await page.close();
  });

  it('"This is also my console" (two real clicks) adds the origin to that console and clears the badge', async () => {
    const url = h.server.url('also-mine.example', '/login');
    const { page, tabId } = await typeAndExpectWarning(url, (p) => p.locator('#CustomerPassword').pressSequentially(PASSWORD));
    await clickAccessible(h, page, 'This is also my console');
    await clickAccessible(h, page, /^Add also-mine\.example:\d+ to this console's allow-list\? Click again$/);
    const origin = h.server.origin('also-mine.example');
    await until(async () => {
      const s = (await (await h.worker()).evaluate(() => chrome.storage.local.get('settings')))['settings'] as { consoles: { label?: string; origins: string[] }[] };
      return s.consoles.find((c) => c.label === 'ACME PBX')?.origins.includes(origin);
    }, 'the origin added to ACME PBX');
    await until(async () => (await badgeOf(h, tabId)).text !== '!!', 'the red badge cleared');
    expect(await accessibleText(h, page)).not.toContain(WARNING);
    await page.close();
  });

  it('with lookalikeAction "block" the tab is replaced by the block page, reported as such', async () => {
    await setUserSettings(h, {
      consoles: [{ product: '3cx', label: 'ACME PBX', origins: [h.server.origin(PBX)] }],
      reportUrl: collector.url,
      lookalikeAction: 'block',
    });
    const page = await h.context.newPage();
    await page.goto(h.server.url('blocked.example', '/login'));
    await page.locator('#CustomerPassword').pressSequentially(PASSWORD);
    await page.waitForURL(/chrome-extension:\/\/.*\/src\/blocked\/index\.html\?.*reuse=/);
    expect(await page.getByTestId('blocked-reason').innerText()).toContain('ACME PBX');
    await until(() => reuseReports(h.server.origin('blocked.example')).length > 0, 'the block report');
    expect(reuseReports(h.server.origin('blocked.example'))[0]!.data['action']).toBe('block');
    await page.close();
  });
});
