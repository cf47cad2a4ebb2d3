import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extensionUrl, openTrusted, until, type Harness } from './harness';
import { canWritePolicy, launchWithPolicy, untilPolicyRead, type PolicyBrowser } from './policy-support';

/** `reuseProtection: false` by policy: no fingerprint is taken, nothing is stored, the setting is locked. */

const writable = canWritePolicy();
if (!writable && process.env['CI']) throw new Error('policy e2e needs to write /etc/chromium/policies/managed (run as root)');

let run: PolicyBrowser;
let h: Harness;
const PBX = 'pbx.acme.example';
const PASSWORD = 'Blue-Falcon-Rides-42!';

type Hooks = { acgTest: { reuseStats: () => { notTaken: number; fingerprints: number; injected: number } } };

describe.skipIf(!writable)('reuseProtection switched off by policy', () => {
  beforeAll(async () => {
    run = await launchWithPolicy(
      'reuse',
      ({ server }) => ({ consoles: [{ product: '3cx', label: 'ACME PBX', origins: [server.origin(PBX)] }], reuseProtection: false }),
      (server) => server.add({ host: PBX, path: '/webclient/', file: 'pbx/3cx-login.html' }),
    );
    ({ h } = run);
  });
  afterAll(async () => run?.close());

  it('takes no fingerprint at sign-in and stores nothing; the option is locked off', async () => {
    const sw = await h.worker();
    await untilPolicyRead(h, 'reuseProtection', (v) => v === false);
    const { page } = await openTrusted(h, `${h.server.url(PBX, '/webclient/')}#/login`);
    await page.locator('#loginInput').fill('anna');
    await page.locator('#passwordInput').pressSequentially(PASSWORD);
    await page.locator('#submitBtn').click();
    const stats = () => sw.evaluate(() => (globalThis as unknown as Hooks).acgTest.reuseStats());
    // The sign-in reached the point where a fingerprint would be taken, and none was.
    await until(async () => (await stats()).notTaken > 0, 'the sign-in seen with the protection off');
    expect((await stats()).fingerprints).toBe(0);
    const local = await sw.evaluate(() => chrome.storage.local.get(null));
    expect(Object.keys(local)).not.toContain('reuseFingerprints');
    expect(JSON.stringify(local)).not.toContain(PASSWORD);

    const options = await h.context.newPage();
    await options.goto(extensionUrl(h, 'src/options/index.html'));
    const box = options.locator('[name=reuseProtection]');
    await box.waitFor();
    expect(await box.isChecked()).toBe(false);
    expect(await box.isDisabled()).toBe(true);
    expect(await options.getByTestId('reuse').innerText()).toContain('Password reuse protection is off.');
    await options.close();
    await page.close();
  });
});
