import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accessibleText, badgeOf, extensionUrl, launch, setBadgeOf, setUserSettings, tabIdOf, until, type Harness } from './harness';

let h: Harness;
beforeAll(async () => {
  h = await launch();
  await setUserSettings(h, {
    consoles: [
      // A confirmed recovery email: a trusted console with nothing to fix shows nothing in the page.
      { product: '3cx', label: 'ACME PBX', origins: [h.server.origin('pbx.acme.example')], recoveryEmail: 'pbx@acme.example', recoveryEmailVerifiedAt: new Date().toISOString().slice(0, 10) },
      { product: 'zendesk', origins: ['https://acme.zendesk.com'] },
    ],
  });
});
afterAll(async () => {
  await h?.close();
});

async function open(host: string, file: string, path = '/', hash = '') {
  h.server.add({ host, path, file });
  const page = await h.context.newPage();
  await page.goto(h.server.url(host, path) + hash);
  const tabId = await tabIdOf(h, page);
  const badge = await setBadgeOf(h, tabId, `a badge on ${host}`);
  return { page, tabId, badge };
}

describe('origin verdicts in the badge, the popup and the page', () => {
  it('trusted: an allow-listed console', async () => {
    const { page, badge } = await open('pbx.acme.example', 'pbx/3cx-v16-login.html', '/', '#/login');
    expect(badge).toEqual({ text: '✓', title: '3CX — trusted (pbx.acme.example)' });
    expect(await page.locator('acg-guard').count()).toBe(0);
    await page.close();
  });

  it('the badge belongs to the document: route changes of the console keep it, loading an ordinary page clears it', async () => {
    const { page, tabId, badge } = await open('pbx.acme.example', 'pbx/3cx-v16-login.html', '/', '#/login');
    expect(badge.text).toBe('✓');
    const sw = await h.worker();
    type Log = { badgeLog: (string | null)[] };
    // Every badge text the worker sets on this tab from now on (null: the tab's own badge dropped).
    await sw.evaluate((id) => {
      const g = globalThis as unknown as Log;
      g.badgeLog = [];
      const set = chrome.action.setBadgeText.bind(chrome.action);
      chrome.action.setBadgeText = ((d: chrome.action.BadgeTextDetails) => {
        if (d.tabId === id) g.badgeLog.push(d.text ?? null);
        return set(d);
      }) as typeof chrome.action.setBadgeText;
    }, tabId);
    const log = () => sw.evaluate(() => (globalThis as unknown as Log).badgeLog);
    // Chromium reports both as a "loading" tab with a new url. history.pushState shows no event to the detector; the
    // hash route after it makes the detector send the new route, whose verdict sets the badge again.
    await page.evaluate(() => history.pushState({}, '', '/app/'));
    await page.evaluate(() => (location.hash = '#/dashboard'));
    await until(async () => (await log()).includes('✓'), 'the badge set for the new route');
    expect(await log()).not.toContain(null);
    expect((await badgeOf(h, tabId)).text).toBe('✓');

    // A page of the same origin that is no console: a new document, the verdict and the badge go.
    h.server.add({ host: 'pbx.acme.example', path: '/news/', file: 'ordinary/blog-3cx-freepbx.html' });
    await page.goto(h.server.url('pbx.acme.example', '/news/'));
    await until(async () => (await log()).includes(null), 'the badge dropped');
    expect((await badgeOf(h, tabId)).text).toBe('');
    expect(await sw.evaluate((id) => chrome.storage.session.get(`tab:${id}`), tabId)).toEqual({});
    await page.close();
  });

  it('vendor: a tenant on the vendor-hosted domain that is not on the list', async () => {
    const { page, badge } = await open('other.zendesk.com', 'helpdesk/zendesk-login.html', '/access/login');
    expect(badge.title).toBe('Zendesk — vendor-hosted (other.zendesk.com)');
    await page.close();
  });

  it('unknown: a console on a foreign origin gets a banner and can be added from the popup', async () => {
    const { page, tabId, badge } = await open('pbx.branch.example', 'pbx/freepbx-login.html', '/admin/config.php');
    expect(badge).toEqual({ text: '?', title: 'FreePBX — unknown origin (pbx.branch.example)' });
    await until(async () => (await accessibleText(h, page)).includes('FreePBX console on an unknown origin'), 'the unknown-origin banner');

    const popup = await h.context.newPage();
    await popup.goto(extensionUrl(h, `src/popup/index.html?tab=${tabId}`));
    await popup.getByTestId('verdict').getByText('Unknown origin').waitFor();
    // The worker adds exactly the frame the popup showed, and nothing if the page has changed since.
    const stale = await popup.evaluate((id) => chrome.runtime.sendMessage({ type: 'allowlist/addTab', tabId: id, frameId: 0, frameUrl: 'https://attacker.test/' }), tabId);
    expect(stale).toMatchObject({ ok: false });
    await popup.getByTestId('add-origin').click();
    await popup.getByTestId('verdict').getByText('Trusted console').waitFor();
    expect((await badgeOf(h, tabId)).title).toBe('FreePBX — trusted (pbx.branch.example)');
    await popup.close();
    await page.close();
  });

  it('look-alike: an allow-listed host embedded in a foreign domain gets the full-page warning; Enter leaves', async () => {
    const { page, badge } = await open('pbx.acme.example.evil.test', 'pbx/3cx-v16-login.html', '/', '#/login');
    expect(badge).toEqual({ text: '!!', title: '3CX — look-alike of pbx.acme.example!' });
    await until(async () => (await accessibleText(h, page)).includes('Warning: this is not your console'), 'the look-alike warning');
    // "Leave" has the focus: Enter is the default action and takes the user to the extension's page.
    await page.keyboard.press('Enter');
    await page.waitForURL(/chrome-extension:\/\/.*\/src\/blocked\/index\.html\?.*left=1/);
    await page.getByText('You left a look-alike admin console').waitFor();
    await page.close();
  });

  it('look-alike: a homoglyph of the vendor domain (Cyrillic е in zendesk.com)', async () => {
    const { page, badge } = await open('acme.xn--zendsk-6of.com', 'helpdesk/zendesk-login.html', '/access/login');
    expect(badge.text).toBe('!!');
    expect(badge.title).toMatch(/^Zendesk — look-alike of (acme\.)?zendesk\.com!$/);
    await page.close();
  });

  it('block: with lookalikeAction "block" the look-alike is replaced by the block page', async () => {
    await setUserSettings(h, { lookalikeAction: 'block', consoles: [{ product: '3cx', origins: [h.server.origin('pbx.acme.example')] }] });
    h.server.add({ host: 'pbx-acme.example', path: '/', file: 'pbx/3cx-v16-login.html' });
    const page = await h.context.newPage();
    await page.goto(`${h.server.url('pbx-acme.example', '/')}#/login`);
    await page.waitForURL(/chrome-extension:\/\/.*\/src\/blocked\/index\.html/);
    await page.getByText('Blocked: look-alike admin console').waitFor();
    expect(await page.getByTestId('blocked-host').textContent()).toBe('pbx-acme.example');
    await page.close();
  });
});
