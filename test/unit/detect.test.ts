import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import type { ProductSignature } from '../../src/core';
import { detect, DETECT_THRESHOLD, emptySnapshot, MENTION_CAP, rankSignatures } from '../../src/core';
import { collectSnapshot } from '../../src/content/snapshot';

/** A bilingual note whose German side is told apart from the English one. */
const n = (en: string) => ({ en, de: `DE ${en}` });

const acmePbx: ProductSignature = {
  id: 'acmepbx',
  name: 'AcmePBX',
  family: 'pbx',
  vendorDomains: ['acmepbx.example'],
  nameTokens: ['acmepbx'],
  signals: [
    { field: 'title', pattern: /^AcmePBX Management Console$/, weight: 45, note: n('title is the console title') },
    { field: 'script', pattern: /\/acmepbx-admin\.[0-9a-f]+\.js$/, weight: 45, note: n('console bundle') },
    { field: 'input', pattern: /\bext_secret\b/, weight: 20, note: n('extension secret field') },
    { field: 'text', pattern: /AcmePBX/, weight: 10, note: n('names AcmePBX') },
    { field: 'link', pattern: /acmepbx\.example/, weight: 10, note: n('links to the vendor') },
    { field: 'text', pattern: /Powered by AcmePBX/i, weight: 15, note: n('powered-by footer') },
  ],
};
const generic: ProductSignature = {
  id: 'generic-pbx',
  name: 'PBX console',
  family: 'pbx',
  vendorDomains: [],
  nameTokens: [],
  signals: [
    { field: 'title', pattern: /\bPBX\b/i, weight: 30, note: n('title says PBX') },
    { field: 'input', pattern: /^password /, weight: 25, note: n('password field') },
  ],
};

function snapshotOf(html: string, url = 'https://pbx.acme.example/') {
  const dom = new JSDOM(html, { url });
  return collectSnapshot(dom.window.document, url);
}

describe('detect', () => {
  it('detects on two strong signals with high confidence', () => {
    const s = snapshotOf('<title>AcmePBX Management Console</title><script src="/acmepbx-admin.1a2b.js"></script><form><input type=password name=pw></form>');
    const d = detect(s, [acmePbx, generic]);
    expect(d).toMatchObject({ productId: 'acmepbx', productName: 'AcmePBX', confidence: 'high', isLogin: true, score: 90 });
    expect(d!.evidence).toEqual([n('title is the console title'), n('console bundle')]);
  });

  it('does not detect a page that only mentions the product, however often', () => {
    const s = snapshotOf(
      `<title>Why we moved to AcmePBX</title><article><h1>AcmePBX review</h1><a href="https://acmepbx.example">AcmePBX</a>
       <footer>Powered by AcmePBX? No, by WordPress</footer></article><form><input type=password name=pwd></form>`,
    );
    const ranked = rankSignatures(s, [acmePbx]);
    expect(ranked[0]!.score).toBeLessThanOrEqual(MENTION_CAP);
    expect(detect(s, [acmePbx])).toBeNull();
  });

  it('prefers a product over the generic fallback and reports the fallback only at low confidence', () => {
    const genericPage = snapshotOf('<title>PBX Login</title><form><input type=password name=pw></form>');
    expect(detect(genericPage, [acmePbx, generic])).toMatchObject({ productId: 'generic-pbx', confidence: 'low' });
    const productPage = snapshotOf('<title>AcmePBX Management Console</title><script src="/acmepbx-admin.ff.js"></script><form><input type=password></form>');
    expect(detect(productPage, [generic, acmePbx])!.productId).toBe('acmepbx');
  });

  it('counts each signal once and treats a stateful (global) pattern safely', () => {
    const sticky: ProductSignature = { ...acmePbx, signals: [{ field: 'script', pattern: /acmepbx/g, weight: DETECT_THRESHOLD, note: n('x') }] };
    const s = snapshotOf('<script src="/acmepbx.js"></script><script src="/acmepbx2.js"></script>');
    expect(detect(s, [sticky])!.score).toBe(DETECT_THRESHOLD);
    expect(detect(s, [sticky])!.score).toBe(DETECT_THRESHOLD);
  });

  it('reads URL parts: path, hash and host', () => {
    const sig: ProductSignature = {
      ...acmePbx,
      signals: [
        { field: 'hash', pattern: /^#\/login$/, weight: 25, note: n('hash') },
        { field: 'path', pattern: /^\/webclient\/$/, weight: 25, note: n('path') },
        { field: 'host', pattern: /\.acmepbx\.example$/, weight: 10, note: n('host') },
      ],
    };
    expect(detect(emptySnapshot('https://t1.acmepbx.example/webclient/#/login'), [sig])!.score).toBe(60);
    expect(detect(emptySnapshot('not a url'), [sig])).toBeNull();
  });
});

describe('collectSnapshot', () => {
  it('never reads input values and caps what it collects', () => {
    const many = Array.from({ length: 500 }, (_, i) => `<script src="/s${i}.js"></script><a href="/l${i}">l</a>`).join('');
    const dom = new JSDOM(`<title>x</title>${many}<label for=p>Passwort</label><input id=p type=password name=pass value="hunter2-secret">`, { url: 'https://x.example/' });
    const s = collectSnapshot(dom.window.document, 'https://x.example/');
    expect(JSON.stringify(s)).not.toContain('hunter2-secret');
    expect(s.scripts).toHaveLength(40);
    expect(s.links).toHaveLength(80);
    expect(s.inputs[0]).toMatchObject({ type: 'password', name: 'pass', id: 'p', label: 'Passwort' });
    expect(s.passwordFields).toBe(1);
  });
});

describe('collectSnapshot: nested ids and custom elements', () => {
  it('records ids below the body and custom element names, bounded', () => {
    const dom = new JSDOM('<body><app-root><div><login-component><form id="login_form"><input type=password></form></login-component></div></app-root></body>', {
      url: 'https://pbx.acme.example/',
    });
    const s = collectSnapshot(dom.window.document, 'https://pbx.acme.example/');
    expect(s.attrs).toContain('id=login_form');
    expect(s.attrs).toContain('tag=app-root');
    expect(s.attrs).toContain('tag=login-component');
  });
});
