import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SETTING_KEYS } from '../../src/core';
import type { Collector } from './collector';
import { extensionUrl, setBadgeOf, tabIdOf, until, type Harness } from './harness';
import { canWritePolicy, launchWithPolicy, type PolicyBrowser, type PolicyFile, type TestExtension } from './policy-support';

/**
 * Enterprise policy end to end: a real file in Chromium's machine policy folder, read by the browser and handed to
 * the extension through chrome.storage.managed. The extension under test is a copy of dist/ with its own id, so this
 * file's policy cannot reach other test files' browsers (which load dist/ under the release id).
 */

const writable = canWritePolicy();
if (!writable && process.env['CI']) throw new Error('policy e2e needs to write /etc/chromium/policies/managed (run as root)');

let h: Harness;
let ext: TestExtension;
let policy: PolicyFile;
let pbx: string;
let run: PolicyBrowser;
let collector: Collector;

const managed = async (): Promise<Record<string, unknown>> => (await h.worker()).evaluate(() => chrome.storage.managed.get(null));

async function options(): Promise<Page> {
  const page = await h.context.newPage();
  await page.goto(extensionUrl(h, 'src/options/index.html'));
  await page.getByTestId('consoles').waitFor();
  return page;
}

/** The label of a settings field carries "Set by your organisation" when the key is locked. */
const lockedLabel = (page: Page, name: string) => page.locator('.field', { has: page.locator(`[name=${name}]`) }).locator('.locked');

async function openConsole(host: string): Promise<{ page: Page; tabId: number; badge: { text: string; title: string } }> {
  h.server.add({ host, path: '/', file: 'pbx/3cx-v16-login.html' });
  const page = await h.context.newPage();
  await page.goto(`${h.server.url(host, '/')}#/login`);
  const tabId = await tabIdOf(h, page);
  const badge = await setBadgeOf(h, tabId, `a badge on ${host}`);
  return { page, tabId, badge };
}

describe.skipIf(!writable)('managed policy from a policy file', () => {
  beforeAll(async () => {
    run = await launchWithPolicy('policy', ({ server }) => {
      pbx = server.origin('pbx.acme.example');
      return { consoles: [{ product: '3cx', label: 'ACME PBX', origins: [pbx] }], passwordTier: 'high', lookalikeAction: 'block', allowUserChanges: false };
    });
    ({ h, ext, policy, collector } = run);
  });
  afterAll(async () => run?.close());

  it('reads the policy file: tier, allow-list and locks reach chrome.storage.managed and the options page', async () => {
    expect(h.extensionId).toBe(ext.id);
    await until(async () => (await managed())['passwordTier'] === 'high', 'the policy in chrome.storage.managed', 20_000);
    console.log(`first policy read: ${Date.now() - run.launchedAt} ms after launch`);

    const page = await options();
    await expect.poll(() => page.locator('select[name=passwordTier]').inputValue()).toBe('high');
    expect(await page.locator('select[name=passwordTier]').isDisabled()).toBe(true);
    await expect.poll(() => lockedLabel(page, 'passwordTier').textContent()).toBe('Set by your organisation');
    expect(await page.locator('select[name=lookalikeAction]').inputValue()).toBe('block');
    expect(await page.locator('select[name=lookalikeAction]').isDisabled()).toBe(true);
    // Not set by policy: editable, no lock.
    expect(await page.locator('select[name=breachCheck]').isDisabled()).toBe(false);
    expect(await lockedLabel(page, 'breachCheck').count()).toBe(0);
    // The organisation's console is listed as such; allowUserChanges: false takes the editor away.
    const row = page.getByTestId('policy-console');
    expect(await row.count()).toBe(1);
    expect(await row.textContent()).toContain('ACME PBX');
    expect(await row.textContent()).toContain(pbx);
    expect(await page.getByTestId('add-console').count()).toBe(0);
    expect(await page.getByTestId('settings-problems').count()).toBe(0);

    // The worker refuses a locked key even when an extension page asks for it directly, and takes an unlocked one.
    const refused = await page.evaluate(() => chrome.runtime.sendMessage({ type: 'settings/update', change: { passwordTier: 'low' } }));
    expect(refused).toMatchObject({ ok: false, problems: [{ key: 'passwordTier', message: 'passwordTier: set by your organisation, cannot be changed' }] });
    const taken = await page.evaluate(() => chrome.runtime.sendMessage({ type: 'settings/update', change: { breachCheck: 'off' } }));
    expect(taken).toEqual({ ok: true });
    await page.close();
  });

  it('applies the allow-list and the tier from policy to the badge and the popup', async () => {
    const trusted = await openConsole('pbx.acme.example');
    expect(trusted.badge).toEqual({ text: '✓', title: `3CX — trusted (${new URL(pbx).hostname})` });
    const popup = await h.context.newPage();
    await popup.goto(extensionUrl(h, `src/popup/index.html?tab=${trusted.tabId}`));
    await popup.getByTestId('verdict').getByText('Trusted console').waitFor();
    expect(await popup.getByTestId('tier').textContent()).toMatch(/^Password tier: High\b/);
    await popup.getByText('Managed by your organisation').first().waitFor();
    await popup.close();
    await trusted.page.close();

    const unknown = await openConsole('voip.branch.example');
    expect(unknown.badge).toEqual({ text: '?', title: `3CX — unknown origin (${new URL(h.server.origin('voip.branch.example')).hostname})` });
    await unknown.page.close();
  });

  it('takes a changed policy file while the browser runs', async () => {
    const changedAt = Date.now();
    policy.writeFor(ext.id, {
      consoles: [{ product: '3cx', label: 'ACME PBX', origins: [pbx] }],
      passwordTier: 'nist',
      allowUserChanges: true,
    });
    await until(async () => {
      const m = await managed();
      return m['passwordTier'] === 'nist' && !('lookalikeAction' in m);
    }, 'the changed policy in chrome.storage.managed', 20_000);
    console.log(`policy change applied: ${Date.now() - changedAt} ms after the file was written`);

    const page = await options();
    await expect.poll(() => page.locator('select[name=passwordTier]').inputValue()).toBe('nist');
    expect(await page.locator('select[name=passwordTier]').isDisabled()).toBe(true);
    // lookalikeAction left the policy: unlocked, back to the default; allowUserChanges: true gives the editor back.
    expect(await page.locator('select[name=lookalikeAction]').isDisabled()).toBe(false);
    expect(await page.locator('select[name=lookalikeAction]').inputValue()).toBe('warn');
    await page.getByTestId('add-console').waitFor();
    await page.close();
  });

  it('reports invalid policy values on the options page and to the collector, and applies the valid rest', async () => {
    const consoles: unknown[] = [
      { product: '3cx', label: 'ACME PBX', origins: [pbx] },
      { product: '3cx', label: 'Branch', origins: ['https://pbx.branch.example', 'pbx.branch.example/admin'] },
      { product: 'zendesk', label: 'L'.repeat(200_000), origins: ['https://acme.zendesk.com'] },
    ];
    for (let i = consoles.length; i < 10_000; i++) consoles.push({ product: 'freepbx', origins: [`https://pbx-${i}.fleet.example`] });
    policy.writeFor(ext.id, {
      consoles,
      passwordTier: 'ultra', // not a tier: reaches the extension (the schema has no enum) and is reported
      lookalikeAction: 42, // wrong JSON type: Chromium drops it before the extension sees it
      bogusKey: true, // not in the schema: Chromium drops it as well
      recoveryEmailMaxAgeDays: 100_000,
      reportUrl: collector.url,
      reportHeaders: { 'Bad Header': 'x' },
      reportDevice: 'd'.repeat(1_000_000),
      customTier: { minLength: 8 },
      unknownOriginAction: 'warn',
      orgEmailDomains: ['acme.example'],
    });
    const m = await until(async () => {
      const v = await managed();
      return v['passwordTier'] === 'ultra' ? v : null;
    }, 'the invalid policy in chrome.storage.managed', 20_000);
    expect('lookalikeAction' in m).toBe(false);
    expect('bogusKey' in m).toBe(false);
    expect((m['consoles'] as unknown[]).length).toBe(10_000);

    const page = await options();
    const problems = page.getByTestId('settings-problems');
    await problems.waitFor();
    const text = (await problems.textContent()) ?? '';
    expect(text).toContain('passwordTier: Invalid option');
    expect(text).toContain('consoles.1.origins.1: must be an origin');
    expect(text).toContain('consoles: only the first 500 of 10000 consoles are used');
    expect(text).toContain('recoveryEmailMaxAgeDays');
    expect(text).toContain('consoles.2.label');
    expect(text).toContain('reportHeaders');
    expect(text).toContain('reportDevice');
    expect(text).toContain('customTier.maxLength');
    // The report quotes no value: a megabyte string does not end up on the page.
    expect(text.length).toBeLessThan(5_000);

    // Ignored: invalid keys fall back to the default and stay editable.
    expect(await page.locator('select[name=passwordTier]').inputValue()).toBe('recommended');
    expect(await page.locator('select[name=passwordTier]').isDisabled()).toBe(false);
    expect(await page.locator('select[name=lookalikeAction]').isDisabled()).toBe(false);
    expect(await page.locator('input[name=recoveryEmailMaxAgeDays]').inputValue()).toBe('90');
    // Applied: the valid keys, and every valid console among the first 500.
    expect(await page.locator('select[name=unknownOriginAction]').inputValue()).toBe('warn');
    expect(await page.locator('select[name=unknownOriginAction]').isDisabled()).toBe(true);
    expect(await page.locator('textarea[name=orgEmailDomains]').inputValue()).toBe('acme.example');
    expect(await page.getByTestId('policy-console').count()).toBe(498);
    expect(await page.locator('input[name=reportUrl]').inputValue()).toBe(collector.url);
    await page.close();

    const trusted = await openConsole('pbx.acme.example');
    expect(trusted.badge.title).toBe(`3CX — trusted (${new URL(pbx).hostname})`);
    await trusted.page.close();

    // The valid reportUrl from the same policy carries the rejected keys to the administrator's collector.
    const report = await until(() => collector.received.map((r) => r.body as { type: string; data: { problems: { key: string; message: string }[] } }).find((e) => e.type === 'invalidPolicy'), 'an invalidPolicy report');
    const keys = new Set(report.data.problems.map((p) => p.key));
    for (const k of ['passwordTier', 'consoles', 'recoveryEmailMaxAgeDays', 'reportHeaders', 'reportDevice', 'customTier']) expect(keys, k).toContain(k);
    expect(JSON.stringify(report).length).toBeLessThan(20_000);
  });

  it('accepts the generated Linux policy template as it is: every key applies, nothing is reported', async () => {
    const template = JSON.parse(readFileSync('docs/policy-templates/linux/admin-console-guard-policy.json', 'utf8')) as { '3rdparty': { extensions: Record<string, Record<string, unknown>> } };
    const [values] = Object.values(template['3rdparty'].extensions);
    expect(Object.keys(values!).sort()).toEqual([...SETTING_KEYS].sort());
    policy.writeFor(ext.id, values!);
    await until(async () => (await managed())['reportUrl'] === values!['reportUrl'], 'the template policy in chrome.storage.managed', 20_000);
    expect(Object.keys(await managed()).sort()).toEqual([...SETTING_KEYS].sort());

    const page = await options();
    await expect.poll(() => page.locator('select[name=passwordTier]').inputValue()).toBe(values!['passwordTier']);
    expect(await page.getByTestId('settings-problems').count()).toBe(0);
    for (const name of ['passwordTier', 'breachCheck', 'lookalikeAction', 'unknownOriginAction', 'recoveryEmailMaxAgeDays', 'reportUrl', 'orgEmailDomains', 'protectedNames', 'clipboardClearSeconds'])
      expect(await lockedLabel(page, name).count(), name).toBe(1);
    await page.close();
  });
});
