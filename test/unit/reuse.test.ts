import { pbkdf2Sync } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, mergeSettings, parseSettingsObject } from '../../src/core';
import {
  addFingerprint,
  candidateValues,
  checkableLength,
  consolesWithFingerprint,
  deriveFingerprint,
  emptyStore,
  FINGERPRINT_BITS,
  isOwnOrigin,
  MAX_FINGERPRINTS_PER_CONSOLE,
  newSalt,
  parseStore,
  PBKDF2_ITERATIONS,
  prefilterTag,
  removeConsole,
  SALT_BYTES,
  sharedPasswordGroups,
  storedTags,
  TabBudget,
  TAG_BITS,
  type ConsoleIdentity,
  type Subtle,
} from '../../src/core/reuse';

const subtle = globalThis.crypto.subtle;
const SALT = '00112233445566778899aabbccddeeff';
const random = (b: Uint8Array<ArrayBuffer>) => globalThis.crypto.getRandomValues(b);

/** Records the parameters every derivation asks WebCrypto for. */
function spySubtle(): { subtle: Subtle; calls: { iterations?: number; salt?: Uint8Array; hash?: string; length: number }[] } {
  const calls: { iterations?: number; salt?: Uint8Array; hash?: string; length: number }[] = [];
  return {
    calls,
    subtle: {
      importKey: subtle.importKey.bind(subtle) as Subtle['importKey'],
      sign: subtle.sign.bind(subtle) as Subtle['sign'],
      deriveBits: ((alg: Pbkdf2Params, key: CryptoKey, length: number) => {
        calls.push({ iterations: alg.iterations, salt: new Uint8Array(alg.salt as ArrayBuffer), hash: String(alg.hash), length });
        return subtle.deriveBits(alg, key, length);
      }) as Subtle['deriveBits'],
    },
  };
}

describe('fingerprint derivation', () => {
  it('is PBKDF2-SHA-256 with the salt and the iteration count, truncated to 32 bits', async () => {
    const spy = spySubtle();
    const fp = await deriveFingerprint(spy.subtle, SALT, 'Correct-Horse-9', PBKDF2_ITERATIONS);
    expect(spy.calls).toHaveLength(1);
    expect(spy.calls[0]!.iterations).toBe(PBKDF2_ITERATIONS);
    expect(spy.calls[0]!.hash).toBe('SHA-256');
    expect(Buffer.from(spy.calls[0]!.salt!).toString('hex')).toBe(SALT);
    expect(FINGERPRINT_BITS).toBe(32);
    expect(fp).toMatch(/^[0-9a-f]{8}$/);
    // Independently computed: the first 4 bytes of PBKDF2-HMAC-SHA-256.
    const expected = pbkdf2Sync('Correct-Horse-9', Buffer.from(SALT, 'hex'), PBKDF2_ITERATIONS, 32, 'sha256').subarray(0, 4).toString('hex');
    expect(fp).toBe(expected);
  });

  it('uses a slow iteration count and a 128-bit per-install salt', () => {
    expect(PBKDF2_ITERATIONS).toBeGreaterThanOrEqual(100_000);
    expect(SALT_BYTES).toBe(16);
    const a = newSalt(random);
    const b = newSalt(random);
    expect(a).toMatch(/^[0-9a-f]{32}$/);
    expect(a).not.toBe(b);
  });

  it('differs with the salt, the iteration count and the password; is stable otherwise', async () => {
    const n = 1000;
    const base = await deriveFingerprint(subtle, SALT, 'Correct-Horse-9', n);
    expect(await deriveFingerprint(subtle, SALT, 'Correct-Horse-9', n)).toBe(base);
    expect(await deriveFingerprint(subtle, 'ffeeddccbbaa99887766554433221100', 'Correct-Horse-9', n)).not.toBe(base);
    expect(await deriveFingerprint(subtle, SALT, 'Correct-Horse-9', n + 1)).not.toBe(base);
    expect(await deriveFingerprint(subtle, SALT, 'Correct-Horse-8', n)).not.toBe(base);
  });

  it('handles any alphabet', async () => {
    expect(await deriveFingerprint(subtle, SALT, 'Pässwört-Ω-😀-密码', 1000)).toMatch(/^[0-9a-f]{8}$/);
  });

  it('the pre-filter tag has 3 bits, lets about 1 value in 8 through and depends on the salt', async () => {
    expect(TAG_BITS).toBe(3);
    const counts = new Array<number>(8).fill(0);
    for (let i = 0; i < 1600; i++) counts[await prefilterTag(subtle, SALT, `value-${i}`)]!++;
    for (const c of counts) expect(c).toBeGreaterThan(120); // 200 expected per bucket
    const tags = await Promise.all(Array.from({ length: 32 }, (_, i) => prefilterTag(subtle, SALT, `pw${i}`)));
    const other = await Promise.all(Array.from({ length: 32 }, (_, i) => prefilterTag(subtle, 'ffeeddccbbaa99887766554433221100', `pw${i}`)));
    expect(other).not.toEqual(tags);
  });

  it('checks only lengths 6 … 256 code points', () => {
    expect(checkableLength('12345')).toBe(false);
    expect(checkableLength('123456')).toBe(true);
    expect(checkableLength('😀'.repeat(256))).toBe(true);
    expect(checkableLength('a'.repeat(257))).toBe(false);
    expect(checkableLength('a'.repeat(100_000))).toBe(false);
  });
});

const pbx: ConsoleIdentity = { key: '3cx|https://pbx.acme.example', product: '3cx', name: 'ACME PBX', origins: ['https://pbx.acme.example'] };
const desk: ConsoleIdentity = { key: 'zendesk|https://acme.zendesk.com', product: 'zendesk', name: 'ACME helpdesk', origins: ['https://acme.zendesk.com'] };
const fp = (f: string, at = 1, source: 'signIn' | 'changePassword' | 'newUser' = 'signIn') => ({ fp: f, tag: 1, at, source });

describe('fingerprint store', () => {
  it('keeps the newest fingerprints per console, newest first, without duplicates', () => {
    let s = emptyStore(SALT);
    s = addFingerprint(s, pbx, fp('00000001', 1));
    s = addFingerprint(s, pbx, fp('00000002', 2));
    s = addFingerprint(s, pbx, fp('00000001', 3));
    expect(s.consoles[pbx.key]!.fingerprints.map((f) => f.fp)).toEqual(['00000001', '00000002']);
    for (let i = 0; i < 10; i++) s = addFingerprint(s, pbx, fp(`1000000${i}`, 10 + i));
    expect(s.consoles[pbx.key]!.fingerprints).toHaveLength(MAX_FINGERPRINTS_PER_CONSOLE);
    expect(s.consoles[pbx.key]!.fingerprints[0]!.fp).toBe('10000009');
  });

  it('matches a fingerprint to its consoles, and forgets a removed console', () => {
    let s = addFingerprint(addFingerprint(emptyStore(SALT), pbx, fp('0000000a')), desk, fp('0000000b'));
    expect(consolesWithFingerprint(s, '0000000a')).toEqual([pbx.key]);
    expect(consolesWithFingerprint(s, '0000000c')).toEqual([]);
    expect([...storedTags(s)]).toEqual([1]);
    s = removeConsole(s, pbx.key);
    expect(consolesWithFingerprint(s, '0000000a')).toEqual([]);
    expect(Object.keys(s.consoles)).toEqual([desk.key]);
  });

  it('finds consoles whose current passwords are the same', () => {
    let s = addFingerprint(addFingerprint(emptyStore(SALT), pbx, fp('0000000a')), desk, fp('0000000b'));
    expect(sharedPasswordGroups(s)).toEqual([]);
    s = addFingerprint(s, desk, fp('0000000a', 5, 'changePassword'));
    expect(sharedPasswordGroups(s)).toEqual([[pbx.key, desk.key].sort()]);
    // An older password in common is not a finding; neither is a password set for a new user.
    s = addFingerprint(s, desk, fp('0000000c', 6));
    expect(sharedPasswordGroups(s)).toEqual([]);
    s = addFingerprint(s, pbx, fp('0000000c', 7, 'newUser'));
    expect(sharedPasswordGroups(s)).toEqual([]);
  });

  it('parses what it wrote and reports anything else without throwing', () => {
    const s = addFingerprint(emptyStore(SALT), pbx, fp('0000000a'));
    expect(parseStore(JSON.parse(JSON.stringify(s)))).toEqual({ store: s });
    expect(parseStore(undefined)).toEqual({ store: null });
    for (const bad of ['x', 42, [], { version: 2 }, { ...s, salt: 'short' }, { ...s, consoles: { a: { ...s.consoles[pbx.key], fingerprints: [{ fp: 'secret!!', tag: 1, at: 1, source: 'signIn' }] } } }]) {
      const r = parseStore(bad);
      expect(r.store).toBeNull();
      expect(r.problem).toMatch(/reuse fingerprints/);
    }
  });

  it("knows a console's own origins and its vendor's sign-in hosts, nothing else", () => {
    expect(isOwnOrigin('https://pbx.acme.example', pbx.origins, [])).toBe(true);
    expect(isOwnOrigin('https://pbx.acme.example:5001', pbx.origins, [])).toBe(false);
    expect(isOwnOrigin('https://eu.pbx.acme.example', ['https://*.acme.example'], [])).toBe(true);
    expect(isOwnOrigin('https://login.evil.example', pbx.origins, [])).toBe(false);
    expect(isOwnOrigin('https://id.atlassian.com', ['https://acme.atlassian.net'], ['id.atlassian.com'])).toBe(true);
    expect(isOwnOrigin('https://x.id.atlassian.com', ['https://acme.atlassian.net'], ['id.atlassian.com'])).toBe(false);
    expect(isOwnOrigin('not a url', pbx.origins, ['id.atlassian.com'])).toBe(false);
  });
});

describe('per-tab budget', () => {
  it('allows each pool its share per window and tab, then refuses until the window moves on', () => {
    let now = 0;
    const budget = new TabBudget({ userChecks: 3, scriptChecks: 1, warnings: 2 }, () => now, 1000);
    expect([1, 2, 3, 4].map(() => budget.take(7, 'userChecks'))).toEqual([true, true, true, false]);
    // A page typing by itself spends its own small pool, not the user's, and not another tab's.
    expect(budget.take(7, 'scriptChecks')).toBe(true);
    expect(budget.take(7, 'scriptChecks')).toBe(false);
    expect(budget.take(8, 'userChecks')).toBe(true);
    expect(budget.take(7, 'warnings')).toBe(true);
    now = 999;
    expect(budget.take(7, 'userChecks')).toBe(false);
    now = 1001;
    expect(budget.take(7, 'userChecks')).toBe(true);
    budget.forget(7);
    expect(budget.take(7, 'scriptChecks')).toBe(true);
  });

  it('survives a restart of the worker through its snapshot, and ignores a malformed one', () => {
    const now = 0;
    const a = new TabBudget({ userChecks: 1, scriptChecks: 1, warnings: 1 }, () => now, 1000);
    expect(a.take(3, 'warnings')).toBe(true);
    const b = new TabBudget({ userChecks: 1, scriptChecks: 1, warnings: 1 }, () => now, 1000);
    b.restore(JSON.parse(JSON.stringify(a.snapshot())));
    expect(b.take(3, 'warnings')).toBe(false);
    expect(b.take(3, 'userChecks')).toBe(true);
    const c = new TabBudget({ userChecks: 1, scriptChecks: 1, warnings: 1 }, () => now, 1000);
    for (const bad of [null, 'x', { x: 1 }, { 3: { warnings: ['a', null] } }]) c.restore(bad);
    expect(c.take(3, 'warnings')).toBe(true);
  });
});

describe('candidate values', () => {
  const f = (value: string, maxLength = -1) => ({ value, maxLength });
  it('checks each field of checkable length', () => {
    expect(candidateValues([f('hunter22')])).toEqual(['hunter22']);
    expect(candidateValues([f('short')])).toEqual([]);
    expect(candidateValues([f('Old-Pass-1'), f('New-Pass-2'), f('New-Pass-2')])).toEqual(['Old-Pass-1', 'New-Pass-2']);
  });
  it('joins a password split over short inputs, in order', () => {
    expect(candidateValues(['S', 'e', 'c', 'r', 'e', 't', '9'].map((c) => f(c, 1)))).toEqual(['Secret9']);
    expect(candidateValues([f('Secr', 4), f('et-9', 4)])).toEqual(['Secret-9']);
    expect(candidateValues([f('abc', 1)])).toEqual([]);
  });
  it('does not join ordinary fields', () => {
    expect(candidateValues([f('abc'), f('defgh-long')])).toEqual(['defgh-long']);
  });
});

describe('reuseProtection setting', () => {
  it('is on by default, and policy can switch it off (locked) or require it', () => {
    expect(DEFAULT_SETTINGS.reuseProtection).toBe(true);
    const off = mergeSettings({}, { reuseProtection: false });
    expect(off.values.reuseProtection).toBe(false);
    expect(off.locked).toContain('reuseProtection');
    const required = mergeSettings({ reuseProtection: false }, { reuseProtection: true });
    expect(required.values.reuseProtection).toBe(true);
    expect(required.locked).toContain('reuseProtection');
    expect(parseSettingsObject('policy', { reuseProtection: 'yes' }).problems.map((p) => p.key)).toContain('reuseProtection');
  });
});
