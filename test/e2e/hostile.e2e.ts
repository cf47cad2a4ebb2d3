import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accessibleText, badgeOf, launch, setBadgeOf, setUserSettings, tabIdOf, until, type Harness } from './harness';

let h: Harness;
beforeAll(async () => {
  h = await launch();
  await setUserSettings(h, {
    consoles: [{ product: '3cx', label: 'ACME PBX', origins: [h.server.origin('pbx.acme.example')], recoveryEmail: 'pbx@acme.example', recoveryEmailVerifiedAt: new Date().toISOString().slice(0, 10) }],
  });
});
afterAll(async () => {
  await h?.close();
});

async function badgeFor(page: import('playwright-core').Page, what: string) {
  return setBadgeOf(h, await tabIdOf(h, page), what);
}

describe('hostile pages cannot fool or use the extension', () => {
  it('overriding DOM prototypes in the page does not blind the detector (isolated world)', async () => {
    h.server.add({ host: 'pbx.acme.example.evil.test', path: '/', file: 'pbx/3cx-v16-login.html', inject: 'hostile/blind-detector.snippet.html' });
    const page = await h.context.newPage();
    await page.goto(`${h.server.url('pbx.acme.example.evil.test', '/')}#/login`);
    expect(await page.evaluate(() => document.title)).toBe('Blog');
    const badge = await badgeFor(page, 'the look-alike badge');
    expect(badge).toEqual({ text: '!!', title: '3CX — look-alike of pbx.acme.example!' });
    await page.close();
  });

  it('named forms and images that clobber document and form properties do not blind the detector', async () => {
    h.server.add({ host: 'pbx.acme.example.clobber.test', path: '/', file: 'pbx/3cx-v16-login.html', inject: 'hostile/clobber-detector.snippet.html' });
    const page = await h.context.newPage();
    await page.goto(`${h.server.url('pbx.acme.example.clobber.test', '/')}#/login`);
    // The clobbering is real: in the page, these names are the elements.
    expect(await page.evaluate(() => [typeof document.querySelector, typeof document.title, typeof document.forms[0]!.hasAttributes])).toEqual([
      'object',
      'object',
      'object',
    ]);
    const badge = await badgeFor(page, 'the look-alike badge');
    expect(badge).toEqual({ text: '!!', title: '3CX — look-alike of pbx.acme.example!' });
    // And the console module's warning is shown over it, in front.
    await until(async () => (await accessibleText(h, page)).includes('Warning: this is not your console'), 'the warning in the accessibility tree');
    const onTop = await page.evaluate(() => {
      const top = Document.prototype.elementFromPoint.call(document, innerWidth / 2, innerHeight / 2);
      return top?.localName;
    });
    expect(onTop).toBe('acg-guard');
    await page.close();
  });

  it('the warning cannot be read, hidden, removed or covered by the page', async () => {
    h.server.add({ host: 'pbx-acme.example', path: '/', file: 'pbx/3cx-v16-login.html', inject: 'hostile/hide-warning.snippet.html' });
    const page = await h.context.newPage();
    await page.goto(`${h.server.url('pbx-acme.example', '/')}#/login`);
    await badgeFor(page, 'the look-alike badge');
    await until(async () => (await accessibleText(h, page)).includes('Warning: this is not your console'), 'the warning in the accessibility tree');
    // Let the page fight the warning for a while; then it must still be there, visible and on top.
    await page.waitForFunction(() => document.getElementById('cover') !== null);
    await page.waitForFunction(() => (window as unknown as { captured: unknown[] }).captured.length === 0 && !!document.querySelector('acg-guard'));
    const state = await page.evaluate(() => {
      const el = document.querySelector('acg-guard')!;
      const top = document.elementFromPoint(innerWidth / 2, innerHeight / 2);
      return { shadowRoot: el.shadowRoot, display: getComputedStyle(el).display, visibility: getComputedStyle(el).visibility, onTop: top === el, sawShadowRoot: (window as unknown as { sawShadowRoot?: boolean }).sawShadowRoot ?? false };
    });
    expect(state).toEqual({ shadowRoot: null, display: 'block', visibility: 'visible', onTop: true, sawShadowRoot: false });
    expect(await accessibleText(h, page)).toContain('Leave this page');
    // The page's synthetic clicks did not dismiss it; a real keypress on the focused default does leave.
    await page.keyboard.press('Enter');
    await page.waitForURL(/chrome-extension:\/\/.*\/src\/blocked\/index\.html/);
    await page.close();
  });

  it('a page that keeps opening its own modal dialog over the warning loses the page to the block page', async () => {
    h.server.add({ host: 'pbx.acme.example.session-check.test', path: '/', file: 'pbx/3cx-v16-login.html', inject: 'hostile/modal-over-warning.snippet.html' });
    const page = await h.context.newPage();
    await page.goto(`${h.server.url('pbx.acme.example.session-check.test', '/')}#/login`);
    await badgeFor(page, 'the look-alike badge');
    await page.waitForURL(/chrome-extension:\/\/.*\/src\/blocked\/index\.html/, { timeout: 15_000 });
    await page.getByText('Blocked: look-alike admin console').waitFor();
    await page.close();
  });

  it('a vendor-hosted tenant framed by a foreign page gets no tick', async () => {
    h.server.add({ host: 'evil-corp.zendesk.com', path: '/access/login', file: 'helpdesk/zendesk-login.html' });
    h.server.add({ host: 'support-portal-urgent.test', path: '/', file: 'hostile/frame-trusted.html' });
    const page = await h.context.newPage();
    const inner = h.server.url('evil-corp.zendesk.com', '/access/login');
    await page.goto(`${h.server.url('support-portal-urgent.test', '/')}?src=${encodeURIComponent(inner)}`);
    const badge = await badgeFor(page, 'a verdict for the framed tenant');
    expect(badge).toEqual({ text: '?', title: 'Zendesk — inside a page that is not trusted (support-portal-urgent.test)' });
    await page.close();
  });

  it('forged messages and events change no setting and add no origin', async () => {
    const sw = await h.worker();
    const before = await sw.evaluate(() => chrome.storage.local.get('settings'));
    h.server.add({ host: 'evil-pbx.test', path: '/', file: 'hostile/forge-messages.html' });
    const page = await h.context.newPage();
    await page.goto(h.server.url('evil-pbx.test', '/'));
    await badgeFor(page, 'a verdict for the forging page');
    const attempts = await page.evaluate(() => (window as unknown as { attempts: [string, unknown][] }).attempts);
    expect(attempts.every(([what]) => what === 'threw')).toBe(true);
    expect(await sw.evaluate(() => chrome.storage.local.get('settings'))).toEqual(before);
    expect((await badgeOf(h, await tabIdOf(h, page))).title).toMatch(/unknown origin/);
    await page.close();
  });

  it('a trusted console framed by a foreign page is not "trusted"', async () => {
    h.server.add({ host: 'pbx.acme.example', path: '/', file: 'pbx/3cx-v16-login.html' });
    h.server.add({ host: 'helpdesk-urgent.test', path: '/', file: 'hostile/frame-trusted.html' });
    const page = await h.context.newPage();
    const inner = `${h.server.url('pbx.acme.example', '/')}#/login`;
    await page.goto(`${h.server.url('helpdesk-urgent.test', '/')}?src=${encodeURIComponent(inner)}`);
    const badge = await badgeFor(page, 'a verdict for the framed console');
    expect(badge.title).toBe('3CX — inside a page that is not trusted (helpdesk-urgent.test)');
    expect(badge.text).toBe('?');
    await page.close();
  });
});
