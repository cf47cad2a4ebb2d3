import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  AMBIGUOUS_CHARACTERS,
  AUTH_ID_CHARACTERS,
  AUTH_ID_LETTERS,
  authIdEntropyBits,
  CLASS_CHARACTERS,
  generateAuthId,
  GenerateError,
  generatePassphrase,
  generatePassword,
  generatePin,
  passphraseEntropyBits,
  pinWeaknesses,
  tierRequirements,
  UniformRandom,
  wordList,
  type CustomTier,
  type GeneratePasswordOptions,
  type RandomSource,
  type TierId,
  type TierRequirements,
} from '../../src/core';
import { commonPins, germanWords } from '../../scripts/build-generate-data';
import { seeded } from './helpers/seeded';
import commonPinData from '../../src/core/generate/data/common-pins.json';
import germanData from '../../src/core/generate/wordlists/de.json';

// ---------------------------------------------------------------------------------------------------------------
// Test helpers, written independently of the code under test.


/** A source that hands out the given 32-bit values in order, then a seeded stream: rigs the first draws. */
function scripted(values: number[], fallbackSeed = 1): RandomSource {
  const queue = [...values];
  const fallback = seeded(fallbackSeed);
  const one = new Uint32Array(1);
  return (array) => {
    for (let i = 0; i < array.length; i++) array[i] = queue.length ? queue.shift()! : fallback(one)[0]!;
    return array;
  };
}

function runLength(value: string): number {
  const s = value.toLowerCase();
  let best = s.length ? 1 : 0;
  for (const dir of [1, -1]) {
    let run = 1;
    for (let i = 1; i < s.length; i++) {
      run = s.charCodeAt(i) - s.charCodeAt(i - 1) === dir ? run + 1 : 1;
      best = Math.max(best, run);
    }
  }
  return best;
}

/** The tier's rules as the test reads them from tierRequirements, checked without the generator's helpers. */
function tierViolations(pw: string, req: TierRequirements, forbidden: string[] = []): string[] {
  const v: string[] = [];
  const length = [...pw].length;
  if (length < req.minLength) v.push('minLength');
  if (length > req.maxLength) v.push('maxLength');
  if (req.requireUppercase && !/[A-Z]/.test(pw)) v.push('uppercase');
  if (req.requireLowercase && !/[a-z]/.test(pw)) v.push('lowercase');
  if (req.requireDigit && !/\d/.test(pw)) v.push('digit');
  if (req.requireSpecial && !/[^A-Za-z0-9]/.test(pw)) v.push('special');
  if (req.maxSequentialChars > 0 && runLength(pw) > req.maxSequentialChars) v.push('sequential');
  if (req.disallowEmailLike && /\S+@\S+\.\S+/.test(pw)) v.push('emailLike');
  for (const w of [...forbidden, ...req.disallowWords]) if (pw.toLowerCase().includes(w.toLowerCase())) v.push(`word:${w}`);
  return v;
}

function expectGenerateError(fn: () => unknown, id: string, message: RegExp): void {
  let error: unknown;
  try {
    fn();
  } catch (e) {
    error = e;
  }
  expect(error).toBeInstanceOf(GenerateError);
  expect((error as GenerateError).id).toBe(id);
  expect((error as GenerateError).message).toMatch(message);
  expect((error as GenerateError).text.de.length).toBeGreaterThan(0);
}

/** Pearson's chi-square statistic of observed counts against a uniform expectation. */
function chiSquare(counts: number[]): number {
  const total = counts.reduce((a, b) => a + b, 0);
  const expected = total / counts.length;
  return counts.reduce((sum, o) => sum + (o - expected) ** 2 / expected, 0);
}

/**
 * Critical value of the chi-square distribution with `df` degrees of freedom at significance 0.001
 * (Wilson–Hilferty approximation, z = 3.0902). A uniform sampler exceeds it with probability 0.1 %; the tests use
 * fixed seeds, so they are deterministic.
 */
function chiSquareCritical(df: number): number {
  const z = 3.0902;
  const k = 2 / (9 * df);
  return df * (1 - k + z * Math.sqrt(k)) ** 3;
}

const FULL_CUSTOM: CustomTier = {
  minLength: 1,
  maxLength: 64,
  requireUppercase: true,
  requireLowercase: true,
  requireDigit: true,
  requireSpecial: true,
  maxSequentialChars: 3,
  disallowEmailLike: true,
  disallowWords: ['acme', 'x'],
  minScore: 0,
  historyCount: 0,
};
const LOOSE_CUSTOM: CustomTier = { ...FULL_CUSTOM, minLength: 8, maxLength: 20, requireUppercase: false, requireSpecial: false, maxSequentialChars: 0, disallowWords: [] };

const TIER_CASES: { name: string; tier: TierId; customTier?: CustomTier }[] = [
  { name: 'recommended', tier: 'recommended' },
  { name: 'high', tier: 'high' },
  { name: 'medium', tier: 'medium' },
  { name: 'low', tier: 'low' },
  { name: 'nist', tier: 'nist' },
  { name: 'custom (all classes, max run 3, words)', tier: 'custom', customTier: FULL_CUSTOM },
  { name: 'custom (loose, 8–20)', tier: 'custom', customTier: LOOSE_CUSTOM },
];

const CONTEXT = { username: 'david.miller', email: 'david@acme.example', product: '3cx', host: 'pbx.acme.example', extension: '100' };
const CONTEXT_WORDS = ['david', 'miller', 'david@acme.example', '3cx', 'acme', '100'];

afterEach(() => vi.restoreAllMocks());

// ---------------------------------------------------------------------------------------------------------------

describe('UniformRandom', () => {
  it('draws every value below n, and only those', () => {
    const rng = new UniformRandom(seeded(7));
    const seen = new Set<number>();
    for (let i = 0; i < 5000; i++) {
      const v = rng.below(7);
      expect(v).toBeGreaterThanOrEqual(0);
      expect(v).toBeLessThan(7);
      seen.add(v);
    }
    expect(seen.size).toBe(7);
  });

  it('throws away draws from the incomplete last block instead of folding them (rejection sampling)', () => {
    // For n = 3, 2^32 mod 3 = 1: the single value 2^32 - 1 lies in the incomplete block and must be skipped.
    const rng = new UniformRandom(scripted([0xffffffff, 4]));
    expect(rng.below(3)).toBe(1);
  });

  it('shuffles into every permutation (Fisher–Yates)', () => {
    const rng = new UniformRandom(seeded(3));
    const seen = new Map<string, number>();
    for (let i = 0; i < 6000; i++) {
      const key = rng.shuffle(['a', 'b', 'c']).join('');
      seen.set(key, (seen.get(key) ?? 0) + 1);
    }
    expect(seen.size).toBe(6);
    expect(chiSquare([...seen.values()])).toBeLessThan(chiSquareCritical(5));
  });

  it('uses crypto.getRandomValues by default', () => {
    const spy = vi.spyOn(globalThis.crypto, 'getRandomValues');
    generatePassword({ tier: 'recommended' });
    expect(spy).toHaveBeenCalled();
  });
});

describe('bias test (chi-square over the alphabet, significance 0.001)', () => {
  const alphabet = [...Object.values(CLASS_CHARACTERS).join('')];
  const n = alphabet.length;
  const SAMPLES = 100_000;

  it(`finds no bias in the rejection sampler over the ${n}-character password alphabet`, () => {
    const rng = new UniformRandom(seeded(2024));
    const counts = new Array<number>(n).fill(0);
    for (let i = 0; i < SAMPLES; i++) counts[rng.below(n)]!++;
    expect(chiSquare(counts)).toBeLessThan(chiSquareCritical(n - 1));
  });

  it('detects a deliberately modulo-biased sampler (negative control: byte % n)', () => {
    const source = seeded(2024);
    const words = new Uint32Array(1);
    const counts = new Array<number>(n).fill(0);
    for (let i = 0; i < SAMPLES; i++) counts[(source(words)[0]! & 0xff) % n]!++;
    expect(chiSquare(counts)).toBeGreaterThan(chiSquareCritical(n - 1));
  });

  it('finds no bias in generated passwords when no class is forced (tier "low")', () => {
    const random = seeded(99);
    const counts = new Map(alphabet.map((c) => [c, 0]));
    let total = 0;
    while (total < SAMPLES) {
      for (const c of generatePassword({ tier: 'low', random })) counts.set(c, counts.get(c)! + 1);
      total += 16;
    }
    expect(chiSquare([...counts.values()])).toBeLessThan(chiSquareCritical(n - 1));
  });

  it('finds no bias within each class when every class is forced (tier "recommended")', () => {
    const random = seeded(5);
    const counts = new Map(alphabet.map((c) => [c, 0]));
    for (let i = 0; i < SAMPLES / 16; i++) for (const c of generatePassword({ tier: 'recommended', random })) counts.set(c, counts.get(c)! + 1);
    for (const chars of Object.values(CLASS_CHARACTERS)) {
      const classCounts = [...chars].map((c) => counts.get(c)!);
      expect(chiSquare(classCounts)).toBeLessThan(chiSquareCritical(chars.length - 1));
    }
  });
});

describe('generatePassword', () => {
  const OPTION_SETS: { name: string; options: Partial<GeneratePasswordOptions> }[] = [
    { name: 'defaults', options: {} },
    { name: 'avoidAmbiguous', options: { avoidAmbiguous: true } },
    { name: 'length 40', options: { length: 40 } },
    { name: 'context', options: { context: CONTEXT } },
    { name: 'no special unless required', options: { classes: { special: false } } },
    { name: 'pbxExtension profile', options: { profile: 'pbxExtension' } },
  ];

  for (const tc of TIER_CASES) {
    const req = tierRequirements(tc.tier, tc.customTier);
    for (const set of OPTION_SETS) {
      const impossible = (set.options.profile === 'pbxExtension' || set.options.classes?.special === false) && req.requireSpecial;
      const tooLong = set.options.length !== undefined && set.options.length > req.maxLength;
      it(`${tc.name} × ${set.name}: ${impossible || tooLong ? 'refuses' : '500 samples satisfy the tier'}`, () => {
        const options: GeneratePasswordOptions = { tier: tc.tier, customTier: tc.customTier, random: seeded(11), ...set.options };
        if (impossible) return expect(() => generatePassword(options)).toThrow(GenerateError);
        if (tooLong) return expect(() => generatePassword(options)).toThrow(/above the tier's maximum/);
        const expectedLength = set.options.length ?? Math.min(Math.max(16, req.minLength), req.maxLength);
        const alphanumeric = set.options.profile === 'pbxExtension' || set.options.classes?.special === false;
        const problems: string[] = [];
        for (let i = 0; i < 500; i++) {
          const pw = generatePassword(options);
          const found = tierViolations(pw, req, set.options.context ? CONTEXT_WORDS : []);
          if (pw.length !== expectedLength) found.push('length');
          if (/[\s'"`\\@&<>,;|]/.test(pw)) found.push('unsafe character');
          if (set.options.avoidAmbiguous && [...AMBIGUOUS_CHARACTERS].some((c) => pw.includes(c))) found.push('ambiguous');
          if (alphanumeric && !/^[A-Za-z0-9]+$/.test(pw)) found.push('not alphanumeric');
          if (found.length) problems.push(`${pw}: ${found.join(', ')}`);
        }
        expect(problems).toEqual([]);
      });
    }
  }

  it('is at least 16 characters by default, clamped into the tier range', () => {
    expect(generatePassword({ tier: 'recommended' })).toHaveLength(16);
    expect(generatePassword({ tier: 'custom', customTier: { ...LOOSE_CUSTOM, maxLength: 12 } })).toHaveLength(12);
    expect(generatePassword({ tier: 'custom', customTier: { ...LOOSE_CUSTOM, minLength: 24, maxLength: 30 } })).toHaveLength(24);
  });

  it('puts every class that is switched on into the password, even where the tier does not require it', () => {
    const random = seeded(4);
    for (let i = 0; i < 300; i++) {
      const pw = generatePassword({ tier: 'low', length: 5, classes: { upper: true, digit: true, special: true }, random });
      expect(pw).toMatch(/[A-Z]/);
      expect(pw).toMatch(/\d/);
      expect(pw).toMatch(/[^A-Za-z0-9]/);
    }
  });

  it('draws only from the classes that are on', () => {
    const random = seeded(8);
    for (let i = 0; i < 200; i++) expect(generatePassword({ tier: 'low', classes: { upper: false, lower: false, special: false }, random })).toMatch(/^\d{16}$/);
  });

  it('never contains the extension, even over a digits-only alphabet where it would often occur', () => {
    const random = seeded(21);
    const digitsOnly: CustomTier = { ...LOOSE_CUSTOM, minLength: 6, requireLowercase: false };
    let sawOne = false;
    for (let i = 0; i < 1000; i++) {
      const pw = generatePassword({ tier: 'custom', customTier: digitsOnly, length: 8, classes: { upper: false, lower: false, special: false }, context: { extension: '12' }, random });
      expect(pw).not.toContain('12');
      sawOne ||= pw.includes('1') && pw.includes('2');
    }
    expect(sawOne).toBe(true);
  });

  it('leaves out single characters the tier forbids, and never forms a forbidden word', () => {
    const random = seeded(12);
    const tier: CustomTier = { ...LOOSE_CUSTOM, requireDigit: false, disallowWords: ['e', 'ab'] };
    for (let i = 0; i < 1000; i++) {
      const pw = generatePassword({ tier: 'custom', customTier: tier, classes: { upper: false, digit: false, special: false }, random });
      expect(pw).not.toMatch(/e|ab/);
    }
  });

  it('keeps runs of consecutive characters within maxSequentialChars', () => {
    const random = seeded(13);
    const tier: CustomTier = { ...LOOSE_CUSTOM, requireLowercase: false, maxSequentialChars: 2 };
    for (let i = 0; i < 1000; i++) {
      const pw = generatePassword({ tier: 'custom', customTier: tier, length: 20, classes: { upper: false, lower: false, special: false }, random });
      expect(runLength(pw)).toBeLessThanOrEqual(2);
    }
  });

  it('draws again when the injected breach check or strength estimator rejects a candidate', () => {
    const seen: string[] = [];
    const pw = generatePassword({ tier: 'recommended', random: seeded(1), isBreached: (c) => (seen.push(c), seen.length <= 3) });
    expect(seen).toHaveLength(4);
    expect(pw).toBe(seen[3]);
    let calls = 0;
    generatePassword({ tier: 'nist', random: seeded(1), strength: () => (++calls < 5 ? 2 : 4) });
    expect(calls).toBe(5);
  });

  it('is deterministic for a given random source', () => {
    expect(generatePassword({ tier: 'recommended', random: seeded(42) })).toBe(generatePassword({ tier: 'recommended', random: seeded(42) }));
    expect(generatePassword({ tier: 'recommended', random: seeded(42) })).not.toBe(generatePassword({ tier: 'recommended', random: seeded(43) }));
  });

  describe('refuses impossible options with a message that says what is wrong', () => {
    it('length below the tier minimum', () =>
      expectGenerateError(() => generatePassword({ tier: 'recommended', length: 8 }), 'lengthBelowMin', /^length 8 is below the tier's minimum of 12$/));
    it('length above the tier maximum', () =>
      expectGenerateError(() => generatePassword({ tier: 'recommended', length: 73 }), 'lengthAboveMax', /^length 73 is above the tier's maximum of 72$/));
    it('every class required and length 3', () =>
      expectGenerateError(() => generatePassword({ tier: 'custom', customTier: FULL_CUSTOM, length: 3 }), 'lengthTooShortForClasses', /length 3 cannot hold one character of each of the 4 required/));
    it('a custom tier whose maximum is below what it requires', () =>
      expectGenerateError(() => generatePassword({ tier: 'custom', customTier: { ...FULL_CUSTOM, maxLength: 3 } }), 'tierRangeEmpty', /allows at most 3 characters but needs at least 4/));
    it('a length too short for the minimum strength score', () =>
      expectGenerateError(() => generatePassword({ tier: 'custom', customTier: { ...LOOSE_CUSTOM, minScore: 4 }, length: 10 }), 'lengthBelowScore', /minimum strength score of 4/));
    it('a required class switched off', () =>
      expectGenerateError(() => generatePassword({ tier: 'recommended', classes: { special: false } }), 'classRequired', /requires a special character, but classes.special is off/));
    it('the alphanumeric pbxExtension profile under a tier that requires a special character', () =>
      expectGenerateError(() => generatePassword({ tier: 'recommended', profile: 'pbxExtension' }), 'classForbiddenByProfile', /pbxExtension profile is letters and digits only/));
    it('a PBX extension password shorter than the vendor minimum of 6', () =>
      expectGenerateError(() => generatePassword({ tier: 'low', profile: 'pbxExtension', length: 5 }), 'lengthBelowMin', /^length 5 is below the PBX extension minimum of 6$/));
    it('every class switched off', () =>
      expectGenerateError(() => generatePassword({ tier: 'low', classes: { upper: false, lower: false, digit: false, special: false } }), 'noClasses', /all character classes are off/));
    it('forbidden words that remove a whole required class', () =>
      expectGenerateError(
        () => generatePassword({ tier: 'custom', customTier: { ...LOOSE_CUSTOM, disallowWords: [...'0123456789'] } }),
        'classEmpty',
        /no characters are left for a digit/,
      ));
    it('a length that is not a whole number', () => expectGenerateError(() => generatePassword({ tier: 'low', length: 12.5 }), 'invalidOption', /whole number/));
    it('tier "custom" without its definition', () => expect(() => generatePassword({ tier: 'custom' })).toThrow(/customTier/));
  });
});

describe('generatePassphrase', () => {
  it('uses the EFF list for English and the derived German list', () => {
    const en = wordList('en');
    expect(en).toHaveLength(7776);
    expect(new Set(en).size).toBe(7776);
    const de = wordList('de');
    expect(de).toHaveLength(4096);
    expect(new Set(de).size).toBe(4096);
    for (const w of de) expect(w).toMatch(/^[a-z]{4,9}$/);
    expect(de).toEqual(expect.arrayContaining(['zeit', 'arbeit', 'menschen']));
    expect(de).not.toContain('okay');
  });

  it('has the requested number of words from the language list, joined by the separator', () => {
    const random = seeded(31);
    for (const language of ['en', 'de'] as const) {
      const list = new Set(wordList(language));
      for (let i = 0; i < 200; i++) {
        const phrase = generatePassphrase({ words: 5, separator: ' ', language, random });
        const words = phrase.split(' ');
        expect(words).toHaveLength(5);
        for (const w of words) expect(list.has(w)).toBe(true);
      }
    }
    expect(generatePassphrase({ random })).toMatch(/^[a-z-]+(-[a-z-]+){5,}$/);
  });

  it('reports the entropy: words × log2(list size) without a tier', () => {
    expect(passphraseEntropyBits({})).toBeCloseTo(6 * Math.log2(7776), 9);
    expect(passphraseEntropyBits({ language: 'de', words: 5 })).toBeCloseTo(60, 9);
  });

  it('counts only the word sequences that fit the tier, plus a required digit', () => {
    // Independent count: the histogram of word lengths, three nested loops.
    const hist = new Map<number, number>();
    for (const w of wordList('en')) hist.set(w.length, (hist.get(w.length) ?? 0) + 1);
    const tier: CustomTier = { ...LOOSE_CUSTOM, minLength: 22, maxLength: 26 };
    let fitting = 0;
    for (const [a, na] of hist) for (const [b, nb] of hist) for (const [c, nc] of hist) {
      const len = a + b + c + 2 + 1;
      if (len >= 22 && len <= 26) fitting += na * nb * nc;
    }
    expect(passphraseEntropyBits({ words: 3, tier: 'custom', customTier: tier })).toBeCloseTo(Math.log2(fitting) + Math.log2(10), 9);
    expect(passphraseEntropyBits({ words: 3, tier: 'custom', customTier: tier })).toBeLessThan(3 * Math.log2(7776) + Math.log2(10));
    const random = seeded(32);
    for (let i = 0; i < 300; i++) {
      const phrase = generatePassphrase({ words: 3, tier: 'custom', customTier: tier, random });
      expect(phrase.length).toBeGreaterThanOrEqual(22);
      expect(phrase.length).toBeLessThanOrEqual(26);
    }
  });

  for (const tc of TIER_CASES) {
    for (const language of ['en', 'de'] as const) {
      it(`${tc.name} × ${language}: 300 passphrases satisfy the tier`, () => {
        const req = tierRequirements(tc.tier, tc.customTier);
        const random = seeded(33);
        // Six words need up to 59 characters; a tier with a short maximum gets three.
        const words = req.maxLength < 60 ? 3 : 6;
        for (let i = 0; i < 300; i++) {
          const phrase = generatePassphrase({ words, tier: tc.tier, customTier: tc.customTier, language, context: CONTEXT, random });
          expect(tierViolations(phrase, req, CONTEXT_WORDS)).toEqual([]);
          expect(phrase.split(/[- ]/).length).toBeGreaterThanOrEqual(words);
        }
        expect(passphraseEntropyBits({ words, tier: tc.tier, customTier: tc.customTier, language })).toBeGreaterThan(words * 10);
      });
    }
  }

  it('adapts to the tier: capitals, one digit, punctuation separator', () => {
    const phrase = generatePassphrase({ tier: 'recommended', random: seeded(34) });
    const words = phrase.split('-');
    expect(words).toHaveLength(6);
    for (const w of words) expect(w).toMatch(/^[A-Z][a-z-]*\d?$/);
    expect(phrase.match(/\d/g)).toHaveLength(1);
  });

  it('never contains a context word, even a common word-list fragment', () => {
    const random = seeded(35);
    for (let i = 0; i < 500; i++) expect(generatePassphrase({ context: { username: 'able' }, random })).not.toContain('able');
  });

  it('keeps runs of consecutive letters within the custom tier limit', () => {
    const random = seeded(36);
    for (let i = 0; i < 500; i++)
      expect(runLength(generatePassphrase({ tier: 'custom', customTier: { ...LOOSE_CUSTOM, maxLength: 80, maxSequentialChars: 2 }, random }))).toBeLessThanOrEqual(2);
  });

  it('allows an empty separator only with capitals, which keep word boundaries readable', () => {
    expect(generatePassphrase({ separator: '', capitalize: true, words: 4, random: seeded(37) })).toMatch(/^([A-Z][a-z-]+){4}$/);
  });

  describe('refuses impossible options', () => {
    it('words 0', () => expectGenerateError(() => generatePassphrase({ words: 0 }), 'wordsOutOfRange', /^words 0 is outside the allowed range 3–20$/));
    it('words 21', () => expectGenerateError(() => generatePassphrase({ words: 21 }), 'wordsOutOfRange', /words 21/));
    it('a separator with letters or digits', () => {
      expectGenerateError(() => generatePassphrase({ separator: 'x' }), 'separatorInvalid', /separator "x"/);
      expectGenerateError(() => generatePassphrase({ separator: '1' }), 'separatorInvalid', /separator "1"/);
      expectGenerateError(() => generatePassphrase({ separator: '@' }), 'separatorInvalid', /other than @/);
    });
    it('an empty separator without capitals', () => expectGenerateError(() => generatePassphrase({ separator: '' }), 'separatorAmbiguous', /empty separator/));
    it('a space separator under a tier that requires a special character', () =>
      expectGenerateError(() => generatePassphrase({ separator: ' ', tier: 'recommended' }), 'separatorNeedsSpecial', /requires a special character/));
    it('capitals off under a tier that requires an upper-case letter', () =>
      expectGenerateError(() => generatePassphrase({ capitalize: false, tier: 'recommended' }), 'classRequired', /requires an upper-case letter/));
    it('more words than fit the tier maximum', () =>
      expectGenerateError(() => generatePassphrase({ words: 8, tier: 'custom', customTier: { ...LOOSE_CUSTOM, maxLength: 20 } }), 'passphraseLength', /8-word passphrases are \d+–\d+ characters long/));
    it('an unknown language', () => expectGenerateError(() => generatePassphrase({ language: 'fr' as 'en' }), 'invalidOption', /language/));
  });
});

describe('generatePin', () => {
  it('is 6 digits by default and 4–12 on request', () => {
    expect(generatePin()).toMatch(/^\d{6}$/);
    const random = seeded(41);
    for (let length = 4; length <= 12; length++) expect(generatePin({ length, random })).toMatch(new RegExp(`^\\d{${length}}$`));
  });

  it('refuses lengths outside 4–12', () => {
    expectGenerateError(() => generatePin({ length: 2 }), 'pinLengthOutOfRange', /^PIN length 2 is outside the allowed range 4–12$/);
    expectGenerateError(() => generatePin({ length: 13 }), 'pinLengthOutOfRange', /PIN length 13/);
    expectGenerateError(() => generatePin({ length: 4.5 }), 'invalidOption', /whole number/);
  });

  it.each([
    ['111111', undefined, ['repeated', 'yearOrDate', 'common']],
    ['123456', undefined, ['sequential', 'common']],
    ['654321', undefined, ['sequential', 'common']],
    ['7890', undefined, ['sequential']],
    ['121212', undefined, ['repeatedBlock', 'yearOrDate', 'common']],
    ['112233', undefined, ['pairs', 'yearOrDate', 'common']],
    ['447799', undefined, ['pairs']],
    ['1990', undefined, ['yearOrDate', 'common']],
    ['2512', undefined, ['yearOrDate']],
    ['31121985', undefined, ['yearOrDate', 'common']],
    ['19851231', undefined, ['yearOrDate']],
    ['2580', undefined, ['common']],
    ['1234', '1234', ['equalsExtension', 'sequential', 'common']],
    ['5100', '100', ['containsExtension']],
    ['3456', '123456', ['insideExtension', 'sequential']],
    ['739184', '100', []],
    ['12a4', undefined, ['notDigits']],
    // Runs of four anywhere, not only as the whole PIN.
    ['642345', undefined, ['sequentialRun']],
    ['998765', undefined, ['sequentialRun']],
    ['205555', undefined, ['repeatedRun']],
    ['73000071', undefined, ['repeatedRun']],
    ['91789015', undefined, ['sequentialRun']],
    ['12345678', undefined, ['sequential', 'common']],
    ['5555', undefined, ['repeated', 'common']],
    ['640335', undefined, []],
    ['642395', undefined, []],
    ['123', undefined, ['sequential']],
  ])('pinWeaknesses(%s, extension %s) = %j', (pin, extension, expected) => {
    expect(pinWeaknesses(pin, { extension })).toEqual(expected);
  });

  for (const extension of ['100', '1234', '123456']) {
    it(`with extension ${extension}: 2000 PINs of each length 4, 6 and 8 have no weakness`, () => {
      const random = seeded(Number(extension));
      const bad: string[] = [];
      for (const length of [4, 6, 8])
        for (let i = 0; i < 2000; i++) {
          const pin = generatePin({ length, extension, random });
          if (pin.length !== length || !/^\d+$/.test(pin) || pin.includes(extension) || extension.includes(pin) || pinWeaknesses(pin, { extension }).length)
            bad.push(pin);
          // Checked here without pinWeaknesses: four equal digits, or four ascending or descending, anywhere.
          for (let k = 0; k + 4 <= pin.length; k++) {
            const d = [...pin.slice(k, k + 4)].map(Number);
            const steps = new Set(d.slice(1).map((x, j) => (x - d[j]! + 10) % 10));
            if (steps.size === 1 && (steps.has(0) || steps.has(1) || steps.has(9))) bad.push(pin);
          }
        }
      expect(bad).toEqual([]);
    });
  }

  it('draws again when a candidate is weak (rigged source: first 123456, then 739184)', () => {
    expect(generatePin({ random: scripted([1, 2, 3, 4, 5, 6, 7, 3, 9, 1, 8, 4]) })).toBe('739184');
    expect(generatePin({ length: 4, extension: '100', random: scripted([5, 1, 0, 0, 4, 8, 2, 7]) })).toBe('4827');
  });
});

describe('generateAuthId', () => {
  const index = (c: string) => AUTH_ID_CHARACTERS.indexOf(c);

  it('is 10 characters from the look-alike-free alphanumeric set and starts with a letter', () => {
    const random = seeded(51);
    for (let i = 0; i < 1000; i++) {
      const id = generateAuthId({ random });
      expect(id).toMatch(/^[A-Za-z][A-Za-z0-9]{9}$/);
      expect(AUTH_ID_LETTERS).toContain(id[0]);
      for (const c of id) expect(AUTH_ID_CHARACTERS).toContain(c);
      expect(id).not.toMatch(/[Il1O0o]/);
    }
    expect(authIdEntropyBits()).toBeGreaterThan(57);
  });

  for (const extension of ['100', '1234', '123456']) {
    it(`with extension ${extension}: never equals, contains or is part of it`, () => {
      const random = seeded(52);
      for (let i = 0; i < 1000; i++) {
        const id = generateAuthId({ extension, random });
        expect(id).not.toBe(extension);
        expect(id).not.toContain(extension);
      }
    });
  }

  it('draws again when a candidate contains the extension (rigged source)', () => {
    // First candidate "k2345678ab" contains the extension "2345"; the next draws come from the seeded stream.
    const rigged = [...'k2345678ab'].map((c, i) => (i === 0 ? AUTH_ID_LETTERS.indexOf(c) : index(c)));
    const id = generateAuthId({ extension: '2345', random: scripted(rigged) });
    expect(id).not.toContain('2345');
    expect(generateAuthId({ random: scripted(rigged) })).toBe('k2345678ab');
  });

  it('refuses lengths outside 8–32', () => {
    expectGenerateError(() => generateAuthId({ length: 4 }), 'authIdLengthOutOfRange', /auth ID length 4 is outside the allowed range 8–32/);
  });
});

describe('shipped data', () => {
  it('is exactly what scripts/build-generate-data.ts derives from the installed packages', () => {
    expect(germanData.words).toEqual(germanWords());
    expect(commonPinData.pins).toEqual(commonPins());
    expect(commonPinData.pins).toEqual(expect.arrayContaining(['1234', '0000', '123456', '654321', '112233']));
  });
});

describe('randomness source', () => {
  it('no Math.random is called while generating', () => {
    const spy = vi.spyOn(Math, 'random');
    generatePassword({ tier: 'recommended' });
    generatePassphrase({ language: 'de', tier: 'nist' });
    generatePin({ extension: '100' });
    generateAuthId({ extension: '100' });
    expect(spy).not.toHaveBeenCalled();
  });

  it('no source file of the generators mentions Math.random', () => {
    const dir = join(__dirname, '../../src/core/generate');
    const files = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts'));
    expect(files.length).toBeGreaterThan(5);
    for (const f of files) expect(readFileSync(join(dir, f), 'utf8')).not.toMatch(/Math\.random/);
  });
});
