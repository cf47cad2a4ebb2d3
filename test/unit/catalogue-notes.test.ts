import { describe, expect, it } from 'vitest';
import { CATALOGUE, detect, emptySnapshot } from '../../src/core';

/** The note's German side with what stays as written in both languages taken out: quotes, parentheses, paths. */
function germanWords(de: string): string {
  return de
    .replace(/„[^“]*“|"[^"]*"|\([^)]*\)/g, ' ')
    .replace(/\S*[/.#_]\S*/g, ' ');
}

/** Words of the English notes that have no place in a German one. */
const ENGLISH = /\b(?:the|is|a|on|of|or|to|names|hosted|loads|shows|links|asks|page|path|field|form|title|sign-in|password)\b/i;

describe('catalogue notes (the popup\'s "why this was detected")', () => {
  const signals = CATALOGUE.flatMap((sig) => sig.signals.map((s) => ({ id: sig.id, name: sig.name, note: s.note })));

  it('covers every signal of every product', () => {
    expect(signals.length).toBeGreaterThan(250);
    expect(new Set(signals.map((s) => s.id)).size).toBe(CATALOGUE.length);
  });

  it.each(signals.map((s) => [s.id, s.note.en, s.note] as const))('%s: "%s" has a German text', (_id, _en, note) => {
    expect(note.en.trim().length).toBeGreaterThan(3);
    expect(note.de.trim().length).toBeGreaterThan(3);
    expect(note.de).not.toBe(note.en);
    expect(germanWords(note.de)).not.toMatch(ENGLISH);
  });

  it('keeps product names in the German text of the templated notes', () => {
    const threecx = CATALOGUE.find((s) => s.id === '3cx')!;
    const named = threecx.signals.find((s) => s.field === 'text' && s.note.en === 'the page names 3CX')!;
    expect(named.note.de).toBe('die Seite nennt 3CX');
    const placetel = CATALOGUE.find((s) => s.id === 'placetel')!;
    expect(placetel.signals.map((s) => s.note.de)).toContain('lädt Skripte von einer Domain von Placetel');
  });

  it('gives a detection its evidence in both languages', () => {
    const d = detect({ ...emptySnapshot('https://pbx.acme.example/#/login'), title: '3CX Phone System Management Console', passwordFields: 1 }, CATALOGUE)!;
    expect(d.productId).toBe('3cx');
    expect(d.evidence.map((e) => e.de)).toEqual(['Titel ist der Titel der 3CX-Managementkonsole', 'URL ist die Anmelderoute #/login']);
    expect(d.evidence.map((e) => e.en)).toEqual(['title is the 3CX Management Console title', 'URL is the login route #/login']);
  });
});
