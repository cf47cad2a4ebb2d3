/**
 * The fingerprint of a console password: what is kept instead of the password, and the cheap tag that decides when
 * a typed value is worth the slow comparison. Pure: the caller passes WebCrypto's SubtleCrypto (the worker's, or
 * Node's in vitest) and the random salt.
 *
 * Threat model in short (README, "Password reuse"): someone who copies the profile gets the salt, a 32-bit
 * truncated PBKDF2-SHA-256 result and a 3-bit tag per password. Each guess costs them one PBKDF2 run for 1 in 8
 * candidates (the tag filters the rest for the price of one HMAC), and a match on 32 bits does not confirm a guess
 * among the billions of candidates an offline attack tries. The iteration count is bounded by the warning's
 * latency budget (keystroke → warning ≤ 150 ms p99, one derivation ~40 ms on a busy two-core machine).
 */

/** PBKDF2-SHA-256 iterations for new fingerprints; stored with them, so raising it later re-keys on next sign-in. */
export const PBKDF2_ITERATIONS = 100_000;
export const SALT_BYTES = 16;
/** Bits of the derived key that are kept (hex: 8 characters). */
export const FINGERPRINT_BITS = 32;
/** Bits of the fast pre-filter tag: 1 typed value in 8 gets the slow comparison. */
export const TAG_BITS = 3;
/** Shorter values are neither fingerprinted nor checked: too many of them are someone else's password. */
export const MIN_PASSWORD_LENGTH = 6;
/** Longer values are neither fingerprinted nor checked (code points). */
export const MAX_PASSWORD_LENGTH = 256;

export type Subtle = Pick<SubtleCrypto, 'importKey' | 'deriveBits' | 'sign'>;

const encoder = new TextEncoder();

export function toHex(bytes: Uint8Array): string {
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

export function fromHex(hex: string): Uint8Array<ArrayBuffer> {
  if (!/^(?:[0-9a-f]{2})*$/.test(hex)) throw new TypeError('not a hex string');
  const out = new Uint8Array(hex.length / 2);
  for (let i = 0; i < out.length; i++) out[i] = parseInt(hex.slice(i * 2, i * 2 + 2), 16);
  return out;
}

/** A fresh per-install salt (hex). */
export function newSalt(random: (bytes: Uint8Array<ArrayBuffer>) => Uint8Array<ArrayBuffer>): string {
  return toHex(random(new Uint8Array(SALT_BYTES)));
}

/** Whether a value's length lies in the range that is fingerprinted and checked. */
export function checkableLength(value: string): boolean {
  let n = 0;
  for (const _ of value) if (++n > MAX_PASSWORD_LENGTH) return false;
  return n >= MIN_PASSWORD_LENGTH;
}

/** The slow, salted, truncated fingerprint (hex of FINGERPRINT_BITS bits). */
export async function deriveFingerprint(subtle: Subtle, saltHex: string, password: string, iterations: number): Promise<string> {
  const key = await subtle.importKey('raw', encoder.encode(password), 'PBKDF2', false, ['deriveBits']);
  const bits = await subtle.deriveBits({ name: 'PBKDF2', hash: 'SHA-256', salt: fromHex(saltHex), iterations }, key, 256);
  return toHex(new Uint8Array(bits).slice(0, FINGERPRINT_BITS / 8));
}

/**
 * The fast pre-filter tag, 0 … 2^TAG_BITS − 1: HMAC-SHA-256 keyed with the salt (domain-separated from the
 * fingerprint), its first byte's low bits. Matches 1 value in 8, so it tells anyone who reads it almost nothing.
 */
export async function prefilterTag(subtle: Subtle, saltHex: string, password: string): Promise<number> {
  const key = await subtle.importKey('raw', fromHex(saltHex), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
  const mac = await subtle.sign('HMAC', key, encoder.encode(`acg-reuse-tag\u0000${password}`));
  return new Uint8Array(mac)[0]! & ((1 << TAG_BITS) - 1);
}
