import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { CATALOGUE, detect, emptySnapshot, mayDetect, mayMatchWalkedAttr, scoreBound, scoreSignature, type PageSnapshot } from '../../src/core';
import { collectSnapshot } from '../../src/content/snapshot';
import { ALL_FIXTURES } from '../fixtures';
import { LOGIN_PAGE, MICROSOFT_SIGNIN_PAGE, largePage } from '../../bench/pages';

const FIXTURE_DIR = new URL('../fixtures/', import.meta.url);

function snapshots(html: string, url: string): { full: PageSnapshot; cheap: PageSnapshot } {
  const doc = new JSDOM(html, { url }).window.document;
  return { full: collectSnapshot(doc, url), cheap: collectSnapshot(doc, url, true) };
}

describe('the cheap snapshot (first stage on a password page without a console hint)', () => {
  it('leaves out text, links and the walked ids and tags, and reads everything else exactly as the full one', () => {
    const { full, cheap } = snapshots(
      '<html class=x><title>T</title><body><app-root><h1 id=head>Welcome</h1><a href=/ucp>UCP</a><form action=/login><input type=password name=p></form></app-root></body></html>',
      'https://pbx.example/',
    );
    expect(cheap).toEqual({ ...full, text: '', links: [], attrs: full.attrs.filter((a) => !a.startsWith('id=') && !a.startsWith('tag=')) });
    expect(full.text).toContain('Welcome');
    expect(full.attrs).toEqual(expect.arrayContaining(['id=head', 'tag=app-root']));
  });
});

describe('mayDetect: the worker asks for the full snapshot whenever it could be a console', () => {
  // Every fixture page, at the host and path it is served at: consoles, generic consoles, ordinary pages.
  for (const fx of ALL_FIXTURES) {
    it(`${fx.file}${fx.hash ?? ''}`, () => {
      const url = `https://${fx.host}${fx.path}${fx.hash ?? ''}`;
      const { full, cheap } = snapshots(readFileSync(new URL(fx.file, FIXTURE_DIR), 'utf8'), url);
      // The bound never falls below the full snapshot's score, for every signature.
      for (const sig of CATALOGUE) expect(scoreBound(cheap, sig), sig.id).toBeGreaterThanOrEqual(scoreSignature(full, sig).score);
      if (detect(full, CATALOGUE)) expect(mayDetect(cheap, CATALOGUE)).toBe(true);
    });
  }

  it('is never false where the full snapshot is detected (random snapshots built from the catalogue’s own signals)', () => {
    // Values that make signals match: the catalogue's patterns' sources as strings rarely match, so the snapshot
    // mixes matching values of chosen signals (found by trying each signal on a pool) with noise.
    const pool = ['3CX Phone System Management Console', 'FreePBX Administration', 'class=firsttypeofselector', 'id=pbx-version', 'id=loginBox', 'tag=app-root', 'osTicket', '/scp/pwreset.php', 'password p p  ', 'text p p', '#/login', 'Zammad', 'class=splash', 'Welcome to the 3CX Management Console', 'id=kix-logo', 'class=user-is-guest', 'generator=FreePBX'];
    const str = fc.constantFrom(...pool, '', 'x');
    const list = fc.array(str, { maxLength: 4 });
    const snap = fc.record({
      title: str,
      metas: fc.array(fc.tuple(fc.constantFrom('generator', 'description', 'application-name'), str), { maxLength: 2 }),
      scripts: list,
      styles: list,
      icons: list,
      images: list,
      inputs: fc.array(fc.record({ type: fc.constantFrom('password', 'text'), name: str, id: str, autocomplete: str, placeholder: str, label: str }), { maxLength: 3 }),
      forms: list,
      passwordFields: fc.nat(2),
      text: str,
      rootAttrs: list,
      walked: list.map((l) => l.map((v) => `id=${v}`)),
      links: list,
      hash: fc.constantFrom('', '#/login', '#/office/x'),
    });
    fc.assert(
      fc.property(snap, (r) => {
        const url = `https://pbx.example/admin/${r.hash}`;
        const full: PageSnapshot = { ...emptySnapshot(url), ...r, attrs: [...r.rootAttrs, ...r.walked] };
        const cheap: PageSnapshot = { ...full, text: '', links: [], attrs: r.rootAttrs };
        for (const sig of CATALOGUE) if (scoreBound(cheap, sig) < scoreSignature(full, sig).score) return false;
        return !detect(full, CATALOGUE) || mayDetect(cheap, CATALOGUE);
      }),
      { numRuns: 3000 },
    );
  });

  it('answers no on ordinary sign-in pages (so they cost one small message)', () => {
    for (const [html, url] of [
      [LOGIN_PAGE, 'https://mail.example/'],
      [MICROSOFT_SIGNIN_PAGE, 'https://login.kit.example/common/oauth2/v2.0/authorize'],
      [largePage(2_000), 'https://forum.example/'],
    ] as const)
      expect(mayDetect(snapshots(html, url).cheap, CATALOGUE), url).toBe(false);
  });
});

describe('mayMatchWalkedAttr', () => {
  it('rules out only patterns anchored to another attribute', () => {
    expect(mayMatchWalkedAttr(/^class=firsttypeofselector$/)).toBe(false);
    expect(mayMatchWalkedAttr(/^class=.*\buser-is-guest\b/)).toBe(false);
    expect(mayMatchWalkedAttr(/^CLASS=x/i)).toBe(false);
  });
  it('keeps everything that could match an `id=…` or `tag=…` entry', () => {
    for (const p of [/^id=pbx-version$/, /^ID=x/i, /^i/, /^tag=app-root$/, /^ids?=x/, /^cl|id=x/, /^class=x/m, /class=x/, /^(?:class|id)=x/, /^\w+=x/, /^t/])
      expect(mayMatchWalkedAttr(p), String(p)).toBe(true);
    expect(mayMatchWalkedAttr(/^ID=x/)).toBe(false);
  });
});
