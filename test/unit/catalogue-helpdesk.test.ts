import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { JSDOM } from 'jsdom';
import { getDomain } from 'tldts';
import { describe, expect, it } from 'vitest';
import { collectSnapshot } from '../../src/content/snapshot';
import { CATALOGUE, GENERIC_SIGNATURES, HELPDESK_SIGNATURES, hasConsoleHint } from '../../src/core/catalogue';
import type { ProductSignature } from '../../src/core/catalogue/types';
import { detect, DETECT_THRESHOLD, MENTION_CAP, rankSignatures } from '../../src/core/detect';
import { GENERIC_FIXTURES, HELPDESK_FIXTURES, type FixturePage } from '../fixtures/helpdesk';
import { ORDINARY_FIXTURES } from '../fixtures/ordinary';

const FIXTURES_DIR = resolve(__dirname, '../fixtures');

function urlOf(f: FixturePage, host = f.host): string {
  return `https://${host}${f.path}${f.hash ?? ''}`;
}

function load(f: FixturePage, host = f.host): { doc: Document; url: string } {
  const url = urlOf(f, host);
  const dom = new JSDOM(readFileSync(resolve(FIXTURES_DIR, f.file), 'utf8'), { url });
  return { doc: dom.window.document, url };
}

function snapshotOf(f: FixturePage, host = f.host) {
  const { doc, url } = load(f, host);
  return collectSnapshot(doc, url);
}

function explain(f: FixturePage, host = f.host): string {
  return rankSignatures(snapshotOf(f, host), CATALOGUE)
    .slice(0, 3)
    .map((r) => `${r.signature.id}=${r.score} [${r.evidence.map((e) => e.en).join('; ')}]`)
    .join(' | ');
}

const byId = new Map(HELPDESK_SIGNATURES.map((s) => [s.id, s]));

/** Fixtures of signed-in views (no login page, no forgot-password link). */
const SIGNED_IN = /admin-security|agent\.html$|-preferences[\w-]*\.html$/;

/** Products with few public facts: detected, but honestly only at low confidence. */
const LOW_CONFIDENCE_EXPECTED = new Set([
  'helpdesk/kayako-login.html',
  // Jira's own login shared with Jira Software: only the page's naming of Jira Service Management tips it.
  'helpdesk/jira-service-management-dc-login-jsp.html',
]);

describe('helpdesk fixture pages are detected as their product', () => {
  it.each(HELPDESK_FIXTURES.map((f) => [f.file, f] as const))('%s', (_file, f) => {
    const d = detect(snapshotOf(f), CATALOGUE);
    expect(d?.productId ?? null, explain(f)).toBe(f.expect);
    expect(d!.family).toBe('helpdesk');
    if (!LOW_CONFIDENCE_EXPECTED.has(f.file)) expect(d!.confidence, explain(f)).not.toBe('low');
    // Login pages are logins; signed-in pages (admin, agent, preferences) are only where they have a password field
    // (a change-password form). One fixture per test: a loop over all of them outgrew the test timeout on a loaded
    // machine.
    expect(d!.isLogin, f.file).toBe(SIGNED_IN.test(f.file) ? load(f).doc.querySelector('input[type=password]') !== null : true);
  });

  it('every fixture passes the all-pages pre-filter (password field or console hint in title / URL / generator)', () => {
    for (const f of [...HELPDESK_FIXTURES, ...GENERIC_FIXTURES]) {
      const { doc } = load(f);
      const u = new URL(urlOf(f));
      const generator = doc.querySelector('meta[name=generator]')?.getAttribute('content') ?? '';
      const hinted = hasConsoleHint(doc.title, u.host + u.pathname + u.hash, generator);
      expect(hinted || doc.querySelector('input[type=password]') !== null, f.file).toBe(true);
    }
  });

  it('recognises a copy of a hosted product login page on a foreign host (so the origin check can call it a look-alike)', () => {
    const copied = ['helpdesk/zendesk-login.html', 'helpdesk/servicenow-login.html', 'helpdesk/jira-service-management-portal-login.html'];
    for (const file of copied) {
      const f = HELPDESK_FIXTURES.find((x) => x.file === file)!;
      const d = detect(snapshotOf(f, 'login.acme-support.example'), CATALOGUE);
      expect(d?.productId ?? null, `${file}: ${explain(f, 'login.acme-support.example')}`).toBe(f.expect);
    }
  });
});

describe('generic fallback', () => {
  it.each(GENERIC_FIXTURES.map((f) => [f.file, f] as const))('%s', (_file, f) => {
    const d = detect(snapshotOf(f), CATALOGUE);
    expect(d?.productId ?? null, explain(f)).toBe(f.expect);
    expect(d!.confidence).toBe('low');
    expect(d!.isLogin).toBe(true);
  });

  it('needs a password field: the same generic page without its login form is not a console', () => {
    for (const f of GENERIC_FIXTURES) {
      const { doc, url } = load(f);
      for (const pw of doc.querySelectorAll('input[type=password]')) pw.remove();
      expect(detect(collectSnapshot(doc, url), CATALOGUE), f.file).toBeNull();
    }
  });

  it('cannot reach the threshold without a password field, whatever the title, path, meta and text say', () => {
    for (const sig of GENERIC_SIGNATURES) expect(sig.requiresPasswordField, sig.id).toBe(true);
    const url = 'https://it.example/helpdesk/pbx/login';
    const dom = new JSDOM(
      `<title>Helpdesk PBX Telefonanlage Service Desk Login</title><meta name="application-name" content="Helpdesk PBX">
       <h1>IT Service Desk – Telefonanlage</h1><form action="/helpdesk/login"><input name="user"></form>`,
      { url },
    );
    const s = collectSnapshot(dom.window.document, url);
    expect(detect(s, CATALOGUE)).toBeNull();
    for (const r of rankSignatures(s, GENERIC_SIGNATURES)) expect(r.score).toBe(0);
  });

  it('reads the class word from the title, the path, the form action and the application name, not from words alone', () => {
    const page = (url: string, html: string) => detect(collectSnapshot(new JSDOM(html, { url }).window.document, url), CATALOGUE);
    const form = (action = '/x') => `<form action="${action}"><input name="u"><input type="password" name="p"></form>`;
    expect(page('https://it.example/helpdesk/login', `<title>Helpdesk</title>${form('/helpdesk/login')}`)?.productId).toBe('generic-helpdesk');
    expect(page('https://it.example/', `<meta name="application-name" content="IT-Servicedesk"><title>Stadt X</title><h1>Service Desk</h1>${form()}`)?.productId).toBe('generic-helpdesk');
    expect(page('https://it.example/pbx/', `<title>Anmeldung</title><h1>Telefonanlage</h1>${form()}`)?.productId).toBe('generic-pbx');
    // One weak place besides the form is not enough: a title or a heading alone, or the word inside a longer path segment.
    expect(page('https://it.example/', `<title>Helpdesk</title>${form()}`)).toBeNull();
    expect(page('https://it.example/', `<title>Anmeldung</title><h1>IT-Helpdesk</h1>${form()}`)).toBeNull();
    expect(page('https://it.example/best-helpdesk-software/', `<title>Reviews</title><h2>Helpdesk tools</h2>${form()}`)).toBeNull();
  });
});

describe('vendor-hosted pages that are not consoles', () => {
  it('a vendor host plus mentions of the product stays below the threshold for every product', () => {
    for (const sig of HELPDESK_SIGNATURES) {
      const host = Math.max(0, ...sig.signals.filter((s) => s.field === 'host').map((s) => s.weight));
      const mentions = sig.signals.filter((s) => s.field === 'text' || s.field === 'link').reduce((a, s) => a + s.weight, 0);
      expect(host + Math.min(mentions, MENTION_CAP), sig.id).toBeLessThan(DETECT_THRESHOLD);
    }
  });

  const pages: [string, string][] = [
    ['https://acme.zendesk.com/hc/en-us/articles/360001', '<title>How do I reset my VPN token? – Acme Support</title><h1>How do I reset my VPN token?</h1><a href="/hc/en-us/signin">Sign in</a><footer>Powered by Zendesk</footer>'],
    ['https://www.zendesk.com/service/ticketing-system/', '<title>Ticketing system software | Zendesk</title><h1>The Zendesk ticketing system</h1><a href="https://www.zendesk.com/login/">Sign in</a>'],
    ['https://acme.freshdesk.com/support/solutions/articles/1', '<title>Printer setup : Acme Support</title><h1>Printer setup</h1><a href="/support/login">Login</a><footer>Help Desk Software by Freshdesk</footer>'],
    ['https://www.kayako.com/', '<title>Kayako – Customer service software</title><h1>Kayako</h1><a href="/pricing">Pricing</a>'],
    ['https://docs.helpscout.net/article/1-getting-started', '<title>Getting started – Help Scout Docs</title><h1>Help Scout basics</h1>'],
    ['https://desk.zoho.com/portal/acme/en/kb/articles/vpn', '<title>VPN | Acme Help Center</title><h1>VPN</h1><footer>Powered by Zoho Desk</footer>'],
    ['https://acme.service-now.com/sp?id=kb_article&sys_id=1', '<title>Knowledge article - Acme Employee Center</title><h1>Reset your laptop</h1><footer>ServiceNow</footer>'],
    ['https://acme.sysaidit.com/servicePortal/SelfService', '<title>Self Service Portal</title><h1>How can we help?</h1><footer>SysAid</footer>'],
  ];
  it.each(pages)('%s', (url, html) => {
    const dom = new JSDOM(html, { url });
    const s = collectSnapshot(dom.window.document, url);
    expect(detect(s, CATALOGUE), JSON.stringify(rankSignatures(s, CATALOGUE).slice(0, 2).map((r) => [r.signature.id, r.score]))).toBeNull();
  });
});

describe('ordinary pages are not consoles', () => {
  it('has at least 12 of them', () => expect(ORDINARY_FIXTURES.length).toBeGreaterThanOrEqual(12));

  it.each(ORDINARY_FIXTURES.map((f) => [f.file, f] as const))('%s', (_file, f) => {
    expect(detect(snapshotOf(f), CATALOGUE), explain(f)).toBeNull();
  });
});

describe('console selectors', () => {
  it('every selector is valid CSS', () => {
    const doc = new JSDOM('<p></p>').window.document;
    for (const sig of HELPDESK_SIGNATURES) {
      for (const list of Object.values(sig.selectors ?? {})) {
        for (const sel of list ?? []) expect(() => doc.querySelector(sel), `${sig.id}: ${sel}`).not.toThrow();
      }
    }
  });

  it('the forgot-password selectors find the link on the product login fixture', () => {
    for (const f of HELPDESK_FIXTURES) {
      const sig = byId.get(f.expect!)!;
      const selectors = sig.selectors?.forgotPassword;
      if (!selectors || SIGNED_IN.test(f.file)) continue;
      const { doc } = load(f);
      const link = selectors.map((s) => doc.querySelector(s)).find((e) => e !== null);
      expect(link, `${f.file}: ${selectors.join(', ')}`).toBeTruthy();
      expect(link!.tagName).toBe('A');
    }
  });

  it('the Zendesk recovery-email selector finds the account email on the Admin Center security page', () => {
    const f = HELPDESK_FIXTURES.find((x) => x.file === 'helpdesk/zendesk-admin-security.html')!;
    const { doc } = load(f);
    const sel = byId.get('zendesk')!.selectors!.recoveryEmail!;
    const el = sel.map((s) => doc.querySelector(s)).find((e) => e !== null)!;
    expect(el.textContent || (el as HTMLInputElement).value).toBe('owner@acme.example');
  });
});

describe('helpdesk signature invariants', () => {
  const VENDOR_SPELLING: Record<string, string> = {
    zendesk: 'Zendesk',
    freshdesk: 'Freshdesk',
    osticket: 'osTicket',
    zammad: 'Zammad',
    glpi: 'GLPI',
    znuny: 'Znuny',
    otrs: 'OTRS',
    'jira-service-management': 'Jira Service Management',
    'zoho-desk': 'Zoho Desk',
    'manageengine-servicedesk-plus': 'ManageEngine ServiceDesk Plus',
    sysaid: 'SysAid',
    kayako: 'Kayako',
    servicenow: 'ServiceNow',
    'help-scout': 'Help Scout',
    otobo: 'OTOBO',
    kix: 'KIX',
    freescout: 'FreeScout',
    'request-tracker': 'Request Tracker',
    itop: 'iTop',
    hesk: 'HESK',
    faveo: 'Faveo Helpdesk',
    uvdesk: 'UVdesk',
    'frappe-helpdesk': 'Frappe Helpdesk',
    deskpro: 'Deskpro',
    happyfox: 'HappyFox',
    spiceworks: 'Spiceworks Help Desk',
    jitbit: 'Jitbit Helpdesk',
    topdesk: 'TOPdesk',
    freshservice: 'Freshservice',
  };
  const mine: ProductSignature[] = [...HELPDESK_SIGNATURES, ...GENERIC_SIGNATURES];

  it('covers every listed helpdesk product with the vendor spelling', () => {
    expect(Object.fromEntries(HELPDESK_SIGNATURES.map((s) => [s.id, s.name]))).toEqual(VENDOR_SPELLING);
    for (const s of HELPDESK_SIGNATURES) expect(s.family).toBe('helpdesk');
  });

  it('has unique ids across the whole catalogue, lower case', () => {
    const ids = CATALOGUE.map((s) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it('keeps weights on the engine scale and every fixture product has a fixture', () => {
    for (const sig of mine) {
      for (const s of sig.signals) {
        expect(Number.isInteger(s.weight) && s.weight >= 1 && s.weight <= 60, `${sig.id}: ${s.note.en}`).toBe(true);
        expect(s.note.en.length, `${sig.id}`).toBeGreaterThan(5);
      }
    }
    for (const sig of HELPDESK_SIGNATURES) expect(HELPDESK_FIXTURES.some((f) => f.expect === sig.id), sig.id).toBe(true);
  });

  it('names match the all-pages pre-filter, or every page of the product has a password field (snapshotted anyway)', () => {
    // Hints cost bytes on every page (the all-pages script's budget): a product whose pages all carry a password
    // field needs none.
    for (const sig of mine) {
      if (hasConsoleHint(sig.name)) continue;
      const pages = [...HELPDESK_FIXTURES, ...GENERIC_FIXTURES].filter((f) => f.expect === sig.id);
      expect(pages.length, sig.name).toBeGreaterThan(0);
      for (const f of pages) expect(load(f).doc.querySelector('input[type=password]'), `${sig.name}: ${f.file}`).not.toBeNull();
    }
  });

  it('vendor domains are registrable domains and name tokens are lower case', () => {
    for (const sig of mine) {
      for (const d of sig.vendorDomains) expect(getDomain(d), `${sig.id}: ${d}`).toBe(d);
      for (const t of sig.nameTokens) expect(t).toBe(t.toLowerCase());
    }
  });

  it('patterns are stateless and free of nested quantifiers', () => {
    const nested = /\((?:[^()\\]|\\.)*[+*](?:[^()\\]|\\.)*\)[+*{]/;
    for (const sig of mine) {
      for (const s of sig.signals) {
        expect(s.pattern.flags, `${sig.id}: ${s.pattern}`).not.toMatch(/[gy]/);
        expect(nested.test(s.pattern.source), `${sig.id}: ${s.pattern}`).toBe(false);
      }
    }
  });

  it('patterns finish on long hostile values (snapshot items are capped at a few KB)', () => {
    const hostile = ['a'.repeat(4000), '/'.repeat(4000), `${'x '.repeat(2000)}!`, `${'login '.repeat(600)}pbx`, '.'.repeat(4000)];
    for (const sig of mine) for (const s of sig.signals) for (const h of hostile) s.pattern.test(h);
  });
});
