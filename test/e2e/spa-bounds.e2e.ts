import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { badgeOf, launch, openTrusted, setUserSettings, tabIdOf, until, type Harness } from './harness';

let h: Harness;
beforeAll(async () => {
  h = await launch();
  await setUserSettings(h, { consoles: [{ product: '3cx', origins: [h.server.origin('pbx.acme.example')] }] });
});
afterAll(async () => {
  await h?.close();
});

type Stats = { maxEvaluations: number; recent: { tabId: number }[] };
const stats = async (): Promise<Stats> => (await h.worker()).evaluate(() => (globalThis as unknown as { acgStats: Stats }).acgStats);
const snapshotsOf = async (tabId: number) => (await stats()).recent.filter((r) => r.tabId === tabId).length;

describe('the all-pages detector stays bounded on pages that never stop changing', () => {
  it('stops watching an allow-listed console SPA that re-renders every 10 ms once it is detected', async () => {
    h.server.add({ host: 'pbx.acme.example', path: '/', file: 'pbx/3cx-v16-login.html', inject: 'spa/churn.snippet.html' });
    const { page, tabId } = await openTrusted(h, `${h.server.url('pbx.acme.example', '/')}#/login`);
    const afterDetection = await snapshotsOf(tabId);
    // Two seconds of churn: ~200 re-renders, each a burst of mutations.
    await page.waitForFunction(() => (window as unknown as { renders: number }).renders >= 200, undefined, { timeout: 15_000 });
    expect(await snapshotsOf(tabId)).toBe(afterDetection);
    expect(afterDetection).toBeLessThanOrEqual(2);
    await page.close();
  });

  it('gives up on an ordinary churning page with a password field after a bounded number of evaluations', async () => {
    h.server.add({ host: 'app.plain.example', path: '/', html: '<title>Dashboard</title><form><input name=u><input type=password name=p></form>', inject: 'spa/churn.snippet.html' });
    const page = await h.context.newPage();
    await page.goto(h.server.url('app.plain.example', '/'));
    const tabId = await tabIdOf(h, page);
    await page.waitForFunction(() => (window as unknown as { renders: number }).renders >= 400, undefined, { timeout: 20_000 });
    const s = await stats();
    expect(s.maxEvaluations).toBeLessThanOrEqual(12);
    const sent = await snapshotsOf(tabId);
    expect(sent).toBeGreaterThanOrEqual(1);
    expect(sent).toBeLessThanOrEqual(12);
    // And it has stopped: another second of churn adds nothing.
    const renders = await page.evaluate(() => (window as unknown as { renders: number }).renders);
    await page.waitForFunction((r) => (window as unknown as { renders: number }).renders >= r + 100, renders, { timeout: 10_000 });
    expect(await snapshotsOf(tabId)).toBe(sent);
    await page.close();
  });

  it('still sees a console login view that a busy SPA routes to with pushState after it has backed off', async () => {
    h.server.add({ host: 'phones.widgets.example', path: '/login-view', file: 'pbx/3cx-v16-login.html' });
    h.server.add({
      host: 'phones.widgets.example',
      path: '/app',
      html: '<title>Dashboard</title><form><input name=u><input type=password name=p></form>',
      inject: 'spa/churn.snippet.html',
    });
    const page = await h.context.newPage();
    await page.goto(h.server.url('phones.widgets.example', '/app'));
    const tabId = await tabIdOf(h, page);
    // Over four seconds of churn on an ordinary sign-in page: the detector has sent snapshots and backed off as far
    // as it goes (an uncapped doubling would now wait until ~7.5 s).
    await page.waitForFunction(() => (window as unknown as { renders: number }).renders >= 450, undefined, { timeout: 15_000 });
    expect(await snapshotsOf(tabId)).toBeGreaterThanOrEqual(1);
    expect((await badgeOf(h, tabId)).text).toBe('');
    const html = await page.evaluate(async () => (await fetch('/login-view')).text());
    const routedAt = Date.now();
    // The app routes without a page load (pushState fires no event a content script sees) and renders its console login.
    await page.evaluate((markup) => {
      const next = new DOMParser().parseFromString(markup, 'text/html');
      const live = document.getElementById('live-counters')!;
      history.pushState(null, '', '/app/login');
      document.title = next.title;
      document.head.replaceWith(document.adoptNode(next.head));
      document.body.replaceWith(document.adoptNode(next.body));
      document.body.append(live);
    }, html);
    await until(async () => (await badgeOf(h, tabId)).text !== '', 'a badge for the routed-to console', 10_000);
    // At most one backed-off wait (≤ 1 s), the debounce and the worker's answer.
    expect(Date.now() - routedAt).toBeLessThan(2_000);
    await page.close();
  });
});
