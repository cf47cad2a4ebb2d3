import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { collectSnapshot } from '../../src/content/snapshot';
import { CATALOGUE } from '../../src/core/catalogue';
import { detect, rankSignatures } from '../../src/core/detect';
import { ALL_FIXTURES, type Fixture } from '../fixtures';

/**
 * Hosted products whose login markup is not public are known by their host, their name and the assets they load from
 * their own domains. A saved copy of such a login page on a foreign host (what a phishing kit serves) must still be
 * detected as the product, so that the origin check can call it a look-alike; the vendor's marketing pages, which
 * load the same assets and name the product, must not.
 */
const HOSTED = ['nfon', 'placetel', 'sipgate', 'swyx', 'deskpro', 'happyfox', 'spiceworks', 'jitbit', 'topdesk', 'freshservice'];
const FIXTURES_DIR = resolve(__dirname, '../fixtures');

const urlOf = (f: Fixture, host = f.host) => `https://${host}${f.path}${f.hash ?? ''}`;

/** The page as "Save page as" or a cloning kit keeps it: every src and href made absolute to the original host. */
function savedCopy(f: Fixture): string {
  const dom = new JSDOM(readFileSync(resolve(FIXTURES_DIR, f.file), 'utf8'), { url: urlOf(f) });
  const doc = dom.window.document;
  for (const el of doc.querySelectorAll('[src]')) el.setAttribute('src', (el as HTMLImageElement).src);
  for (const el of doc.querySelectorAll('link[href]')) el.setAttribute('href', (el as HTMLLinkElement).href);
  return dom.serialize();
}

function detectAt(html: string, url: string) {
  const s = collectSnapshot(new JSDOM(html, { url }).window.document, url);
  return { d: detect(s, CATALOGUE), why: rankSignatures(s, CATALOGUE).slice(0, 3).map((r) => `${r.signature.id}=${r.score} [${r.evidence.map((e) => e.en).join('; ')}]`).join(' | ') };
}

describe('a saved copy of a hosted login page on a foreign host is still the product', () => {
  const fixtures = ALL_FIXTURES.filter((f) => f.expect !== null && HOSTED.includes(f.expect));
  it('covers every hosted product', () => expect(new Set(fixtures.map((f) => f.expect))).toEqual(new Set(HOSTED)));

  it.each(fixtures.map((f) => [f.expect!, f] as const))('%s', (_id, f) => {
    const copy = savedCopy(f);
    const foreign = `https://${f.expect}-login.example-portal.test${f.path}`;
    const { d, why } = detectAt(copy, foreign);
    expect(d?.productId ?? null, why).toBe(f.expect);
    // Without its password field the same page is nothing: these signatures require one.
    const noForm = copy.replace(/<input[^>]*type="password"[^>]*>/g, '');
    expect(detectAt(noForm, foreign).d, 'without a password field').toBeNull();
    expect(detectAt(noForm, urlOf(f)).d, 'without a password field, on the vendor host').toBeNull();
  });
});

describe("the vendors' own marketing pages are no consoles", () => {
  const page = (name: string, origin: string) => `<!DOCTYPE html><html><head><title>${name} – Cloud-Telefonanlage und Helpdesk für Ihr Team</title>
    <link rel="stylesheet" href="${origin}/assets/site.css"><script src="${origin}/assets/site.js"></script></head>
    <body><img src="${origin}/assets/logo.svg" alt="${name}"><h1>${name}</h1><a href="${origin}/login">Login</a>
    <form action="/newsletter"><input type="email" name="email"><button>Abonnieren</button></form><footer>${name} GmbH · Administrationsportal · Help Desk</footer></body></html>`;
  it.each([
    ['NFON', 'https://www.nfon.com'],
    ['Placetel', 'https://www.placetel.de'],
    ['sipgate', 'https://www.sipgate.de'],
    ['Swyx', 'https://www.swyxon.com'],
    ['Deskpro', 'https://www.deskpro.com'],
    ['HappyFox', 'https://www.happyfox.com'],
    ['Spiceworks', 'https://community.spiceworks.com'],
    ['Jitbit', 'https://www.jitbit.com'],
    ['TOPdesk', 'https://www.topdesk.net'],
    ['Freshservice', 'https://www.freshservice.com'],
  ])('%s at %s', (name, origin) => {
    const { d, why } = detectAt(page(name, origin), `${origin}/`);
    expect(d, why).toBeNull();
  });
});
