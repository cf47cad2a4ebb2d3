import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Collector } from './collector';
import { accessibleText, accessibleTextWith, badgeOf, extensionUrl, launch, pageTimePasses, setUserSettings, tabIdOf, until, type Harness } from './harness';
import { canWritePolicy, launchWithPolicy, untilPolicyRead, type PolicyBrowser } from './policy-support';

/**
 * Sign-in hygiene end to end (issue 17): the sign-in watcher in console frames, the recovery address read on the
 * view that shows it (route changes of a single-page console included), the three doors in the popup, the
 * noSecondFactor report, and the requireSecondFactor policy. Fixture flows: test/fixtures/flows/.
 */

const PBX = 'pbx.acme.example';
type Hooks = { acgTest: { setClockOffsetDays: (d: number) => void; signinRecords: () => Promise<Record<string, { last: string; passwordOnlyDays: string[] }>> } };

function addFlows(h: Harness): void {
  h.server.add({ host: PBX, path: '/', file: 'flows/3cx-v20-spa.html' });
  h.server.add({ host: 'support.acme.example', path: '/scp/login.php', file: 'helpdesk/osticket-login.html', inject: 'flows/osticket-signin.snippet.html' });
  h.server.add({ host: 'support.acme.example', path: '/scp/index.php', file: 'flows/osticket-index.html' });
  h.server.add({ host: 'support.acme.example', path: '/scp/profile.php', file: 'flows/osticket-profile.html' });
}

async function clockOffsetDays(h: Harness, days: number): Promise<void> {
  await (await h.worker()).evaluate((d) => (globalThis as unknown as Hooks).acgTest.setClockOffsetDays(d), days);
}

const records = async (h: Harness) => (await h.worker()).evaluate(() => (globalThis as unknown as Hooks).acgTest.signinRecords());

/** Opens the 3CX SPA on #/login and signs in; with `code`, answers the security-code step. Leaves it on the dashboard. */
async function signInTo3cx(h: Harness, opts: { query?: string; code?: string } = {}): Promise<{ page: Page; tabId: number }> {
  const page = await h.context.newPage();
  await page.goto(`${h.server.url(PBX, '/')}${opts.query ?? ''}#/login`);
  const tabId = await tabIdOf(h, page);
  await until(async () => (await badgeOf(h, tabId)).text, 'a badge on the 3CX sign-in');
  await page.locator('#loginInput').fill('anna');
  await page.locator('#passwordInput').pressSequentially('Correct-Horse-42-Battery!');
  // The meter's verdict shows the console module is running in the page (it watches the submit).
  await accessibleTextWith(h, page, /password policy/, 'the meter verdict');
  await page.locator('button[data-qa=login]').click();
  if (opts.code !== undefined) {
    await page.locator('#securityCode').waitFor();
    await page.locator('#securityCode').pressSequentially(opts.code);
    await page.locator('#codeForm button').click();
  }
  await until(() => page.evaluate(() => document.documentElement.getAttribute('data-view') === 'dashboard'), 'the dashboard');
  return { page, tabId };
}

/**
 * Ten minutes pass in the page (virtual time, see pageTimePasses): any watcher with a time limit in the console
 * module would have given up by then. The worker's clock moves the same ten minutes.
 */
async function tenMinutesLater(h: Harness, page: Page): Promise<void> {
  await pageTimePasses(h, page, 10 * 60_000);
  await clockOffsetDays(h, 10 / 1440);
}

async function popupFor(h: Harness, tabId: number): Promise<Page> {
  const popup = await h.context.newPage();
  await popup.goto(extensionUrl(h, `src/popup/index.html?tab=${tabId}`));
  await popup.getByTestId('doors').waitFor();
  return popup;
}

const secondFactorDoor = (popup: Page) => popup.getByTestId('door-second-factor').getAttribute('data-state');

describe('sign-in hygiene (user settings)', () => {
  let h: Harness;
  let collector: Collector;
  beforeAll(async () => {
    h = await launch();
    collector = await new Collector().start();
    addFlows(h);
  });
  afterAll(async () => {
    await h?.close();
    await collector?.stop();
  });

  const today = () => new Date().toISOString().slice(0, 10);
  const pbxConsole = (email = 'admin@acme.example') => ({ product: '3cx', label: 'ACME PBX', origins: [h.server.origin(PBX)], recoveryEmail: email, recoveryEmailVerifiedAt: today() });

  it('3CX SPA with a 2FA step: second factor seen; Settings › E-Mail opened ten minutes later in the same document is read', async () => {
    await setUserSettings(h, { consoles: [pbxConsole()], reportUrl: collector.url });
    const { page, tabId } = await signInTo3cx(h, { query: '?2fa=1', code: '493817' });
    await until(async () => (await records(h))[`3cx|${h.server.origin(PBX)}`]?.last === 'secondFactor', 'the sign-in with a second factor recorded');
    const popup = await popupFor(h, tabId);
    expect(await secondFactorDoor(popup)).toBe('seen');
    expect(await popup.getByTestId('doors').textContent()).toContain('Signed in with a second factor on');
    await popup.close();

    // Ten minutes later, the administrator opens Settings › E-Mail: same document, a route change.
    await tenMinutesLater(h, page);
    try {
      await page.bringToFront();
      await page.locator('#navEmail').click();
      await until(() => page.evaluate(() => document.documentElement.getAttribute('data-view') === 'settings-email'), 'the settings view');
      const seen = await until(async () => {
        const got = await (await h.worker()).evaluate(() => chrome.storage.local.get('recoverySeen'));
        return JSON.stringify(got).includes('admin@acme.example') ? got : null;
      }, 'the address read from Settings › E-Mail');
      expect(JSON.stringify(seen)).toContain('3cx|');
      const after = await popupFor(h, tabId);
      expect(await after.getByTestId('door-recovery').getAttribute('data-state')).toBe('ok');
      expect(await after.locator('[data-finding=noSecondFactor]').count()).toBe(0);
      await after.close();
    } finally {
      await clockOffsetDays(h, 0);
    }
    expect(collector.received.filter((r) => JSON.stringify(r.body).includes('noSecondFactor'))).toEqual([]);
    await page.close();
  });

  it('3CX SPA: a different address on Settings › E-Mail raises "changed" (banner, popup door)', async () => {
    await setUserSettings(h, { consoles: [pbxConsole('old-admin@acme.example')] });
    const { page, tabId } = await signInTo3cx(h, { query: '?2fa=1&mail=intruder@evil.example', code: '220044' });
    await tenMinutesLater(h, page);
    try {
      await page.bringToFront();
      await page.locator('#navEmail').click();
      const text = await accessibleTextWith(h, page, 'Recovery email changed', 'the changed banner');
      expect(text).toContain('intruder@evil.example');
      const popup = await popupFor(h, tabId);
      await until(async () => (await popup.getByTestId('door-recovery').getAttribute('data-state')) === 'recoveryEmailChanged', 'the changed door');
      await popup.close();
    } finally {
      await clockOffsetDays(h, 0);
    }
    await page.close();
  });

  it('3CX SPA without 2FA: "password alone" once, the finding and a report only on the second day', async () => {
    await setUserSettings(h, { consoles: [pbxConsole()], reportUrl: collector.url });
    await (await h.worker()).evaluate(() => chrome.storage.local.remove('signinRecords'));
    const first = await signInTo3cx(h);
    await until(async () => (await records(h))[`3cx|${h.server.origin(PBX)}`]?.last === 'passwordOnly', 'the password-only sign-in recorded');
    const popup = await popupFor(h, first.tabId);
    expect(await secondFactorDoor(popup)).toBe('notSeen');
    expect(await popup.locator('[data-finding=noSecondFactor]').count()).toBe(0);
    await popup.close();
    await first.page.close();

    // A failed sign-in on the next day adds nothing.
    await clockOffsetDays(h, 1);
    try {
      const failed = await h.context.newPage();
      await failed.goto(`${h.server.url(PBX, '/')}#/login`);
      const failedTab = await tabIdOf(h, failed);
      await until(async () => (await badgeOf(h, failedTab)).text, 'a badge');
      await failed.locator('#loginInput').fill('anna');
      await failed.locator('#passwordInput').pressSequentially('wrong');
      await accessibleTextWith(h, failed, /password policy|Change it once/, 'the meter verdict');
      await failed.locator('button[data-qa=login]').click();
      await until(() => failed.evaluate(() => document.documentElement.getAttribute('data-view') === 'login-failed'), 'the failed sign-in');
      const key = `3cx|${h.server.origin(PBX)}`;
      expect((await records(h))[key]!.passwordOnlyDays).toHaveLength(1);
      await failed.close();

      const second = await signInTo3cx(h);
      await until(async () => (await records(h))[key]?.passwordOnlyDays.length === 2, 'two password-only days');
      const report = await until(() => collector.received.map((r) => r.body as { type: string; data: Record<string, unknown> }).find((b) => b.type === 'noSecondFactor'), 'the noSecondFactor report');
      expect(report.data).toEqual({ product: '3cx', console: 'ACME PBX', origin: h.server.origin(PBX), date: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/) });
      const shown = await popupFor(h, second.tabId);
      const finding = shown.locator('[data-finding=noSecondFactor]');
      await finding.waitFor();
      expect(await finding.textContent()).toContain('No second-factor step at the last sign-ins to ACME PBX');
      expect(await finding.textContent()).toContain('Where to switch it on: Admin console › Users › select the user › tick “Enable 2FA”');
      // Not required by policy: the badge stays the trusted one.
      expect((await badgeOf(h, second.tabId)).text).toBe('✓');
      await shown.close();

      // The options page lists the console with the same finding.
      const options = await h.context.newPage();
      await options.goto(extensionUrl(h, 'src/options/index.html'));
      await options.getByTestId('signin-console').locator('[data-finding=noSecondFactor]').waitFor();
      await options.close();

      // A sign-in with a second factor clears it.
      const withCode = await signInTo3cx(h, { query: '?2fa=1', code: '771204' });
      await until(async () => (await records(h))[key]?.last === 'secondFactor', 'a sign-in with a second factor recorded');
      const cleared = await popupFor(h, withCode.tabId);
      expect(await secondFactorDoor(cleared)).toBe('seen');
      expect(await cleared.locator('[data-finding=noSecondFactor]').count()).toBe(0);
      await cleared.close();
      await withCode.page.close();
      await second.page.close();
    } finally {
      await clockOffsetDays(h, 0);
    }
  });

  it('a change-password form inside the signed-in console is no sign-in', async () => {
    await setUserSettings(h, { consoles: [pbxConsole()] });
    await (await h.worker()).evaluate(() => chrome.storage.local.remove('signinRecords'));
    h.server.add({ host: PBX, path: '/profile/', file: 'pbx/3cx-change-password.html' });
    const page = await h.context.newPage();
    await page.goto(`${h.server.url(PBX, '/profile/')}#/office/profile/password`);
    const tabId = await tabIdOf(h, page);
    await until(async () => (await badgeOf(h, tabId)).text === '✓', 'the trusted badge');
    await page.locator('#current').pressSequentially('Old-Correct-Horse-41!');
    await page.locator('#newPassword').pressSequentially('Correct-Horse-42-Battery!');
    await page.locator('#confirmPassword').pressSequentially('Correct-Horse-42-Battery!');
    await accessibleTextWith(h, page, 'The passwords match.', 'the meter');
    await page.locator('button[type=submit]').click();
    await until(() => page.evaluate(() => (window as unknown as { __submits: number }).__submits === 1), 'the submit');
    await page.evaluate(() => (location.hash = '#/office/dashboard'));
    const state = await (await h.worker()).evaluate((id) => chrome.storage.session.get(`signin:${id}`), tabId);
    expect(JSON.stringify(state)).not.toContain('"password"');
    await expect(until(async () => Object.keys(await records(h)).length > 0, 'a sign-in record', 1500)).rejects.toThrow(/timed out/);
    await page.close();
  });

  it('osTicket: a sign-in through full page loads, and the agent’s profile email read on My Profile', async () => {
    const origin = h.server.origin('support.acme.example');
    await setUserSettings(h, { consoles: [{ product: 'osticket', label: 'ACME Helpdesk', origins: [origin], recoveryEmail: 'anna.admin@acme.example', recoveryEmailVerifiedAt: today() }] });
    const page = await h.context.newPage();
    await page.goto(h.server.url('support.acme.example', '/scp/login.php'));
    const tabId = await tabIdOf(h, page);
    await until(async () => (await badgeOf(h, tabId)).text === '✓', 'the trusted badge');
    await page.locator('#name').fill('anna');
    await page.locator('#pass').pressSequentially('Correct-Horse-42-Battery!');
    await accessibleTextWith(h, page, /password policy/, 'the meter verdict');
    await Promise.all([page.waitForURL(/\/scp\/index\.php$/), page.locator('#pass').press('Enter')]);
    const key = `osticket|${origin}`;
    await until(async () => (await records(h))[key]?.last === 'passwordOnly', 'the password-only sign-in recorded across the page load');

    await page.goto(h.server.url('support.acme.example', '/scp/profile.php?mail=someone.else@acme.example'));
    const text = await accessibleTextWith(h, page, 'Recovery email changed', 'the changed banner on My Profile');
    expect(text).toContain('someone.else@acme.example');
    await page.close();
  });

  it('GLPI 11: the code step after the password (six totp_code[] boxes) is a second factor; without it, a password alone', async () => {
    const mfa = 'glpi-mfa.acme.example';
    const plain = 'glpi.acme.example';
    h.server.add({ host: mfa, path: '/', file: 'helpdesk/glpi-login.html' });
    h.server.add({ host: mfa, path: '/front/login.php', file: 'flows/glpi11-2fa.html' });
    h.server.add({ host: mfa, path: '/front/central.php', file: 'flows/glpi-central.html' });
    h.server.add({ host: plain, path: '/', file: 'helpdesk/glpi-login.html', inject: 'flows/glpi-signin.snippet.html' });
    h.server.add({ host: plain, path: '/front/central.php', file: 'flows/glpi-central.html' });
    await setUserSettings(h, {
      consoles: [
        { product: 'glpi', label: 'ACME GLPI', origins: [h.server.origin(mfa)] },
        { product: 'glpi', label: 'ACME GLPI test', origins: [h.server.origin(plain)] },
      ],
    });
    const signIn = async (host: string, next: RegExp): Promise<Page> => {
      const page = await h.context.newPage();
      await page.goto(h.server.url(host, '/'));
      const tabId = await tabIdOf(h, page);
      await until(async () => (await badgeOf(h, tabId)).text === '✓', 'the trusted badge');
      await page.locator('#login_name').fill('tech');
      await page.locator('#login_password').pressSequentially('Correct-Horse-42-Battery!');
      await accessibleTextWith(h, page, /password policy/, 'the meter verdict');
      await Promise.all([page.waitForURL(next), page.locator('#login_password').press('Enter')]);
      return page;
    };

    const withCode = await signIn(mfa, /\/front\/login\.php$/);
    const boxes = withCode.locator('input[name="totp_code[]"]');
    for (const [i, digit] of [...'802416'].entries()) await boxes.nth(i).pressSequentially(digit);
    await Promise.all([withCode.waitForURL(/\/front\/central\.php$/), withCode.locator('button[name=continue]').click()]);
    await until(async () => (await records(h))[`glpi|${h.server.origin(mfa)}`]?.last === 'secondFactor', 'the sign-in with a code recorded across the page loads');
    await withCode.close();

    const alone = await signIn(plain, /\/front\/central\.php$/);
    await until(async () => (await records(h))[`glpi|${h.server.origin(plain)}`]?.last === 'passwordOnly', 'the password-only sign-in recorded');
    expect((await records(h))[`glpi|${h.server.origin(mfa)}`]?.last).toBe('secondFactor');
    await alone.close();
  });

  it('an SSO hand-off: the identity provider owns the second factor (no finding)', async () => {
    const zendesk = 'acme.zendesk.com';
    const origin = h.server.origin(zendesk);
    const idp = h.server.url('login.microsoftonline.com', '/acme-tenant/saml2');
    const login = readFileSync('test/fixtures/helpdesk/zendesk-login.html', 'utf8').replace('</form>', `</form>\n<a id="sso" class="sso-button" href="${idp}?SAMLRequest=fixture">Sign in with Microsoft</a>`);
    h.server.add({ host: zendesk, path: '/access/login', html: login });
    h.server.add({ host: 'login.microsoftonline.com', path: '/acme-tenant/saml2', html: `<!DOCTYPE html><title>Sign in to your account</title><h1>Microsoft</h1><p>Approve the sign-in request in Microsoft Authenticator.</p><a id="back" href="${h.server.url(zendesk, '/agent/dashboard')}">Continue</a>` });
    h.server.add({ host: zendesk, path: '/agent/dashboard', html: '<!DOCTYPE html><title>Agent Workspace - Acme Support</title><nav><a href="/agent/filters">Views</a></nav><div id="user-menu"><button type="button">Sign out</button></div><main><h1>Dashboard</h1></main>' });
    await setUserSettings(h, { consoles: [{ product: 'zendesk', label: 'ACME Support', origins: [origin] }], requireSecondFactor: true });
    const page = await h.context.newPage();
    await page.goto(h.server.url(zendesk, '/access/login'));
    const tabId = await tabIdOf(h, page);
    await until(async () => (await badgeOf(h, tabId)).text === '✓', 'the trusted badge');
    await accessibleTextWith(h, page, 'Forgot password?', 'the page');
    await until(() => page.evaluate(() => !!document.documentElement), 'the page');
    await Promise.all([page.waitForURL(/login\.microsoftonline\.com/), page.locator('#sso').click()]);
    await Promise.all([page.waitForURL(/\/agent\/dashboard$/), page.locator('#back').click()]);
    const key = `zendesk|${origin}`;
    await until(async () => (await records(h))[key]?.last === 'sso', 'the SSO sign-in recorded');
    const popup = await popupFor(h, tabId);
    expect(await secondFactorDoor(popup)).toBe('sso');
    expect(await popup.locator('[data-finding=noSecondFactor]').count()).toBe(0);
    expect(await popup.getByTestId('doors').textContent()).toContain('login.microsoftonline.com');
    await popup.close();
    expect((await badgeOf(h, tabId)).text).toBe('✓');
    await page.close();
  });

  it('a recovery email cleared in the options page reads as missing', async () => {
    await setUserSettings(h, { consoles: [pbxConsole()] });
    const options = await h.context.newPage();
    await options.goto(extensionUrl(h, 'src/options/index.html'));
    const field = options.getByTestId('user-console').locator('input[type=email]');
    await field.fill('');
    await options.getByTestId('save').click();
    await options.getByTestId('status').waitFor();
    const stored = await (await h.worker()).evaluate(() => chrome.storage.local.get('settings'));
    const saved = (stored['settings'] as { consoles: Record<string, unknown>[] }).consoles[0]!;
    expect(saved['recoveryEmail']).toBeUndefined();
    expect(saved['recoveryEmailVerifiedAt']).toBeUndefined();
    await options.close();

    const { page, tabId } = await signInTo3cx(h);
    const popup = await popupFor(h, tabId);
    await until(async () => (await popup.getByTestId('door-recovery').getAttribute('data-state')) === 'recoveryEmailMissing', 'the missing door');
    await popup.getByTestId('recovery').locator('[data-finding=recoveryEmailMissing]').waitFor();
    expect(await popup.getByTestId('recovery').locator('[data-finding=recoveryEmailUnverified]').count()).toBe(0);
    await popup.close();
    await page.close();
  });
});

const writable = canWritePolicy();

describe.skipIf(!writable)('requireSecondFactor by policy', () => {
  let run: PolicyBrowser;
  let h: Harness;
  let collector: Collector;
  beforeAll(async () => {
    run = await launchWithPolicy('signin', ({ server, collector }) => ({ consoles: [{ product: '3cx', label: 'ACME PBX', origins: [server.origin(PBX)] }], requireSecondFactor: true, reportUrl: collector.url }));
    ({ h, collector } = run);
    addFlows(h);
    await untilPolicyRead(h, 'requireSecondFactor', (v) => v === true);
  });
  afterAll(async () => run?.close());

  it('password-only sign-ins on two days: a red badge and a banner on the console until a sign-in with a second factor', async () => {
    const first = await signInTo3cx(h);
    await until(async () => Object.values(await records(h)).some((r) => r.last === 'passwordOnly'), 'the first sign-in');
    expect((await badgeOf(h, first.tabId)).text).toBe('✓');
    await first.page.close();
    await clockOffsetDays(h, 1);
    try {
      const second = await signInTo3cx(h);
      const badge = await until(async () => {
        const b = await badgeOf(h, second.tabId);
        return b.text === '2FA' ? b : null;
      }, 'the red badge');
      expect(badge.title).toContain('no second-factor step at the last sign-ins to ACME PBX');
      expect(await (await h.worker()).evaluate((id) => chrome.action.getBadgeBackgroundColor({ tabId: id }), second.tabId)).toEqual([198, 40, 40, 255]);
      await until(() => collector.received.some((r) => (r.body as { type?: string }).type === 'noSecondFactor'), 'the report');

      // The banner on the console, also on a new visit (until resolved).
      const again = await h.context.newPage();
      await again.goto(`${h.server.url(PBX, '/')}#/login`);
      const text = await accessibleTextWith(h, again, 'No second factor seen at sign-in', 'the banner');
      expect(text).toContain('Enable 2FA');
      const againTab = await tabIdOf(h, again);
      await until(async () => (await badgeOf(h, againTab)).text === '2FA', 'the red badge on the new visit');
      const popup = await popupFor(h, againTab);
      expect(await popup.getByTestId('doors').textContent()).toContain('Your organisation requires a second factor on consoles.');
      await popup.close();
      await again.close();

      const resolved = await signInTo3cx(h, { query: '?2fa=1', code: '550912' });
      await until(async () => (await badgeOf(h, resolved.tabId)).text === '✓', 'the trusted badge again');
      const later = await h.context.newPage();
      await later.goto(`${h.server.url(PBX, '/')}#/login`);
      const laterTab = await tabIdOf(h, later);
      await until(async () => (await badgeOf(h, laterTab)).text === '✓', 'the trusted badge on a new visit');
      await expect(until(async () => (await accessibleText(h, later)).includes('No second factor seen'), 'a banner', 1500)).rejects.toThrow(/timed out/);
      await later.close();
      await resolved.page.close();
      await second.page.close();
    } finally {
      await clockOffsetDays(h, 0);
    }
  });
});
