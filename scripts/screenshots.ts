// npm run screenshots: pictures for the README, taken from the real build in Chromium (run `npm run build` first).
import { mkdirSync } from 'node:fs';
import { accessibleTextWith, badgeOf, extensionUrl, launch, openTrusted, tabIdOf, until } from '../test/e2e/harness';

const OUT = 'docs/screenshots';
mkdirSync(OUT, { recursive: true });

async function shoot(lang: 'en' | 'de'): Promise<void> {
  const h = await launch({ lang });
  try {
    const sw = await h.worker();
    const pbx = h.server.origin('pbx.acme.example');
    await sw.evaluate(
      (origin) => chrome.storage.local.set({ settings: { version: 1, consoles: [{ product: '3cx', label: 'ACME PBX', origins: [origin], recoveryEmail: 'pbx-admin@acme.example', recoveryEmailVerifiedAt: '2026-11-02' }] } }),
      pbx,
    );
    h.server.add({ host: 'pbx.acme.example', path: '/', file: 'pbx/3cx-v16-login.html' });
    const consolePage = await h.context.newPage();
    await consolePage.setViewportSize({ width: 1100, height: 700 });
    await consolePage.goto(`${h.server.url('pbx.acme.example', '/')}#/login`);
    const tabId = await tabIdOf(h, consolePage);
    await until(async () => (await badgeOf(h, tabId)).text, 'the badge');

    const popup = await h.context.newPage();
    await popup.setViewportSize({ width: 368, height: 420 });
    await popup.goto(extensionUrl(h, `src/popup/index.html?tab=${tabId}`));
    await popup.getByTestId('verdict').waitFor();
    await popup.locator('details summary').click();
    await popup.locator('.popup').screenshot({ path: `${OUT}/popup${lang === 'de' ? '-de' : ''}.png` });

    const options = await h.context.newPage();
    await options.setViewportSize({ width: 1000, height: 900 });
    await options.goto(extensionUrl(h, 'src/options/index.html'));
    await options.getByTestId('consoles').waitFor();
    await options.screenshot({ path: `${OUT}/options${lang === 'de' ? '-de' : ''}.png` });

    // The meter on a change-password form, part-way through a weak new password.
    h.server.add({ host: 'pbx.acme.example', path: lang === 'de' ? '/profil/' : '/profile/', file: lang === 'de' ? 'pbx/3cx-change-password-de.html' : 'pbx/3cx-change-password.html' });
    const { page: change } = await openTrusted(h, `${h.server.url('pbx.acme.example', lang === 'de' ? '/profil/' : '/profile/')}#/office/profile/password`);
    await change.setViewportSize({ width: 700, height: 420 });
    await change.locator(lang === 'de' ? '#f2' : '#newPassword').pressSequentially('summer2024', { delay: 30 });
    const whole = lang === 'de' ? '(jetzt 10)' : '(now 10)';
    await accessibleTextWith(h, change, whole, 'the verdict on the whole value');
    await change.locator('app-change-password').screenshot({ path: `${OUT}/meter${lang === 'de' ? '-de' : ''}.png` });

    // A look-alike of the trusted host, as a phishing mail would link it.
    h.server.add({ host: 'pbx.acme.example.login-check.test', path: '/', file: 'pbx/3cx-v16-login.html' });
    const phish = await h.context.newPage();
    await phish.setViewportSize({ width: 1100, height: 700 });
    await phish.goto(`${h.server.url('pbx.acme.example.login-check.test', '/')}#/login`);
    const phishTab = await tabIdOf(h, phish);
    await until(async () => (await badgeOf(h, phishTab)).text === '!!', 'the look-alike badge');
    await phish.waitForFunction(() => !!document.querySelector('acg-guard'));
    await phish.screenshot({ path: `${OUT}/lookalike-warning${lang === 'de' ? '-de' : ''}.png` });

    // Reuse protection: sign in on the trusted console, then type that password into a fake Microsoft-style sign-in.
    const password = 'Blue-Falcon-Rides-42!';
    h.server.add({ host: 'pbx.acme.example', path: '/webclient/', file: 'pbx/3cx-login.html' });
    const { page: signIn } = await openTrusted(h, `${h.server.url('pbx.acme.example', '/webclient/')}#/login`);
    await signIn.locator('#loginInput').fill('anna');
    await signIn.locator('#passwordInput').pressSequentially(password);
    await signIn.locator('#submitBtn').click();
    await until(async () => Object.keys(((await sw.evaluate(() => chrome.storage.local.get('reuseFingerprints')))['reuseFingerprints'] as { consoles?: object } | undefined)?.consoles ?? {}).length, 'the fingerprint');
    h.server.add({ host: 'login.micros0ft-online.example', path: '/common/oauth2', file: 'reuse/microsoft-style-signin.html' });
    const fake = await h.context.newPage();
    await fake.setViewportSize({ width: 1100, height: 700 });
    await fake.goto(h.server.url('login.micros0ft-online.example', '/common/oauth2'));
    await fake.locator('#i0116').fill('admin@acme.example');
    await fake.locator('#idSIButton9').click();
    await fake.locator('#i0118').pressSequentially(password);
    await fake.waitForFunction(() => !!document.querySelector('acg-guard'));
    await fake.screenshot({ path: `${OUT}/reuse-warning${lang === 'de' ? '-de' : ''}.png` });
  } finally {
    await h.close();
  }
}

await shoot('en');
await shoot('de');
console.log(`screenshots written to ${OUT}/`);
