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

    // The three doors of a console (issue 17): sign-ins with a password alone on two days, then the popup.
    await doors(h, lang);
  } finally {
    await h.close();
  }
}

async function doors(h: Awaited<ReturnType<typeof launch>>, lang: 'en' | 'de'): Promise<void> {
  const sw = await h.worker();
  h.server.add({ host: 'pbx.acme.example', path: '/v20/', file: 'flows/3cx-v20-spa.html' });
  let tabId = 0;
  for (const day of [1, 0]) {
    await sw.evaluate((d) => (globalThis as unknown as { acgTest: { setClockOffsetDays: (d: number) => void } }).acgTest.setClockOffsetDays(-d), day);
    const page = await h.context.newPage();
    await page.goto(`${h.server.url('pbx.acme.example', '/v20/')}#/login`);
    tabId = await tabIdOf(h, page);
    await until(async () => (await badgeOf(h, tabId)).text, 'the badge');
    await page.locator('#loginInput').fill('anna');
    await page.locator('#passwordInput').pressSequentially('Correct-Horse-42-Battery!');
    await accessibleTextWith(h, page, lang === 'de' ? /richtlinie/i : /password policy/, 'the meter');
    await page.locator('button[data-qa=login]').click();
    await until(async () => JSON.stringify(await sw.evaluate(() => chrome.storage.local.get('signinRecords'))).includes(`"lastDay"`), 'the sign-in');
    if (day === 0) await until(async () => (await badgeOf(h, tabId)).text, 'the tab judged again');
    else await page.close();
  }
  await sw.evaluate(() => (globalThis as unknown as { acgTest: { setClockOffsetDays: (d: number) => void } }).acgTest.setClockOffsetDays(0));
  const popup = await h.context.newPage();
  await popup.setViewportSize({ width: 368, height: 640 });
  await popup.goto(extensionUrl(h, `src/popup/index.html?tab=${tabId}`));
  await popup.locator('[data-finding=noSecondFactor]').waitFor();
  await popup.locator('.popup').screenshot({ path: `${OUT}/doors${lang === 'de' ? '-de' : ''}.png` });
}

await shoot('en');
await shoot('de');
console.log(`screenshots written to ${OUT}/`);
