import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extensionUrl, launch, setBadgeOf, tabIdOf, type Harness } from './harness';

let h: Harness;
beforeAll(async () => {
  h = await launch({ lang: 'de' });
  h.server.add({ host: 'pbx.acme.example', path: '/', file: 'pbx/3cx-v16-login.html' });
});
afterAll(async () => {
  await h?.close();
});

describe('German UI (--lang=de)', () => {
  it('renders the popup in German', async () => {
    const page = await h.context.newPage();
    await page.goto(extensionUrl(h, 'src/popup/index.html'));
    await page.getByText('Kennwortstufe: Empfohlen').waitFor();
    await page.getByRole('button', { name: 'Einstellungen' }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('de');
    await page.close();
  });

  it('renders the options page in German', async () => {
    const page = await h.context.newPage();
    await page.goto(extensionUrl(h, 'src/options/index.html'));
    await page.getByRole('heading', { name: 'Admin Console Guard — Einstellungen' }).waitFor();
    await page.getByText('Bekannte Konsolen (Zulassungsliste)').waitFor();
    await page.getByRole('button', { name: 'Speichern' }).waitFor();
    expect(await page.textContent('body')).not.toContain('⟦');
    await page.close();
  });

  it('renders the welcome page in German, and names a bad pasted line in German', async () => {
    const page = await h.context.newPage();
    await page.goto(extensionUrl(h, 'src/welcome/index.html'));
    await page.getByRole('heading', { name: 'Willkommen bei Admin Console Guard' }).waitFor();
    await page.getByText('Ihre Kennwörter bleiben im Arbeitsspeicher: nie gespeichert, protokolliert oder irgendwohin gesendet.').waitFor();
    await page.getByTestId('console-list').fill('keine adresse');
    await page.getByRole('button', { name: 'Konsolen hinzufügen' }).click();
    await page.getByText('Zeile 1 (keine adresse): „keine adresse“ ist keine Webadresse (wie pbx.example.com:5001 oder https://acme.zendesk.com)').waitFor();
    expect(await page.textContent('body')).not.toContain('⟦');
    await page.close();
  });

  it('says in German why a console was detected', async () => {
    const page = await h.context.newPage();
    await page.goto(h.server.url('pbx.acme.example', '/'));
    const tabId = await tabIdOf(h, page);
    await setBadgeOf(h, tabId, 'the badge on the 3CX console');
    const popup = await h.context.newPage();
    await popup.goto(extensionUrl(h, `src/popup/index.html?tab=${tabId}`));
    const verdict = popup.getByTestId('verdict');
    await verdict.getByText('Warum dies erkannt wurde').click();
    await verdict.getByText('Titel ist der Titel der 3CX-Managementkonsole').waitFor();
    await verdict.getByText('3CX: die Seite fragt nach einem Kennwort').waitFor();
    const evidence = await verdict.locator('li').allTextContents();
    expect(evidence.length).toBeGreaterThanOrEqual(3);
    expect(evidence.join(' | ')).not.toMatch(/\b(?:title|page|loads|shows|asks|names)\b/);
    await popup.close();
    await page.close();
  });
});
