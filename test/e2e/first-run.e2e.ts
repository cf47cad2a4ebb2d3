import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extensionUrl, firstRunOf, launch, openTrusted, setUserSettings, until, type Harness } from './harness';
import { makeTestExtension, PolicyFile, canWritePolicy, type TestExtension } from './policy-support';

/**
 * The first hour of one person: a fresh install opens the welcome page, a pasted list of consoles lands on the
 * allow-list (good lines in, bad lines explained and left out), and the first console visited is trusted.
 */

let h: Harness;
const PBX = 'pbx.acme.example';
const HELP = 'help.acme.example';

type Stored = { consoles?: { product: string; origins: string[]; label?: string; recoveryEmail?: string }[] };
const storedSettings = async (): Promise<Stored> => (await h.worker()).evaluate(async () => ((await chrome.storage.local.get('settings'))['settings'] ?? {}) as Stored);

beforeAll(async () => {
  h = await launch({ keepWelcome: true });
  h.server.add({ host: PBX, path: '/', file: 'pbx/3cx-v16-login.html' });
});
afterAll(async () => {
  await h?.close();
});

describe('install', () => {
  it('asks at install only for what the README lists, not to read the clipboard', async () => {
    const sw = await h.worker();
    const warnings = await sw.evaluate(() => chrome.management.getPermissionWarningsByManifest(JSON.stringify(chrome.runtime.getManifest())));
    console.log(`install-time warnings: ${JSON.stringify(warnings)}`);
    expect(warnings.join('\n')).not.toMatch(/Read data you copy and paste/);
    const readme = readFileSync('README.md', 'utf8');
    for (const w of warnings) expect(readme, w).toContain(`*"${w}"*`);
  });
});

describe('first run', () => {
  let welcome: Page;

  it('a fresh install opens the welcome page: what it does, what it never does, how to pin the button', async () => {
    expect((await firstRunOf(await h.worker())).welcome).toBe('opened');
    welcome = await until(() => h.context.pages().find((p) => p.url() === extensionUrl(h, 'src/welcome/index.html')), 'the welcome tab');
    await welcome.getByTestId('console-list').waitFor();
    expect(await welcome.title()).toBe('Welcome to Admin Console Guard');
    expect(await welcome.getByTestId('welcome-never').textContent()).toContain('Your passwords stay in memory: never stored, logged, or sent anywhere.');
    expect(await welcome.getByTestId('welcome-pin').textContent()).toContain('then the pin beside Admin Console Guard');
  });

  it('pasting a mixed list adds the good lines and names each bad one, adding nothing of it', async () => {
    const pbxOrigin = h.server.origin(PBX);
    const list = [
      `${h.server.url(PBX, '/')}#/login`,
      'not a host name',
      `Helpdesk; Zendesk; ${h.server.origin(HELP)}; helpdesk-admin@acme.example`,
      `Typo; 3XC; branch.acme.example`,
      `Mail; 3cx; branch2.acme.example; not-an-email`,
    ].join('\n');
    await welcome.getByTestId('console-list').fill(list);
    await welcome.getByTestId('import-list').click();
    const report = welcome.getByTestId('import-report');
    await report.getByText('Consoles added: 2.').waitFor();
    const problems = await welcome.getByTestId('import-problem').allTextContents();
    expect(problems).toEqual([
      'Line 2 (not a host name): “not a host name” is not a web address (like pbx.example.com:5001 or https://acme.zendesk.com)',
      expect.stringMatching(/^Line 4 \(Typo; 3XC; branch\.acme\.example\): unknown product “3XC”/),
      'Line 5 (Mail; 3cx; branch2.acme.example; not-an-email): “not-an-email” is not an email address',
    ]);
    // The bad lines stay in the box to be fixed; only the good ones were stored, whole.
    expect(await welcome.getByTestId('console-list').inputValue()).toBe(['not a host name', 'Typo; 3XC; branch.acme.example', 'Mail; 3cx; branch2.acme.example; not-an-email'].join('\n'));
    expect((await storedSettings()).consoles).toEqual([
      { product: '3cx', origins: [pbxOrigin] },
      { label: 'Helpdesk', product: 'zendesk', origins: [h.server.origin(HELP)], recoveryEmail: 'helpdesk-admin@acme.example' },
    ]);
  });

  it('the first console visited afterwards is trusted', async () => {
    const { page } = await openTrusted(h, `${h.server.url(PBX, '/')}#/login`);
    await page.close();
  });

  it('pasting the same list again adds nothing twice', async () => {
    await welcome.getByTestId('console-list').fill(`${h.server.origin(PBX)}\n${h.server.origin(HELP)}`);
    await welcome.getByTestId('import-list').click();
    await welcome.getByTestId('import-report').getByText('Already on the list, skipped: lines 1, 2.').waitFor();
    expect((await storedSettings()).consoles).toHaveLength(2);
  });
});

describe('the options page: CSV export round-trips through import', () => {
  it('exports the allow-list as CSV and imports it back unchanged', async () => {
    const consoles = [
      { label: 'Head office, "HQ"', product: '3cx', origins: ['https://pbx.acme.example:5001', 'https://*.pbx.acme.example'], recoveryEmail: 'pbx@acme.example', recoveryEmailVerifiedAt: '2026-10-01' },
      { label: '=SUM(A1)', product: 'zendesk', origins: ['https://acme.zendesk.com'] },
      { product: 'freepbx', origins: ['http://10.0.0.5'] },
    ];
    await setUserSettings(h, { consoles });
    const options = await h.context.newPage();
    await options.goto(extensionUrl(h, 'src/options/index.html'));
    const [download] = await Promise.all([options.waitForEvent('download'), options.getByTestId('export-csv').click()]);
    expect(download.suggestedFilename()).toBe('admin-console-guard-consoles.csv');
    const csv = readFileSync((await download.path())!, 'utf8');
    expect(csv.split('\r\n')[0]).toBe('label,product,origins,recoveryEmail,recoveryEmailVerifiedAt');

    await setUserSettings(h, { consoles: [] });
    await options.reload();
    await options.getByTestId('import-csv').setInputFiles({ name: 'consoles.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    await options.getByTestId('console-transfer').getByText('Consoles added: 3.').waitFor();
    expect((await storedSettings()).consoles).toEqual(consoles);
    // The editor shows them after the import.
    await until(async () => (await options.getByTestId('user-console').count()) === 3, 'three consoles in the editor');
    await options.close();
  });
});

const writable = canWritePolicy();

describe.skipIf(!writable)('a policy-managed install', () => {
  let ext: TestExtension;
  let policy: PolicyFile;
  let managed: Harness;

  afterAll(async () => {
    await managed?.close();
    policy?.remove();
    ext?.remove();
  });

  it('does not open the welcome page when the organisation has set policy for it', async () => {
    ext = makeTestExtension();
    policy = new PolicyFile('firstrun');
    policy.writeFor(ext.id, { passwordTier: 'high' });
    managed = await launch({ extensionDir: ext.dir, keepWelcome: true });
    expect((await firstRunOf(await managed.worker())).welcome).toBe('policy');
    expect(managed.context.pages().filter((p) => p.url().includes('/src/welcome/'))).toEqual([]);
  });

  it('closes the welcome page again when the policy arrives shortly after the install', async () => {
    await managed?.close();
    policy.remove();
    ext.remove();
    ext = makeTestExtension();
    managed = await launch({ extensionDir: ext.dir, keepWelcome: true });
    const sw = await managed.worker();
    expect((await firstRunOf(sw)).welcome).toBe('opened');
    const welcome = await until(() => managed.context.pages().find((p) => p.url().includes('/src/welcome/')), 'the welcome tab');
    policy.writeFor(ext.id, { passwordTier: 'high' });
    await welcome.waitForEvent('close', { timeout: 20_000 });
    expect((await firstRunOf(sw)).welcome).toBe('policy');
  });
});
