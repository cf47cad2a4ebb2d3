import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import type { PageSnapshot } from '../../src/core';
import { collectSnapshot } from '../../src/content/snapshot';

/**
 * collectSnapshot reads lazily (tag collections, a bounded text walk, an index of labels) because the obvious
 * selectors cost milliseconds on big pages. This reference is the obvious version; on pages up to the text walk's
 * reach both must read exactly the same.
 */
const SCAN = 500;

function referenceSnapshot(doc: Document, url: string): PageSnapshot {
  const clip = (s: string | null | undefined, n = 300) => (s ?? '').replace(/\s+/g, ' ').trim().slice(0, n);
  // `withAttributes`: an element without any attribute is left out (it carries no evidence).
  const take = <T extends Element>(sel: string, cap: number, withAttributes = false) =>
    Array.from(doc.querySelectorAll<T>(sel))
      .filter((e) => !withAttributes || e.attributes.length > 0)
      .slice(0, cap);
  const abs = (u: string | null) => {
    if (!u) return '';
    try {
      return clip(new URL(u, doc.baseURI).href);
    } catch {
      return clip(u);
    }
  };
  const label = (i: HTMLInputElement) => {
    const aria = i.getAttribute('aria-label');
    if (aria) return clip(aria, 100);
    const l = i.labels?.[0];
    return l ? clip(l.textContent, 100) : '';
  };
  let text = '';
  for (const el of doc.querySelectorAll(
    'h1, h2, h3, label, button, legend, a, [role=button], input[type=submit], footer, [class*="footer" i], [id*="footer" i], [class*="copyright" i], [class*="powered" i], [class*="logo" i], [class*="brand" i], img[alt]',
  )) {
    const t = el.tagName === 'IMG' ? clip(el.getAttribute('alt'), 100) : el.tagName === 'INPUT' ? clip(el.getAttribute('value'), 60) : clip(el.textContent, 200);
    if (t) text += `${t}\n`;
    if (text.length >= 4000) break;
  }
  const attrs: string[] = [];
  for (const el of [doc.documentElement, doc.body, ...take('body > *, [ng-app], [ng-version], [data-reactroot], #app, #root', 20)]) {
    for (const name of ['class', 'id']) if (el?.hasAttribute(name) && attrs.length < 60) attrs.push(clip(`${name}=${el.getAttribute(name)}`, 200));
  }
  // Ids and custom element names: of the first SCAN elements of the body.
  const scanned = Array.from(doc.body?.getElementsByTagName('*') ?? []).slice(0, SCAN);
  for (const el of scanned.filter((e) => e.id).slice(0, 80)) attrs.push(clip(`id=${el.id}`, 120));
  const tags = new Set<string>();
  for (const el of scanned) if (tags.size < 20 && el.localName.includes('-')) tags.add(el.localName);
  for (const name of tags) attrs.push(`tag=${name}`);
  return {
    url,
    title: clip(doc.title, 200),
    metas: take<HTMLMetaElement>('head > meta[name], head > meta[property]', 30).map((m) => [clip(m.getAttribute('name') ?? m.getAttribute('property'), 60), clip(m.content, 200)]),
    scripts: take('script[src]', 40).map((e) => abs(e.getAttribute('src'))),
    styles: take('head > link[rel~="stylesheet" i]', 30).map((e) => abs(e.getAttribute('href'))),
    icons: take('head > link:is([rel~="icon" i], [rel="apple-touch-icon" i], [rel="manifest" i])', 10).map((e) => abs(e.getAttribute('href'))),
    images: take('img[src]', 30).map((e) => abs(e.getAttribute('src'))),
    inputs: take<HTMLInputElement>('input:not([type=hidden]), select, textarea', 60, true).map((i) => ({
      type: clip(i.getAttribute('type') ?? i.tagName.toLowerCase(), 30).toLowerCase(),
      name: clip(i.getAttribute('name'), 100),
      id: clip(i.id, 100),
      autocomplete: clip(i.getAttribute('autocomplete'), 60),
      placeholder: clip(i.getAttribute('placeholder'), 100),
      label: label(i),
    })),
    forms: take('form', 10, true).map((f) => clip(`${f.getAttribute('action') ?? ''} ${f.id} ${f.getAttribute('name') ?? ''} ${f.className}`)),
    passwordFields: doc.querySelectorAll('input[type=password]').length,
    text: text.slice(0, 4000),
    attrs,
    links: take('a[href]', 80).map((a) => abs(a.getAttribute('href'))),
  };
}

function both(html: string, url = 'https://pbx.acme.example/admin/') {
  const { document } = new JSDOM(html, { url }).window;
  const fast = collectSnapshot(document, url);
  const reference = referenceSnapshot(document, url);
  // The order of the marker elements' attributes is not part of the contract.
  return { fast: { ...fast, attrs: [...fast.attrs].sort() }, reference: { ...reference, attrs: [...reference.attrs].sort() } };
}

const MIXED = `<!doctype html><html lang="de" class="login-page"><head>
<title>  Anmeldung —
 Telefonanlage </title>
<meta charset="utf-8"><meta name="generator" content="AcmePBX 7"><meta property="og:site_name" content="Acme"><meta http-equiv="x-ua-compatible" content="IE=edge">
<link rel="StyleSheet" href="/css/app.css"><link rel="alternate stylesheet" href="alt.css"><link rel="preload" href="/x.js">
<link rel="shortcut icon" href="/favicon.ico"><link rel="apple-touch-icon" href="/touch.png"><link rel="Manifest" href="/site.webmanifest"><link rel="apple-touch-icon-precomposed" href="/no.png">
<script src="/js/vendor.js"></script><script>var inline = 1;</script><script src="app.js?v=3"></script>
</head><body id="loginBody" data-theme="dark">
<div id="app" ng-version="17.3.0"><div class="brand-Logo"><img src="/img/logo.svg" alt="Acme PBX"><img alt="no source"></div>
<form id="login" name="f" action="/api/login" class="form horizontal">
<input type="hidden" name="csrf" value="t0k3n"><input type="HIDDEN" name="state">
<label for="user">Benutzername</label><input id="user" name="username" autocomplete="username" placeholder="Nutzer">
<label>Passwort <input type="password" name="password" id="pw" autocomplete="current-password"></label>
<input type="password" aria-label="  Neues   Passwort " name="new">
<select name="lang"><option>de</option></select><textarea name="note"></textarea>
<input type="submit" value="Anmelden"><button type="button" role="button">Passwort vergessen?</button>
<fieldset><legend>Optionen</legend><input type="checkbox" id="remember"><label for="remember">Angemeldet bleiben</label><label for="remember">zweites Label</label></fieldset>
</form>
<h1>Willkommen</h1><h2>Bitte anmelden</h2><h4>nicht im Text</h4>
<a href="https://www.acmepbx.example/docs">Dokumentation</a><a name="anchor-only">kein Link</a><a href="#help">Hilfe</a>
<a href="  ../spaced?q=1  ">spaced</a><a href="http://[broken">broken</a><a href="">empty</a><a href="javascript:void(0)">js</a><img src=""><img src="data:image/png;base64,AAAA">
<svg><a href="/svg-link"><text>SVG link</text></a></svg>
</div>
<div id="root"><section data-reactroot=""><span>react</span></section></div>
<app-root><login-component id="lc"><span>custom</span></login-component></app-root>
<div class="site-Footer"><p class="copyright">© 2024 Acme</p><span id="poweredby" class="powered-by">Powered by AcmePBX</span></div>
<footer>Impressum</footer>
</body></html>`;

describe('collectSnapshot (lazy reads)', () => {
  it('reads exactly what the plain selectors read on a page that exercises every field', () => {
    const { fast, reference } = both(MIXED);
    expect(fast).toEqual(reference);
    // Spot checks, so an error shared by both readers cannot pass unnoticed.
    expect(fast.inputs.map((i) => i.name)).toEqual(['username', 'password', 'new', 'lang', 'note', '', '']);
    expect(fast.inputs.map((i) => i.label)).toEqual(['Benutzername', 'Passwort', 'Neues Passwort', '', '', '', 'Angemeldet bleiben']);
    expect(fast.styles).toEqual(['https://pbx.acme.example/css/app.css', 'https://pbx.acme.example/admin/alt.css']);
    expect(fast.icons).toEqual(['https://pbx.acme.example/favicon.ico', 'https://pbx.acme.example/touch.png', 'https://pbx.acme.example/site.webmanifest']);
    expect(fast.links).toContain('https://pbx.acme.example/svg-link');
    expect(fast.attrs).toEqual(expect.arrayContaining(['class=login-page', 'id=loginBody', 'id=lc', 'tag=login-component']));
    // Of the marker elements only class and id: no attr signal reads anything else.
    expect(fast.attrs.filter((a) => !/^(class|id|tag)=/.test(a))).toEqual([]);
    expect(fast.text).toContain('Powered by AcmePBX');
  });

  // jsdom's XPath takes seconds on this page (Chromium's a few milliseconds).
  it('keeps every cap, in document order', { timeout: 30_000 }, () => {
    const many = Array.from({ length: 300 }, (_, i) => `<script src="/s${i}.js"></script><a href="/l${i}">link ${i}</a><img src="/i${i}.png"><input name="f${i}"><select name="s${i}"></select><form id="f${i}"></form>`).join('');
    const metas = Array.from({ length: 300 }, (_, i) => `<meta name="m${i}" content="c">`).join('');
    // In one container: jsdom's XPath takes seconds for the markers' `body/*[21>position()]` over 1,800 children.
    const { fast, reference } = both(`<head><title>caps</title>${metas}</head><body><div>${many}</div>`);
    // Text, ids and custom element names are read from the first CAP.scan (500) elements only; this page has 2,100.
    expect({ ...fast, text: '' }).toEqual({ ...reference, text: '' });
    expect(fast.text.length).toBeGreaterThan(500);
    expect(reference.text.startsWith(fast.text)).toBe(true);
    expect([fast.scripts.length, fast.links.length, fast.images.length, fast.inputs.length, fast.metas.length, fast.forms.length]).toEqual([40, 80, 30, 60, 30, 10]);
    expect(fast.inputs.slice(0, 3).map((i) => i.name)).toEqual(['f0', 's0', 'f1']);
  });

  it('reads elements whose attributes are named like its own properties, and no value attribute', () => {
    const { fast, reference } = both(
      '<form node="f" action="/in"><input node="x" __proto__="p" constructor="c" name="u" id="u" value="typed-secret"><input type="password" name="p" value="typed-secret"></form>',
    );
    expect(fast).toEqual(reference);
    expect(fast.inputs.map((i) => i.name)).toEqual(['u', 'p']);
    expect(JSON.stringify(fast)).not.toContain('typed-secret');
  });

  it('reads metas and links of the head only, and leaves out forms and controls without any attribute', () => {
    const { fast } = both(
      '<head><meta name="generator" content="AcmePBX"><link rel="stylesheet" href="/head.css"></head><body><meta name="late" content="x"><link rel="stylesheet" href="/body.css"><form><input><select></select><input name="u"></form><form action="/in"></form></body>',
    );
    expect(fast.metas).toEqual([['generator', 'AcmePBX']]);
    expect(fast.styles).toEqual(['https://pbx.acme.example/head.css']);
    expect(fast.forms).toEqual(['/in']);
    expect(fast.inputs.map((i) => [i.type, i.name])).toEqual([['input', 'u']]);
  });

  it('reads the first 80 ids, in document order, from the elements it walks', () => {
    const spans = Array.from({ length: 120 }, (_, i) => `<span id="s${i}">${i}</span>`).join('');
    const { fast, reference } = both(`<title>ids</title><div>${spans}</div>`);
    expect(fast).toEqual(reference);
    const ids = fast.attrs.filter((a) => a.startsWith('id='));
    expect(ids).toHaveLength(80);
    expect(ids).toContain('id=s79');
    expect(ids).not.toContain('id=s80');
  });

  it('reads the same as the plain selectors on every fixture page', () => {
    const files: string[] = [];
    const walk = (dir: string) => {
      for (const name of readdirSync(dir)) {
        const path = join(dir, name);
        if (statSync(path).isDirectory()) walk(path);
        else if (name.endsWith('.html')) files.push(path);
      }
    };
    walk('test/fixtures');
    for (const file of files) {
      const { fast, reference } = both(readFileSync(file, 'utf8'));
      expect(fast, file).toEqual(reference);
    }
    expect(files.length).toBeGreaterThan(40);
  }, 30_000);
});
