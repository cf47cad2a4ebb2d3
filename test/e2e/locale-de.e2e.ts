import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extensionUrl, launch, type Harness } from './harness';

let h: Harness;
beforeAll(async () => {
  h = await launch({ lang: 'de' });
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
});
