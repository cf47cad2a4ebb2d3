import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accessibleText, launch, setBadgeOf, setUserSettings, tabIdOf, until, type Harness } from './harness';
import { canWritePolicy, launchWithPolicy, untilPolicyRead, type PolicyBrowser } from './policy-support';

/**
 * The look-alike classes of issue 18 in real Chromium: each imitation gets the red badge and the full-page warning,
 * and its honest counterpart next to it does not. Last, a `protectedNames` entry set by policy turns an unknown
 * console on a host that carries the name into a look-alike.
 */

async function open(h: Harness, host: string, file: string, path = '/', hash = '') {
  h.server.add({ host, path, file });
  const page = await h.context.newPage();
  await page.goto(h.server.url(host, path) + hash);
  const tabId = await tabIdOf(h, page);
  const badge = await setBadgeOf(h, tabId, `a badge on ${host}`);
  return { page, tabId, badge };
}

async function expectWarning(h: Harness, host: string, file: string, path: string, product: string, of: string, hash = '') {
  const { page, badge } = await open(h, host, file, path, hash);
  expect(badge).toEqual({ text: '!!', title: `${product} — look-alike of ${of}!` });
  await until(async () => (await accessibleText(h, page)).includes('Warning: this is not your console'), `the look-alike warning on ${host}`);
  await page.close();
}

async function expectNoLookalike(h: Harness, host: string, file: string, path: string, hash = '') {
  const { page, badge } = await open(h, host, file, path, hash);
  expect(badge.text, `${host}: ${badge.title}`).not.toBe('!!');
  await page.close();
}

describe('new look-alike classes get the warning; their honest neighbours do not', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await launch();
    await setUserSettings(h, {
      consoles: [
        { product: 'glpi', origins: [h.server.origin('helpdesk.schmidt-bau.de')] },
        { product: 'zendesk', origins: ['https://holzbau.zendesk.com'] },
        { product: 'freepbx', origins: [h.server.origin('pbx.weber.internal')] },
      ],
    });
  });
  afterAll(async () => {
    await h?.close();
  });

  it('a self-hosted console host under another top-level domain', async () => {
    await expectWarning(h, 'helpdesk.schmidt-bau.com', 'helpdesk/glpi-login.html', '/', 'GLPI', 'helpdesk.schmidt-bau.de');
    await expectNoLookalike(h, 'tickets.schmidt-bau.com', 'helpdesk/glpi-login.html', '/');
  });

  it('an IDN host whose only change is a diacritic on one letter', async () => {
    await expectWarning(h, 'helpdesk.xn--schmdt-bau-n8a.de', 'helpdesk/glpi-login.html', '/', 'GLPI', 'helpdesk.schmidt-bau.de'); // schmídt
    await expectNoLookalike(h, 'xn--mller-elektro-wob.de', 'helpdesk/glpi-login.html', '/'); // müller-elektro.de
  });

  it("the vendor's brand joined with other words under an unrelated domain, a known tenant in front", async () => {
    await expectWarning(h, 'holzbau.zendesk-cloud.com', 'helpdesk/zendesk-login.html', '/access/login', 'Zendesk', 'holzbau.zendesk.com');
    await expectNoLookalike(h, 'bakery.zendesk-cloud.com', 'helpdesk/zendesk-login.html', '/access/login');
  });

  it('a private-use name imitated under a public domain, dots flattened into hyphens', async () => {
    await expectWarning(h, 'pbx-weber-internal.com', 'pbx/freepbx-login.html', '/admin/config.php', 'FreePBX', 'pbx.weber.internal');
    await expectNoLookalike(h, 'internal-tools.com', 'pbx/freepbx-login.html', '/admin/config.php');
  });
});

const writable = canWritePolicy();

describe.skipIf(!writable)('protectedNames set by policy', () => {
  let run: PolicyBrowser;
  let h: Harness;
  beforeAll(async () => {
    run = await launchWithPolicy('protected-names', ({ server }) => ({ protectedNames: ['contoso'], consoles: [{ product: '3cx', origins: [server.origin('pbx.contoso.example')] }] }));
    ({ h } = run);
    await untilPolicyRead(h, 'protectedNames', Array.isArray);
  });
  afterAll(async () => run?.close());

  it('turns an unknown console on a host carrying the name into a look-alike; trusts nothing by itself', async () => {
    await expectWarning(h, 'contoso-telefonie.de', 'pbx/3cx-v16-login.html', '/', '3CX', 'contoso', '#/login');
    // The allow-listed console stays trusted; another host of its registrable domain stays unknown.
    const trusted = await open(h, 'pbx.contoso.example', 'pbx/3cx-v16-login.html', '/', '#/login');
    expect(trusted.badge.text).toBe('✓');
    await trusted.page.close();
    const sibling = await open(h, 'voip.contoso.example', 'pbx/3cx-v16-login.html', '/', '#/login');
    expect(sibling.badge).toEqual({ text: '?', title: '3CX — unknown origin (voip.contoso.example)' });
    await sibling.page.close();
    // A host without the name is unaffected.
    const other = await open(h, 'pbx.fabrikam.example', 'pbx/3cx-v16-login.html', '/', '#/login');
    expect(other.badge.text).toBe('?');
    await other.page.close();
  });
});
