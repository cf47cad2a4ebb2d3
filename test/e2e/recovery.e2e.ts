import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accessibleText, badgeOf, extensionUrl, launch, openTrusted, setUserSettings, tabIdOf, until, type Harness } from './harness';

let h: Harness;
beforeAll(async () => {
  h = await launch();
  h.server.add({ host: 'support.acme.example', path: '/scp/login.php', file: 'helpdesk/osticket-login.html' });
  h.server.add({ host: 'pbx.acme.example', path: '/', file: 'pbx/3cx-settings-email.html' });
});
afterAll(async () => {
  await h?.close();
});

const today = () => new Date().toISOString().slice(0, 10);
const osticket = (verifiedAt: string) => ({
  product: 'osticket',
  label: 'ACME Helpdesk',
  origins: [h.server.origin('support.acme.example')],
  recoveryEmail: 'helpdesk-admin@acme.example',
  recoveryEmailVerifiedAt: verifiedAt,
});

const openLogin = () => openTrusted(h, h.server.url('support.acme.example', '/scp/login.php'));

describe('recovery email', () => {
  it('warns beside the forgot-password link when the confirmation is old', async () => {
    await setUserSettings(h, { consoles: [osticket('2024-01-15')] });
    const { page } = await openLogin();
    await until(async () => (await accessibleText(h, page)).includes('last confirmed'), 'the stale note by the forgot-password link');
    // The note sits right after the link in the page's flow.
    expect(await page.evaluate(() => document.querySelector('#reset-link')?.nextElementSibling?.localName)).toBe('acg-guard');
    await page.close();
  });

  it('says nothing by the link when the confirmation is fresh', async () => {
    await setUserSettings(h, { consoles: [osticket(today())] });
    const { page, tabId } = await openLogin();
    const popup = await h.context.newPage();
    await popup.goto(extensionUrl(h, `src/popup/index.html?tab=${tabId}`));
    await popup.getByTestId('recovery').getByText('Recovery email confirmed and current.').waitFor();
    // Absence can only be checked against a deadline: the console module has had its answer long before.
    await expect(until(async () => (await page.locator('acg-guard').count()) > 0, 'a note', 1000)).rejects.toThrow(/timed out/);
    await popup.close();
    await page.close();
  });

  it('confirming in the popup clears the warning', async () => {
    await setUserSettings(h, { consoles: [osticket('2023-03-01')] });
    const { page, tabId } = await openLogin();
    const popup = await h.context.newPage();
    await popup.goto(extensionUrl(h, `src/popup/index.html?tab=${tabId}`));
    const section = popup.getByTestId('recovery');
    await section.locator('[data-finding=recoveryEmailStale]').waitFor();
    await section.getByTestId('recovery-confirm').click();
    await section.getByText('Recovery email confirmed and current.').waitFor();
    const stored = await (await h.worker()).evaluate(() => chrome.storage.local.get('settings'));
    expect((stored['settings'] as { consoles: { recoveryEmailVerifiedAt: string }[] }).consoles[0]!.recoveryEmailVerifiedAt).toBe(today());
    await page.reload();
    await until(async () => (await badgeOf(h, tabId)).text === '✓', 'the trusted badge again');
    await expect(until(async () => (await page.locator('acg-guard').count()) > 0, 'a note', 1000)).rejects.toThrow(/timed out/);
    await popup.close();
    await page.close();
  });

  it('raises the "changed" finding when the settings page shows another address', async () => {
    await setUserSettings(h, { consoles: [{ product: '3cx', label: 'ACME PBX', origins: [h.server.origin('pbx.acme.example')], recoveryEmail: 'old-admin@acme.example', recoveryEmailVerifiedAt: today() }] });
    const page = await h.context.newPage();
    await page.goto(`${h.server.url('pbx.acme.example', '/')}#/office/settings/email`);
    const text = await until(async () => {
      const t = await accessibleText(h, page);
      return t.includes('Recovery email changed') ? t : null;
    }, 'the changed banner');
    expect(text).toContain('old-admin@acme.example');
    expect(text).toContain('admin@acme.example');
    const tabId = await tabIdOf(h, page);
    const popup = await h.context.newPage();
    await popup.goto(extensionUrl(h, `src/popup/index.html?tab=${tabId}`));
    await popup.getByTestId('recovery').locator('[data-finding=recoveryEmailChanged]').waitFor();
    await popup.close();
    await page.close();
  });

  it('never takes the sign-in email of a login page for the recovery email', async () => {
    h.server.add({ host: 'acme.zendesk.com', path: '/access/login', file: 'helpdesk/zendesk-login.html', inject: 'hostile/prefilled-login-email.snippet.html' });
    await setUserSettings(h, { consoles: [{ product: 'zendesk', origins: [h.server.origin('acme.zendesk.com')] }] });
    const { page, tabId } = await openTrusted(h, h.server.url('acme.zendesk.com', '/access/login'));
    expect(await page.locator('input[name="user[email]"]').inputValue()).toBe('agent.jane@acme.example');
    await expect(until(async () => {
      const got = await (await h.worker()).evaluate(() => chrome.storage.local.get(['settings', 'recoverySeen']));
      return JSON.stringify(got).includes('agent.jane');
    }, 'the login email in storage', 1500)).rejects.toThrow(/timed out/);
    await page.close();
  });

  it('the daily check raises the badge for a stale console with no console open, clock moved forward', async () => {
    await setUserSettings(h, { consoles: [osticket(today())] });
    const sw = await h.worker();
    type Hooks = { acgTest: { runDailyCheck: () => Promise<number>; setClockOffsetDays: (d: number) => void } };
    expect(await sw.evaluate(() => (globalThis as unknown as Hooks).acgTest.runDailyCheck())).toBe(0);
    expect(await sw.evaluate(() => chrome.action.getBadgeText({}))).toBe('');
    await sw.evaluate(() => (globalThis as unknown as Hooks).acgTest.setClockOffsetDays(91));
    try {
      expect(await sw.evaluate(() => (globalThis as unknown as Hooks).acgTest.runDailyCheck())).toBe(1);
      expect(await sw.evaluate(() => chrome.action.getBadgeText({}))).toBe('1');
      expect(await sw.evaluate(() => chrome.action.getTitle({}))).toContain('ACME Helpdesk');
      const alarm = await sw.evaluate(() => chrome.alarms.get('recovery-daily'));
      expect(alarm?.periodInMinutes).toBe(24 * 60);
    } finally {
      await sw.evaluate(() => (globalThis as unknown as Hooks).acgTest.setClockOffsetDays(0));
    }
  });

  describe('profile readers of the German market’s consoles', () => {
    const stored = async () => JSON.stringify(await (await h.worker()).evaluate(() => chrome.storage.local.get(['settings', 'recoverySeen'])));

    it('OTRS family (Znuny): the agent’s address is read on Personal Preferences, never on the login view at the same URL', async () => {
      const host = 'znuny.acme.example';
      const url = `${h.server.url(host, '/otrs/index.pl')}?Action=AgentPreferences`;
      await setUserSettings(h, { consoles: [{ product: 'znuny', label: 'ACME Tickets', origins: [h.server.origin(host)], recoveryEmail: 'old-agent@acme.example', recoveryEmailVerifiedAt: today() }] });
      // A session that has run out: Znuny answers the preferences URL with its login, here showing an address where
      // the reader looks.
      h.server.add({ host, path: '/otrs/index.pl', file: 'helpdesk/znuny-login.html', inject: 'hostile/login-shows-address.snippet.html' });
      const { page } = await openTrusted(h, url);
      expect(await page.locator('.SidebarColumn').textContent()).toContain('intruder@evil.example');
      await expect(until(async () => (await stored()).includes('intruder@'), 'the login view’s address in storage', 1500)).rejects.toThrow(/timed out/);

      h.server.add({ host, path: '/otrs/index.pl', file: 'helpdesk/znuny-preferences.html' });
      await page.goto(url);
      const text = await until(async () => {
        const t = await accessibleText(h, page);
        return t.includes('Recovery email changed') ? t : null;
      }, 'the changed banner on Personal Preferences');
      expect(text).toContain('old-agent@acme.example');
      expect(text).toContain('anna.admin@acme.example');
      expect(await stored()).not.toContain('intruder@');
      await page.close();
    });

    it('OTOBO: User Profile, a page with password fields (the change-password setting), is no login: the Avatar setting’s address is read', async () => {
      const host = 'otobo.acme.example';
      h.server.add({ host, path: '/otobo/index.pl', file: 'helpdesk/otobo-preferences-userprofile.html' });
      await setUserSettings(h, { consoles: [{ product: 'otobo', label: 'ACME OTOBO', origins: [h.server.origin(host)] }] });
      const { page } = await openTrusted(h, `${h.server.url(host, '/otobo/index.pl')}?Action=AgentPreferences;Subaction=Group;Group=UserProfile`);
      // A console without a recorded address learns the one its page shows.
      await until(async () => (await stored()).includes('"recoveryEmail":"tom.agent@acme.example"'), 'the address learnt from the Avatar setting');
      await page.close();
    });
  });
});
