import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { chromium, type BrowserContext, type Worker } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateExtensionKey, packCrx, readCrx, type PackResult } from '../../scripts/pack-crx';
import { forceInstallEntry } from '../../scripts/policy-templates';
import { CHROMIUM, EXTENSION_DIR, firstRunOf, until } from './harness';
import { canWritePolicy, PolicyFile } from './policy-support';

/**
 * Force-install as an administrator does it: the CRX and updates.xml that `npm run pack` makes, served over HTTP,
 * and an ExtensionSettings policy (the form docs/policy-templates ships) in Chromium's machine policy folder.
 * The CRX is signed with a key made for this run, so the policy names an id no other test file's browser loads.
 */

const writable = canWritePolicy();
if (!writable && process.env['CI']) throw new Error('force-install e2e needs to write /etc/chromium/policies/managed (run as root)');

let server: Server;
const requests: string[] = [];
let packed: PackResult;
let outDir: string;
let userDataDir: string;
let policy: PolicyFile;
let context: BrowserContext;
let launchedAt = 0;

async function extensionWorker(id: string): Promise<Worker> {
  const prefix = `chrome-extension://${id}/`;
  const live = context.serviceWorkers().find((w) => w.url().startsWith(prefix));
  if (live) return live;
  return context.waitForEvent('serviceworker', { predicate: (w) => w.url().startsWith(prefix), timeout: 30_000 });
}

describe.skipIf(!writable)('force-install from a self-hosted updates.xml', () => {
  beforeAll(async () => {
    server = createServer((req, res) => {
      requests.push(req.url ?? '');
      const name = basename((req.url ?? '/').split('?')[0]!);
      const file = name === 'updates.xml' ? packed.updatesXmlPath : name === basename(packed.crxPath) ? packed.crxPath : null;
      if (!file) return void res.writeHead(404).end();
      res.writeHead(200, { 'content-type': name.endsWith('.xml') ? 'text/xml' : 'application/x-chrome-extension', 'cache-control': 'no-store' });
      res.end(readFileSync(file));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/acg/`;

    outDir = mkdtempSync(join(tmpdir(), 'acg-crx-'));
    packed = packCrx({ distDir: EXTENSION_DIR, outDir, keyPem: generateExtensionKey(), updateBaseUrl: base });

    policy = new PolicyFile('forceinstall');
    policy.write({
      ExtensionSettings: { [packed.id]: forceInstallEntry('chrome', `${base}updates.xml`) },
      // Policy-installed extensions refuse DevTools (and so Playwright) unless this allows it.
      DeveloperToolsAvailability: 1,
      '3rdparty': { extensions: { [packed.id]: { passwordTier: 'nist', allowUserChanges: false } } },
    });

    userDataDir = mkdtempSync(join(tmpdir(), 'acg-force-'));
    launchedAt = Date.now();
    context = await chromium.launchPersistentContext(userDataDir, {
      executablePath: CHROMIUM,
      headless: false,
      // The updater must run: Playwright's defaults turn extensions and background networking off.
      ignoreDefaultArgs: ['--disable-extensions', '--disable-background-networking'],
      // No name resolves: with background networking on, nothing but the update server on 127.0.0.1 is reached.
      args: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-sync', '--disable-component-update', '--no-first-run', '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1'],
    });
  });

  afterAll(async () => {
    await context?.close();
    policy?.remove();
    server?.closeAllConnections();
    await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
    for (const dir of [outDir, userDataDir]) if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('packs a signed CRX3 whose id comes from the key, and an updates.xml pointing at it', () => {
    const crx = readCrx(readFileSync(packed.crxPath));
    expect(crx.id).toBe(packed.id);
    expect(packed.id).not.toBe(packed.manifestKeyId);
    const xml = readFileSync(packed.updatesXmlPath, 'utf8');
    expect(xml).toContain(`appid='${packed.id}'`);
    expect(xml).toContain(`codebase='${packed.updateUrl!.replace('updates.xml', basename(packed.crxPath))}'`);
    expect(xml).toContain(`version='${packed.version}'`);
  });

  it('installs through ExtensionSettings, runs as installType "admin" and applies its 3rdparty policy', async () => {
    // When it never comes, what the updater fetched says where it stopped.
    const sw = await extensionWorker(packed.id).catch((e: Error) => {
      throw new Error(`${e.message}; requests to the update server: ${JSON.stringify(requests)}`);
    });
    console.log(`force-installed and running: ${Date.now() - launchedAt} ms after launch`);
    expect(requests.some((u) => u.startsWith('/acg/updates.xml'))).toBe(true);
    expect(requests).toContain(`/acg/${basename(packed.crxPath)}`);

    const self = await sw.evaluate(() => chrome.management.getSelf());
    expect(self).toMatchObject({ id: packed.id, installType: 'admin', enabled: true, mayDisable: false, version: packed.version });
    expect(await sw.evaluate(() => chrome.runtime.getManifest().update_url)).toBe(packed.updateUrl);
    // A managed install gets its setup from the administrator: no welcome page.
    expect((await firstRunOf(sw)).welcome).toBe('managedInstall');
    expect(context.pages().filter((p) => p.url().includes('/src/welcome/'))).toEqual([]);

    await until(async () => (await sw.evaluate(() => chrome.storage.managed.get(null)))['passwordTier'] === 'nist', 'the 3rdparty policy in chrome.storage.managed', 20_000);
    const page = await context.newPage();
    await page.goto(`chrome-extension://${packed.id}/src/options/index.html`);
    await expect.poll(() => page.locator('select[name=passwordTier]').inputValue()).toBe('nist');
    expect(await page.locator('select[name=passwordTier]').isDisabled()).toBe(true);
    expect(await page.getByTestId('add-console').count()).toBe(0);
    await page.close();
  });
});
