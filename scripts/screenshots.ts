// npm run screenshots: pictures for the README, and the store listings' screenshots at the stores' sizes
// (docs/store/screenshots: 1280×800 for the Chrome Web Store and Edge Add-ons, the 440×280 small promo tile),
// taken from the real build in Chromium (run `npm run build` first).
import { mkdirSync, readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { accessibleTextWith, badgeOf, extensionUrl, launch, openTrusted, tabIdOf, until, type Harness } from '../test/e2e/harness';

const OUT = 'docs/screenshots';
const STORE = 'docs/store/screenshots';
mkdirSync(OUT, { recursive: true });

/** Both stores take 1280×800 screenshots; the small promotional tile is 440×280. */
export const STORE_SIZE = { width: 1280, height: 800 } as const;
export const PROMO_TILE = { width: 440, height: 280 } as const;

const CAPTIONS = {
  en: {
    popup: ['Trust what the toolbar says', 'The badge and popup show whether this console is yours, why it was recognised, and its recovery email.'],
    meter: ['Passwords rated as you type', 'Against your tier, with reasons you can act on — the password never leaves memory.'],
    tile: 'Safer logins to PBX and helpdesk consoles',
  },
  de: {
    popup: ['Der Symbolleiste können Sie trauen', 'Symbol und Popup zeigen, ob diese Konsole Ihre ist, woran sie erkannt wurde und ihre Wiederherstellungs-E-Mail.'],
    meter: ['Passwörter beim Tippen bewertet', 'Nach Ihrer Stufe, mit nachvollziehbaren Gründen — das Passwort verlässt nie den Arbeitsspeicher.'],
    tile: 'Sichere Anmeldungen an Telefonanlagen- und Helpdesk-Konsolen',
  },
} as const;

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');

/** A store picture: a caption beside a screenshot of part of the extension, on a plain page of the store's size. */
async function composite(h: Harness, path: string, image: Buffer, [title, text]: readonly [string, string]): Promise<void> {
  const page = await h.context.newPage();
  await page.setViewportSize(STORE_SIZE);
  const icon = readFileSync('public/icons/icon-128.png').toString('base64');
  await page.setContent(`<!doctype html><meta charset=utf-8><style>
    body{margin:0;width:${STORE_SIZE.width}px;height:${STORE_SIZE.height}px;display:grid;grid-template-columns:430px 1fr;align-items:center;
      font:18px/1.5 system-ui,'Segoe UI',Roboto,sans-serif;background:linear-gradient(135deg,#eef3fb,#dfe8f7);color:#1c2330}
    .text{padding:0 40px 0 64px} h1{font-size:34px;line-height:1.2;margin:18px 0 14px;color:#1e4fa3} img.icon{width:72px;height:72px}
    .shot{display:flex;justify-content:center;align-items:center}
    .shot img{max-width:760px;max-height:700px;border-radius:10px;box-shadow:0 12px 40px rgba(20,40,80,.25);background:#fff}
  </style><div class=text><img class=icon src="data:image/png;base64,${icon}"><h1>${esc(title)}</h1><p>${esc(text)}</p></div>
  <div class=shot><img src="data:image/png;base64,${image.toString('base64')}"></div>`);
  await page.screenshot({ path });
  await page.close();
}

async function promoTile(h: Harness, path: string, tagline: string): Promise<void> {
  const page = await h.context.newPage();
  await page.setViewportSize(PROMO_TILE);
  const icon = readFileSync('public/icons/icon-128.png').toString('base64');
  await page.setContent(`<!doctype html><meta charset=utf-8><style>
    body{margin:0;width:${PROMO_TILE.width}px;height:${PROMO_TILE.height}px;display:flex;flex-direction:column;justify-content:center;align-items:center;gap:10px;
      font:16px/1.35 system-ui,'Segoe UI',Roboto,sans-serif;background:linear-gradient(135deg,#1e4fa3,#163a78);color:#fff;text-align:center}
    img{width:96px;height:96px} b{font-size:24px} span{max-width:360px;opacity:.92}
  </style><img src="data:image/png;base64,${icon}"><b>Admin Console Guard</b><span>${esc(tagline)}</span>`);
  await page.screenshot({ path });
  await page.close();
}

/** The welcome page after a pasted list, at the store's size. */
async function welcomeShot(h: Harness, path: string): Promise<void> {
  const page: Page = await h.context.newPage();
  await page.setViewportSize(STORE_SIZE);
  await page.goto(extensionUrl(h, 'src/welcome/index.html'));
  await page.getByTestId('console-list').fill(['pbx.acme.example:5001', 'Helpdesk; Zendesk; acme.zendesk.com; it@acme.example', 'branch-pbx.acme.example'].join('\n'));
  await page.getByTestId('import-list').click();
  await page.getByTestId('import-report').waitFor();
  await page.getByTestId('welcome-does').scrollIntoViewIfNeeded();
  await page.screenshot({ path });
  await page.close();
}

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
    const popupImage = await popup.locator('.popup').screenshot({ path: `${OUT}/popup${lang === 'de' ? '-de' : ''}.png` });
    const store = `${STORE}/${lang}`;
    mkdirSync(store, { recursive: true });
    await composite(h, `${store}/2-popup.png`, popupImage, CAPTIONS[lang].popup);

    const options = await h.context.newPage();
    await options.setViewportSize({ width: 1000, height: 900 });
    await options.goto(extensionUrl(h, 'src/options/index.html'));
    await options.getByTestId('consoles').waitFor();
    await options.screenshot({ path: `${OUT}/options${lang === 'de' ? '-de' : ''}.png` });
    await options.setViewportSize(STORE_SIZE);
    await options.screenshot({ path: `${store}/5-options.png` });
    await welcomeShot(h, `${store}/1-welcome.png`);
    await promoTile(h, `${store}/promo-small-440x280.png`, CAPTIONS[lang].tile);

    // The meter on a change-password form, part-way through a weak new password.
    h.server.add({ host: 'pbx.acme.example', path: lang === 'de' ? '/profil/' : '/profile/', file: lang === 'de' ? 'pbx/3cx-change-password-de.html' : 'pbx/3cx-change-password.html' });
    const { page: change } = await openTrusted(h, `${h.server.url('pbx.acme.example', lang === 'de' ? '/profil/' : '/profile/')}#/office/profile/password`);
    await change.setViewportSize({ width: 700, height: 420 });
    await change.locator(lang === 'de' ? '#f2' : '#newPassword').pressSequentially('summer2024', { delay: 30 });
    const whole = lang === 'de' ? '(jetzt 10)' : '(now 10)';
    await accessibleTextWith(h, change, whole, 'the verdict on the whole value');
    const meterImage = await change.locator('app-change-password').screenshot({ path: `${OUT}/meter${lang === 'de' ? '-de' : ''}.png` });
    await composite(h, `${store}/3-meter.png`, meterImage, CAPTIONS[lang].meter);

    // A look-alike of the trusted host, as a phishing mail would link it.
    h.server.add({ host: 'pbx.acme.example.login-check.test', path: '/', file: 'pbx/3cx-v16-login.html' });
    const phish = await h.context.newPage();
    await phish.setViewportSize({ width: 1100, height: 700 });
    await phish.goto(`${h.server.url('pbx.acme.example.login-check.test', '/')}#/login`);
    const phishTab = await tabIdOf(h, phish);
    await until(async () => (await badgeOf(h, phishTab)).text === '!!', 'the look-alike badge');
    await phish.waitForFunction(() => !!document.querySelector('acg-guard'));
    await phish.screenshot({ path: `${OUT}/lookalike-warning${lang === 'de' ? '-de' : ''}.png` });
    await phish.setViewportSize(STORE_SIZE);
    await phish.screenshot({ path: `${store}/4-lookalike.png` });

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

    // The three doors of a console (issue 17): sign-ins with a password alone on two days, then the popup.
    await doors(h, lang);
  } finally {
    await h.close();
  }
}

/** Known vulnerabilities: the banner on a GLPI 10.0.2 console and the popup's section (`--only=advisory` takes just these). */
async function shootAdvisory(lang: 'en' | 'de'): Promise<void> {
  const h = await launch({ lang });
  try {
    const host = 'helpdesk.acme.example';
    await (await h.worker()).evaluate((origin) => chrome.storage.local.set({ settings: { version: 1, consoles: [{ product: 'glpi', label: 'ACME helpdesk', origins: [origin] }] } }), h.server.origin(host));
    h.server.add({ host, path: '/index.php', html: readFileSync('test/fixtures/helpdesk/glpi-login.html', 'utf8').replaceAll('10.0.16', '10.0.2') });
    const page = await h.context.newPage();
    await page.setViewportSize({ width: 1100, height: 620 });
    await page.goto(h.server.url(host, '/index.php'));
    const tabId = await tabIdOf(h, page);
    await accessibleTextWith(h, page, 'CVE-2022-35914', 'the advisory banner');
    await until(async () => (await badgeOf(h, tabId)).text.includes('⚠'), 'the badge marker');
    await page.screenshot({ path: `${OUT}/advisory-banner${lang === 'de' ? '-de' : ''}.png` });
    const popup = await h.context.newPage();
    await popup.setViewportSize({ width: 368, height: 560 });
    await popup.goto(extensionUrl(h, `src/popup/index.html?tab=${tabId}`));
    await popup.getByTestId('advisories').waitFor();
    await popup.locator('.popup').screenshot({ path: `${OUT}/advisory-popup${lang === 'de' ? '-de' : ''}.png` });
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

const only = process.argv.find((a) => a.startsWith('--only='))?.slice(7);
if (!only) {
  await shoot('en');
  await shoot('de');
}
if (!only || only === 'advisory') {
  await shootAdvisory('en');
  await shootAdvisory('de');
}
console.log(`screenshots written to ${OUT}/ and ${STORE}/`);
