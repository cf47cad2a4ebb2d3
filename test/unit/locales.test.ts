import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { uiLanguageOf } from '../../src/core/messages';

type Messages = Record<string, { message: string; placeholders?: Record<string, unknown> }>;
const load = (loc: string): Messages => JSON.parse(readFileSync(`public/_locales/${loc}/messages.json`, 'utf8')) as Messages;
const en = load('en');
const de = load('de');
const placeholders = (s: string) => (s.match(/\$\d/g) ?? []).sort();

function keysUsedInSource(dir: string): string[] {
  const out: string[] = [];
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) out.push(...keysUsedInSource(p));
    else if (/\.(ts|tsx)$/.test(e.name)) for (const m of readFileSync(p, 'utf8').matchAll(/\b(?:t|getMessage)\(\s*'([A-Za-z0-9_]+)'/g)) out.push(m[1]!);
  }
  return out;
}

describe('locales', () => {
  it('have the same keys in English and German', () => {
    expect(Object.keys(de).sort()).toEqual(Object.keys(en).sort());
  });

  it('use the same placeholders in both languages, and no empty text', () => {
    for (const key of Object.keys(en)) {
      expect(placeholders(de[key]!.message), key).toEqual(placeholders(en[key]!.message));
      expect(en[key]!.message.trim(), key).not.toBe('');
      expect(de[key]!.message.trim(), key).not.toBe('');
    }
  });

  it('define every key the code asks for by a literal name', () => {
    const missing = [...new Set(keysUsedInSource('src'))].filter((k) => !(k in en));
    expect(missing).toEqual([]);
  });

  it('define the manifest strings', () => {
    const manifest = readFileSync('manifest.json', 'utf8');
    for (const m of manifest.matchAll(/__MSG_(\w+)__/g)) expect(en, m[1]).toHaveProperty(m[1]!);
  });
});

describe('uiLanguageOf', () => {
  it('speaks German for any German tag and English for everything else', () => {
    expect(['de', 'de-DE', 'DE-at', 'de_CH'].map(uiLanguageOf)).toEqual(['de', 'de', 'de', 'de']);
    expect(['en-US', 'fr', '', 'dk'].map(uiLanguageOf)).toEqual(['en', 'en', 'en', 'en']);
  });
});
