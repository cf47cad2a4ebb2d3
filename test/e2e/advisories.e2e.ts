import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FEED_FORMAT, type Advisory } from '../../src/core';
import { Collector } from './collector';
import { accessibleText, accessibleTextWith, badgeOf, extensionUrl, launch, pageTimePasses, setUserSettings, tabIdOf, until, type Harness } from './harness';
import { canWritePolicy, launchWithPolicy, type PolicyBrowser } from './policy-support';

/**
 * Known vulnerabilities of the version a console reveals, end to end: affected and fixed versions of five products
 * (banner, popup, badge marker and report for affected; nothing for fixed), and a fleet feed served over HTTPS by the
 * fixture server (extends the table; a broken feed leaves the shipped table and the last good copy working).
 */

type Envelope = { type: string; data: Record<string, unknown> };
type Hooks = {
  acgTest: {
    refreshAdvisoryFeed: (force?: boolean) => Promise<unknown>;
    advisoryFeedState: () => Promise<{ url: string; advisories: { id: string }[]; problems: { index: number; id?: string }[]; lastError?: string; fetchedAt?: string } | null>;
    setClockOffsetDays: (d: number) => void;
    advisoryFactsJudged: () => number;
  };
};

const fixture = (file: string, replace: Record<string, string>) => {
  let html = readFileSync(`test/fixtures/${file}`, 'utf8');
  for (const [from, to] of Object.entries(replace)) html = html.replaceAll(from, to);
  return html;
};

interface Case {
  name: string;
  product: string;
  host: string;
  path: string;
  hash?: string;
  html: (version: string) => string;
  affected: string;
  fixed: string;
  /** The version as the banner names it. */
  label: (v: string) => string;
  cves: string[];
  kev: string[];
}

const CASES: Case[] = [
  {
    name: 'FreePBX',
    product: 'freepbx',
    host: 'pbx',
    path: '/admin/config.php',
    html: (v) => fixture('pbx/freepbx-endpoint.html', { ENDPOINT_VERSION: v }),
    affected: '16.0.88',
    fixed: '16.0.89',
    label: (v) => `endpoint ${v}`,
    cves: ['CVE-2025-57819'],
    kev: ['CVE-2025-57819'],
  },
  {
    name: 'GLPI',
    product: 'glpi',
    host: 'helpdesk',
    path: '/index.php',
    html: (v) => fixture('helpdesk/glpi-login.html', { '10.0.16': v }),
    affected: '10.0.2',
    fixed: '10.0.16',
    label: (v) => v,
    cves: ['CVE-2022-35914'],
    kev: ['CVE-2022-35914'],
  },
  {
    name: 'ServiceDesk Plus',
    product: 'manageengine-servicedesk-plus',
    host: 'sdp',
    path: '/',
    html: (v) => fixture('helpdesk/manageengine-servicedesk-plus-login.html', { '14103': v }),
    affected: '11305',
    fixed: '14103',
    label: (v) => v,
    cves: ['CVE-2021-44077', 'CVE-2022-47966'],
    kev: ['CVE-2021-44077', 'CVE-2022-47966'],
  },
  {
    name: 'SysAid',
    product: 'sysaid',
    host: 'sysaid',
    path: '/Login.jsp',
    html: (v) => fixture('helpdesk/sysaid-login.html', { '23.3.40b6': v }),
    affected: '23.3.35b12',
    fixed: '23.3.40b6',
    label: (v) => v.replace(/b\d+$/, ''),
    cves: ['CVE-2023-47246'],
    kev: ['CVE-2023-47246'],
  },
  {
    name: '3CX',
    product: '3cx',
    host: 'pbx3cx',
    path: '/',
    hash: '#/app/dashboard',
    html: (v) => fixture('pbx/3cx-v18-console.html', { PBX_VERSION: v }),
    affected: '18.0.7.312',
    fixed: '18.0.5.418',
    label: (v) => v,
    cves: ['CVE-2023-29059'],
    kev: [],
  },
];

let h: Harness;
let collector: Collector;
const envelopes = () => collector.received.map((r) => r.body as Envelope);
const hostOf = (c: Case, which: 'affected' | 'fixed') => `${c.host}-${which}.acme.example`;

/** How many pages' facts the worker has judged since it started. */
const factsJudged = async () => (await h.worker()).evaluate(() => (globalThis as unknown as Hooks).acgTest.advisoryFactsJudged());

/** The frame's advisory findings once the worker judged the page's facts (an empty list: judged, nothing applies). */
async function judged(tabId: number): Promise<unknown[]> {
  const sw = await h.worker();
  return until(
    async () => sw.evaluate(async (id) => ((await chrome.storage.session.get(`advisory:${id}`))[`advisory:${id}`] as Record<string, { findings: unknown[] }> | undefined)?.['0']?.findings, tabId),
    'the page’s facts judged',
  );
}

async function open(c: Case, which: 'affected' | 'fixed'): Promise<{ page: Page; tabId: number }> {
  const page = await h.context.newPage();
  await page.goto(h.server.url(hostOf(c, which), c.path) + (c.hash ?? ''));
  return { page, tabId: await tabIdOf(h, page) };
}

/** The popup's advisory section; `expected`: it is waited for (the popup asks for it apart from the verdict). */
async function popupText(tabId: number, expected: boolean): Promise<{ popup: Page; section: string | null }> {
  const popup = await h.context.newPage();
  await popup.goto(extensionUrl(h, `src/popup/index.html?tab=${tabId}`));
  await popup.getByTestId('verdict').waitFor();
  await popup.getByTestId('tier').waitFor();
  const section = popup.getByTestId('advisories');
  if (expected) await section.waitFor();
  return { popup, section: (await section.count()) ? await section.innerText() : null };
}

describe('advisories on consoles that reveal their version', () => {
  beforeAll(async () => {
    h = await launch();
    collector = await new Collector().start();
    for (const c of CASES)
      for (const which of ['affected', 'fixed'] as const) h.server.add({ host: hostOf(c, which), path: c.path, html: c.html(c[which]) });
    await setUserSettings(h, {
      consoles: CASES.flatMap((c) => (['affected', 'fixed'] as const).map((w) => ({ product: c.product, origins: [h.server.origin(hostOf(c, w))] }))),
      reportUrl: collector.url,
    });
  });
  afterAll(async () => {
    await h?.close();
    await collector?.stop();
  });

  for (const c of CASES) {
    it(`${c.name} ${c.affected}: banner, badge marker, popup and one report`, async () => {
      const { page, tabId } = await open(c, 'affected');
      const label = c.label(c.affected);
      const text = await accessibleTextWith(h, page, `${c.name} ${label} has known vulnerabilities`, 'the advisory banner');
      for (const id of c.cves) expect(text).toContain(c.kev.includes(id) ? `${id} — known to be exploited (CISA KEV since` : `${id} — not in CISA’s catalogue`);
      expect(text).toContain('Vendor advisory');
      const badge = await until(async () => {
        const b = await badgeOf(h, tabId);
        return b.text === '✓⚠' ? b : null;
      }, 'the badge marker');
      for (const id of c.cves) expect(badge.title).toContain(id);

      const { popup, section } = await popupText(tabId, true);
      expect(section).toContain(`${c.name} ${label} has known vulnerabilities`);
      for (const id of c.cves) expect(section).toContain(id);
      expect(section).toMatch(/Fix: /);
      await popup.close();

      const report = await until(() => envelopes().find((e) => e.type === 'consoleAdvisory' && e.data['product'] === c.product), 'the consoleAdvisory report');
      expect(report.data).toMatchObject({ origin: h.server.origin(hostOf(c, 'affected')), version: c.label(c.affected).replace(/^endpoint /, ''), ids: c.cves, kev: c.kev });
      // Once per console and version: a second visit adds no report.
      await page.reload();
      await accessibleTextWith(h, page, `${c.name} ${label} has known vulnerabilities`, 'the banner again');
      await (await h.worker()).evaluate(() => (globalThis as unknown as { acgTest: { flushReports: () => Promise<void> } }).acgTest.flushReports());
      expect(envelopes().filter((e) => e.type === 'consoleAdvisory' && e.data['product'] === c.product)).toHaveLength(1);
      await page.close();
    });

    it(`${c.name} ${c.fixed}: read and judged, nothing shown or reported`, async () => {
      const { page, tabId } = await open(c, 'fixed');
      expect(await judged(tabId)).toEqual([]);
      expect((await badgeOf(h, tabId)).text).toBe('✓');
      expect(await accessibleText(h, page)).not.toMatch(/known vulnerabilities/);
      const { popup, section } = await popupText(tabId, false);
      expect(section).toBeNull();
      await popup.close();
      expect(envelopes().filter((e) => e.type === 'consoleAdvisory' && e.data['origin'] === h.server.origin(hostOf(c, 'fixed')))).toEqual([]);
      await page.close();
    });
  }

  it('a single-page console that shows its version only on a view opened minutes later (hash route): read then', async () => {
    const host = 'pbx3cx-routes.acme.example';
    h.server.add({ host, path: '/', html: fixture('flows/3cx-v18-updates-route.html', { PBX_VERSION: '18.0.7.312' }) });
    const sw = await h.worker();
    await sw.evaluate(async (origin) => {
      const { settings } = await chrome.storage.local.get('settings');
      const s = settings as { consoles: unknown[] };
      await chrome.storage.local.set({ settings: { ...s, consoles: [...s.consoles, { product: '3cx', origins: [origin] }] } });
    }, h.server.origin(host));
    const page = await h.context.newPage();
    await page.goto(`${h.server.url(host, '/')}#/app/dashboard`);
    const tabId = await tabIdOf(h, page);
    expect(await judged(tabId)).toEqual([]);
    // Minutes pass on the dashboard: the reads at injection and after the load are long done.
    await pageTimePasses(h, page, 3 * 60_000);
    expect(await accessibleText(h, page)).not.toMatch(/known vulnerabilities/);
    await page.getByRole('link', { name: 'Updates' }).click();
    await accessibleTextWith(h, page, '3CX 18.0.7.312 has known vulnerabilities', 'the advisory banner after the route change');
    await until(async () => (await badgeOf(h, tabId)).text === '✓⚠', 'the badge marker');
    // On to a view without the version: the document still runs that version, the marker stays.
    const judgedBefore = await factsJudged();
    await page.getByRole('link', { name: 'Extensions' }).click();
    await until(async () => (await factsJudged()) > judgedBefore, 'the Extensions view’s facts judged');
    const { popup, section } = await popupText(tabId, true);
    expect(section).toContain('3CX 18.0.7.312 has known vulnerabilities');
    await popup.close();
    expect((await badgeOf(h, tabId)).text).toBe('✓⚠');
    await page.close();
  });

  it('a console page that reveals no version gets no verdict (FreePBX login: framework only)', async () => {
    h.server.add({ host: 'pbx-login.acme.example', path: '/admin/config.php', file: 'pbx/freepbx-login.html' });
    const page = await h.context.newPage();
    await page.goto(h.server.url('pbx-login.acme.example', '/admin/config.php'));
    const tabId = await tabIdOf(h, page);
    expect(await judged(tabId)).toEqual([]);
    expect((await badgeOf(h, tabId)).text).not.toContain('⚠');
    await page.close();
  });
});

const writable = canWritePolicy();

describe.skipIf(!writable)('a fleet’s advisory feed (policy advisoriesUrl, served over https)', () => {
  let run: PolicyBrowser;
  const FEED_HOST = 'advisories.acme.example';
  const fleetEntry: Advisory = {
    id: 'acme-glpi-internal-2026-1',
    product: 'glpi',
    scheme: 'dotted',
    affected: [{ introduced: '10.0.0', fixed: '10.0.17' }],
    cves: [{ id: 'CVE-2026-0001', kevDateAdded: '2026-01-15' }],
    title: { en: 'ACME test advisory for GLPI 10.0', de: 'ACME-Testhinweis für GLPI 10.0' },
    fix: { en: 'Update to 10.0.17.', de: 'Auf 10.0.17 aktualisieren.' },
    sources: { vendor: 'https://glpi-project.org/', nvd: ['https://nvd.nist.gov/vuln/detail/CVE-2026-0001'] },
  };
  const serveFeed = (body: string, contentType = 'application/json', status = 200) => h.server.add({ host: FEED_HOST, path: '/advisories.json', html: body, contentType, status });
  const feedRequests = () => h.server.requests.filter((r) => r.host === FEED_HOST).length;
  const hooks = async () => h.worker();
  const state = async () => (await hooks()).evaluate(() => (globalThis as unknown as Hooks).acgTest.advisoryFeedState());
  const refresh = async () => (await hooks()).evaluate(() => (globalThis as unknown as Hooks).acgTest.refreshAdvisoryFeed());
  const advance = async (days: number) => (await hooks()).evaluate((d) => (globalThis as unknown as Hooks).acgTest.setClockOffsetDays(d), days);

  let visits = 0;
  async function bannerOn(version: string): Promise<string> {
    const host = `glpi-${version.replace(/\./g, '-')}-${++visits}.acme.example`;
    h.server.add({ host, path: '/index.php', html: fixture('helpdesk/glpi-login.html', { '10.0.16': version }) });
    const page = await h.context.newPage();
    await page.goto(h.server.url(host, '/index.php'));
    const text = await accessibleTextWith(h, page, `GLPI ${version} has known vulnerabilities`, `the banner on GLPI ${version}`);
    await page.close();
    return text;
  }

  beforeAll(async () => {
    run = await launchWithPolicy(
      'advisories',
      ({ server, collector }) => ({ advisoriesUrl: server.url(FEED_HOST, '/advisories.json'), consoles: [{ product: 'glpi', origins: [`https://*.acme.example:${server.port}`] }], reportUrl: collector.url }),
      (server) => server.add({ host: FEED_HOST, path: '/advisories.json', html: JSON.stringify({ format: FEED_FORMAT, advisories: [fleetEntry] }), contentType: 'application/json' }),
    );
    ({ h, collector } = run);
  });
  afterAll(async () => run?.close());

  it('fetches the feed over https and extends the shipped table with it', async () => {
    const first = await until(async () => ((await state())?.fetchedAt ? state() : null), 'the first feed fetch', 20_000);
    expect(first!.advisories.map((a) => a.id)).toEqual([fleetEntry.id]);
    // 10.0.16 is fixed for the shipped CVE-2022-35914, affected by the fleet's own entry.
    const text = await bannerOn('10.0.16');
    expect(text).toContain('ACME test advisory for GLPI 10.0');
    expect(text).toContain('CVE-2026-0001 — known to be exploited (CISA KEV since 2026-01-15)');
    expect(text).not.toContain('CVE-2022-35914');
  });

  it('fetches at most daily', async () => {
    const before = feedRequests();
    await refresh();
    await refresh();
    expect(feedRequests()).toBe(before);
    await advance(1);
    await refresh();
    expect(feedRequests()).toBe(before + 1);
  });

  it('a broken feed (not JSON, then down) leaves the last good copy and the shipped table working', async () => {
    serveFeed('<html>Bad gateway</html>', 'text/html');
    await advance(2);
    await refresh();
    const broken = await state();
    expect(broken!.lastError).toMatch(/not JSON/);
    expect(broken!.advisories.map((a) => a.id)).toEqual([fleetEntry.id]);

    serveFeed('', 'text/plain', 503);
    await advance(3);
    await refresh();
    const down = await state();
    expect(down!.lastError).toMatch(/HTTP 503/);
    expect(down!.advisories.map((a) => a.id)).toEqual([fleetEntry.id]);

    // 10.0.2: the shipped CVE-2022-35914 and the fleet's entry (last good copy) both apply.
    const text = await bannerOn('10.0.2');
    expect(text).toContain('CVE-2022-35914 — known to be exploited (CISA KEV since 2023-03-07)');
    expect(text).toContain('CVE-2026-0001');
    expect(await bannerOn('10.0.16')).toContain('ACME test advisory for GLPI 10.0');
  });

  it('reports an invalid entry and skips it; the valid entries of the same feed apply', async () => {
    const second: Advisory = { ...fleetEntry, id: 'acme-glpi-internal-2026-2', cves: [{ id: 'CVE-2026-0002' }], title: { en: 'Second ACME advisory', de: 'Zweiter ACME-Hinweis' } };
    serveFeed(JSON.stringify({ format: FEED_FORMAT, advisories: [{ ...fleetEntry, id: 'acme-bad', sources: { vendor: 'http://insecure.example/' } }, second] }));
    await advance(4);
    await refresh();
    const now = await state();
    expect(now!.lastError).toBeUndefined();
    expect(now!.advisories.map((a) => a.id)).toEqual([second.id]);
    expect(now!.problems).toMatchObject([{ index: 0, id: 'acme-bad' }]);
    // The refused feeds of the test before were reported too (index -1); this one names the entry.
    const report = await until(
      () => envelopes().find((e) => e.type === 'advisoryFeedInvalid' && (e.data['problems'] as { index: number }[])[0]!.index === 0),
      'the advisoryFeedInvalid report of the entry',
    );
    expect(report.data).toMatchObject({ url: h.server.url(FEED_HOST, '/advisories.json'), problems: [{ index: 0, id: 'acme-bad' }] });
    const text = await bannerOn('10.0.16');
    expect(text).toContain('Second ACME advisory');
    expect(text).toContain('CVE-2026-0002 — not in CISA’s catalogue');
  });
});
