import { readFileSync } from 'node:fs';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import type { ProductSignature, Signal } from '../../src/core';
import { detect, DETECT_THRESHOLD, isGeneric, MENTION_CAP, hasConsoleHint, rankSignatures } from '../../src/core';
import { GENERIC_PBX, PBX_SIGNATURES as PBX_PRODUCTS } from '../../src/core/catalogue/pbx';
import { THREECX } from '../../src/core/catalogue/pbx/3cx';
import { collectSnapshot } from '../../src/content/snapshot';
import { PBX_FIXTURES, type PbxFixture } from '../fixtures/pbx';

/** What the detector sees for PBX pages: every PBX product and the PBX fallback. */
const PBX_SIGNATURES = [...PBX_PRODUCTS, GENERIC_PBX];

const FIXTURE_DIR = new URL('../fixtures/', import.meta.url);
const SPA_FILE = 'pbx/3cx-spa-login.html';

const urlOf = (fx: PbxFixture): string => `https://${fx.host}${fx.path}${fx.hash ?? ''}`;
const htmlOf = (file: string): string => readFileSync(new URL(file, FIXTURE_DIR), 'utf8');
const fixture = (file: string): PbxFixture => PBX_FIXTURES.find((f) => f.file === file)!;

function domOf(fx: PbxFixture, runScripts = false): JSDOM {
  return new JSDOM(htmlOf(fx.file), { url: urlOf(fx), ...(runScripts ? { runScripts: 'dangerously' as const } : {}) });
}

const MENTION_FIELDS = new Set<Signal['field']>(['text', 'link']);

/** The vendor's own spelling, as the badge tooltip must show it. */
const VENDOR_NAMES: Record<string, string> = {
  '3cx': '3CX',
  bvoip: 'bvoip',
  freepbx: 'FreePBX',
  issabel: 'Issabel',
  elastix: 'Elastix',
  fusionpbx: 'FusionPBX',
  mikopbx: 'MikoPBX',
  'asterisk-gui': 'Asterisk GUI',
  vitalpbx: 'VitalPBX',
  yeastar: 'Yeastar',
  'grandstream-ucm': 'Grandstream UCM',
  'mitel-mivoice': 'Mitel MiVoice',
  'mitel-micollab': 'Mitel MiCollab',
  'avaya-aura-cm': 'Avaya Aura Communication Manager',
  'avaya-aura-smgr': 'Avaya Aura System Manager',
  'cisco-ucm': 'Cisco Unified CM',
  auerswald: 'Auerswald',
  starface: 'STARFACE',
  innovaphone: 'innovaphone',
  wildix: 'Wildix',
  'sangoma-pbxact': 'Sangoma PBXact',
  'unify-openscape-business': 'OpenScape Business',
  agfeo: 'AGFEO',
  swyx: 'Swyx',
  'avaya-ip-office': 'Avaya IP Office',
  'alcatel-lucent-omnipcx': 'Alcatel-Lucent OmniPCX',
  'panasonic-kx-ns': 'Panasonic KX-NS',
  'nec-sv9100': 'NEC SV9100 WebPro',
  nfon: 'NFON',
  placetel: 'Placetel',
  sipgate: 'sipgate',
  'generic-pbx': 'PBX console',
};

describe('PBX fixtures', () => {
  const staticFixtures = PBX_FIXTURES.filter((f) => f.file !== SPA_FILE);

  it('has a fixture file for every manifest entry and a fixture for every product', () => {
    for (const fx of PBX_FIXTURES) expect(() => htmlOf(fx.file), fx.file).not.toThrow();
    const covered = new Set(PBX_FIXTURES.map((f) => f.expect));
    for (const sig of PBX_SIGNATURES.filter((s) => !isGeneric(s))) expect(covered.has(sig.id), sig.id).toBe(true);
    expect(PBX_FIXTURES.some((f) => f.expect === null)).toBe(true);
  });

  it.each(staticFixtures.map((f) => [f.file, f] as const))('%s is detected as expected', (_file, fx) => {
    const snapshot = collectSnapshot(domOf(fx).window.document, urlOf(fx));
    const d = detect(snapshot, PBX_SIGNATURES);
    const ranking = rankSignatures(snapshot, PBX_SIGNATURES)
      .slice(0, 3)
      .map((r) => `${r.signature.id}=${r.score}`)
      .join(' ');
    expect(d?.productId ?? null, `ranking: ${ranking}`).toBe(fx.expect);
    if (!d) return;
    expect(d.productName).toBe(VENDOR_NAMES[d.productId]);
    expect(d.family).toBe('pbx');
    // A real console page reaches the threshold through two independent signals, or through one strong one.
    const sig = PBX_SIGNATURES.find((s) => s.id === d.productId)!;
    const strongest = Math.max(...sig.signals.filter((s) => d.evidence.includes(s.note)).map((s) => s.weight));
    expect(d.evidence.length >= 2 || strongest >= DETECT_THRESHOLD, d.evidence.map((e) => e.en).join(' | ')).toBe(true);
  });

  it('passes the all-pages pre-filter on every page that must be detected', () => {
    // Mirrors src/content/detector.iife.ts: a password field, or the hint in title, host+path+hash or generator meta.
    for (const fx of staticFixtures.filter((f) => f.expect !== null)) {
      const doc = domOf(fx).window.document;
      const generator = doc.querySelector('meta[name=generator]')?.getAttribute('content') ?? '';
      const hinted = hasConsoleHint(doc.title, fx.host + fx.path + (fx.hash ?? ''), generator);
      expect(hinted || doc.querySelector('input[type=password]') !== null, fx.file).toBe(true);
    }
    // A product without a hint in its name needs a password field on every page (the all-pages script's byte budget).
    for (const sig of PBX_SIGNATURES) {
      if (hasConsoleHint(sig.name)) continue;
      const pages = staticFixtures.filter((f) => f.expect === sig.id);
      expect(pages.length, sig.name).toBeGreaterThan(0);
      for (const fx of pages) expect(domOf(fx).window.document.querySelector('input[type=password]'), `${sig.name}: ${fx.file}`).not.toBeNull();
    }
  });

  it('reports login pages as logins and the settings page as not one', () => {
    const isLogin = (file: string) => detect(collectSnapshot(domOf(fixture(`pbx/${file}`)).window.document, urlOf(fixture(`pbx/${file}`))), PBX_SIGNATURES)!.isLogin;
    expect(isLogin('3cx-v16-login.html')).toBe(true);
    expect(isLogin('freepbx-login.html')).toBe(true);
    expect(isLogin('3cx-settings-email.html')).toBe(false);
  });

  it('detects the 3CX single-page app only once it has rendered and routed to #/login', async () => {
    const fx = fixture(SPA_FILE);
    const dom = domOf(fx, true);
    const doc = dom.window.document;
    try {
      expect(detect(collectSnapshot(doc), PBX_SIGNATURES)).toBeNull();
      await new Promise<void>((resolve, reject) => {
        const done = () => doc.documentElement.getAttribute('data-app-ready') === 'true';
        if (done()) return resolve();
        const giveUp = dom.window.setTimeout(() => reject(new Error('the SPA fixture never rendered')), 5000);
        new dom.window.MutationObserver(() => {
          if (!done()) return;
          dom.window.clearTimeout(giveUp);
          resolve();
        }).observe(doc.documentElement, { attributes: true });
      });
      const snapshot = collectSnapshot(doc);
      expect(snapshot.url).toBe('https://pbx.acme.example/#/login');
      expect(detect(snapshot, PBX_SIGNATURES)).toMatchObject({ productId: '3cx', isLogin: true });
    } finally {
      dom.window.close();
    }
  });
});

describe('3CX console selectors', () => {
  const docOf = (file: string) => domOf(fixture(`pbx/${file}`)).window.document;
  const first = (doc: Document, selectors: string[] | undefined) => selectors?.map((s) => doc.querySelector(s)).find((e) => e !== null) ?? null;

  it('find the forgot-password link on every 3CX login page', () => {
    for (const file of ['3cx-v16-login.html', '3cx-login.html', '3cx-v20-login.html']) {
      expect(first(docOf(file), THREECX.selectors?.forgotPassword)?.textContent, file).toMatch(/Forgot password\?/);
    }
  });

  it('find extension number, password, voicemail PIN and auth ID on the extension form', () => {
    const doc = docOf('3cx-extension-form.html');
    const sel = THREECX.selectors!;
    expect(first(doc, sel.extensionNumber)?.getAttribute('value')).toBe('101');
    expect(first(doc, sel.extensionPassword)?.getAttribute('name')).toBe('AuthPassword');
    expect(first(doc, sel.voicemailPin)?.getAttribute('name')).toBe('VMPIN');
    expect(first(doc, sel.authId)?.getAttribute('name')).toBe('AuthID');
  });

  it('find the notification (recovery) email on the settings page and nothing on a login page', () => {
    expect(first(docOf('3cx-settings-email.html'), THREECX.selectors?.recoveryEmail)?.getAttribute('value')).toBe('admin@acme.example');
    expect(first(docOf('3cx-v16-login.html'), THREECX.selectors?.recoveryEmail)).toBeNull();
  });
});

describe('PBX signature invariants', () => {
  const doc = new JSDOM('<!DOCTYPE html><p>x</p>').window.document;
  const allPatterns = PBX_SIGNATURES.flatMap((sig) => sig.signals.map((s) => [sig.id, s] as const));

  it('have unique, well-formed ids and the vendor spelling of every name', () => {
    const ids = PBX_SIGNATURES.map((s) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const sig of PBX_SIGNATURES) {
      expect(sig.id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
      expect(sig.name, sig.id).toBe(VENDOR_NAMES[sig.id]);
      expect(sig.family).toBe('pbx');
      for (const t of sig.nameTokens) expect(t).toBe(t.toLowerCase());
      for (const d of sig.vendorDomains) expect(d, sig.id).toMatch(/^(?:[a-z0-9-]+\.)+[a-z]{2,}$/);
    }
    expect(PBX_SIGNATURES.filter(isGeneric).map((s) => s.id)).toEqual(['generic-pbx']);
  });

  it('keep weights on the engine scale and explain every signal', () => {
    for (const [id, s] of allPatterns) {
      expect(Number.isInteger(s.weight) && s.weight >= 5 && s.weight <= 60, `${id}: ${s.note.en} (${s.weight})`).toBe(true);
      expect(s.note.en.trim().length, id).toBeGreaterThan(5);
    }
  });

  it('can reach the threshold on page evidence, never on mentions alone', () => {
    for (const sig of PBX_SIGNATURES) {
      const page = sig.signals.filter((s) => !MENTION_FIELDS.has(s.field)).reduce((n, s) => n + s.weight, 0);
      const mentions = sig.signals.filter((s) => MENTION_FIELDS.has(s.field)).reduce((n, s) => n + s.weight, 0);
      expect(page + Math.min(mentions, MENTION_CAP), sig.id).toBeGreaterThanOrEqual(DETECT_THRESHOLD);
      expect(Math.min(mentions, MENTION_CAP), sig.id).toBeLessThan(DETECT_THRESHOLD);
    }
  });

  it('use stateless regexes without nested quantifiers that survive hostile input', () => {
    const nestedQuantifier = /\((?:[^()\\]|\\.)*[+*](?:[^()\\]|\\.)*\)[+*{]/;
    const hostile = ['a'.repeat(20_000), `${'3CX '.repeat(5_000)}!`, `${'/'.repeat(10_000)}x`, `${'-a'.repeat(10_000)}.my3cx.`];
    for (const [id, s] of allPatterns) {
      expect(s.pattern.flags, `${id}: ${s.pattern}`).not.toMatch(/[gy]/);
      expect(nestedQuantifier.test(s.pattern.source), `${id}: ${s.pattern}`).toBe(false);
      for (const input of hostile) s.pattern.test(input); // must return at all (a catastrophic pattern would hang here)
    }
  });

  it('have selectors that are valid CSS', () => {
    for (const sig of PBX_SIGNATURES) {
      for (const list of Object.values(sig.selectors ?? {})) {
        for (const sel of list as string[]) expect(() => doc.querySelector(sel), `${sig.id}: ${sel}`).not.toThrow();
      }
    }
  });

  it('exclude the vendor sites and meeting hosts from the 3CX tenant-domain signal', () => {
    const host = THREECX.signals.find((s) => s.field === 'host')!.pattern;
    for (const h of ['acme.my3cx.de', 'acme.3cx.us', '1747.3cx.cloud', 'pentanet.3cx.com.au', 'garbuio.my3cx.com.br']) expect(host.test(h), h).toBe(true);
    for (const h of ['www.3cx.com', 'www.my3cx.de', 'acme-us.3cx.net', 'my3cx.de', 'acme.my3cx.de.evil.example', 'acme.3cx.com']) expect(host.test(h), h).toBe(false);
  });
});
