import { z } from 'zod';
import { matchOriginPattern } from '../origin/pattern';
import { FINGERPRINT_BITS, PBKDF2_ITERATIONS, SALT_BYTES, TAG_BITS } from './fingerprint';

/**
 * The one store of password fingerprints (storage.local): per console of the allow-list, the fingerprints of the
 * passwords last used to sign in or set there, newest first. Reuse protection reads it; a password-history rule
 * (the Custom tier's historyCount) would read the same entries. No password, nothing reversible at useful speed.
 */

export const REUSE_STORE_VERSION = 1;
/** Fingerprints kept per console: the current password and the ones before (a mistyped sign-in does not evict the real one). */
export const MAX_FINGERPRINTS_PER_CONSOLE = 3;
export const MAX_PROTECTED_CONSOLES = 500;

export const FingerprintSourceSchema = z.enum(['signIn', 'changePassword', 'newUser']);
export type FingerprintSource = z.infer<typeof FingerprintSourceSchema>;

const FingerprintSchema = z.strictObject({
  fp: z.string().regex(new RegExp(`^[0-9a-f]{${FINGERPRINT_BITS / 4}}$`)),
  tag: z.number().int().min(0).max(2 ** TAG_BITS - 1),
  at: z.number().int().min(0),
  source: FingerprintSourceSchema,
});
export type StoredFingerprint = z.infer<typeof FingerprintSchema>;

const ProtectedConsoleSchema = z.strictObject({
  product: z.string().min(1).max(64),
  /** The console's name for people (its label, else product and host). */
  name: z.string().min(1).max(200),
  /** The allow-list origins when the fingerprint was taken; the current allow-list entry is consulted too. */
  origins: z.array(z.string().max(300)).min(1).max(50),
  fingerprints: z.array(FingerprintSchema).min(1).max(MAX_FINGERPRINTS_PER_CONSOLE),
});
export type ProtectedConsole = z.infer<typeof ProtectedConsoleSchema>;

export const ReuseStoreSchema = z.strictObject({
  version: z.literal(REUSE_STORE_VERSION),
  salt: z.string().regex(new RegExp(`^[0-9a-f]{${SALT_BYTES * 2}}$`)),
  iterations: z.number().int().min(10_000).max(10_000_000),
  consoles: z.record(z.string().max(400), ProtectedConsoleSchema).refine((c) => Object.keys(c).length <= MAX_PROTECTED_CONSOLES, 'too many consoles'),
  /** Shared-password findings already reported (sorted console keys joined by a newline): each is reported once. */
  reportedShared: z.array(z.string().max(20_000)).max(1000),
});
export type ReuseStore = z.infer<typeof ReuseStoreSchema>;

export function emptyStore(salt: string): ReuseStore {
  return { version: REUSE_STORE_VERSION, salt, iterations: PBKDF2_ITERATIONS, consoles: {}, reportedShared: [] };
}

/** Stored data as found: a valid store, nothing yet, or a clear problem (the caller keeps the bad data out of use). */
export function parseStore(raw: unknown): { store: ReuseStore | null; problem?: string } {
  if (raw === undefined || raw === null) return { store: null };
  const parsed = ReuseStoreSchema.safeParse(raw);
  if (parsed.success) return { store: parsed.data };
  const issue = parsed.error.issues[0];
  return { store: null, problem: `reuse fingerprints: ${issue ? `${issue.path.join('.') || '(root)'}: ${issue.message}` : 'invalid'}` };
}

export interface ConsoleIdentity {
  key: string;
  product: string;
  name: string;
  origins: string[];
}

/** The store with `fp` as the console's newest fingerprint (an equal older one moves to the front). */
export function addFingerprint(store: ReuseStore, console: ConsoleIdentity, print: StoredFingerprint): ReuseStore {
  const before = store.consoles[console.key]?.fingerprints ?? [];
  const fingerprints = [print, ...before.filter((f) => f.fp !== print.fp)].slice(0, MAX_FINGERPRINTS_PER_CONSOLE);
  const consoles = { ...store.consoles, [console.key]: { product: console.product, name: console.name, origins: [...console.origins], fingerprints } };
  // A full store drops the console protected longest ago, never the one just added.
  const keys = Object.keys(consoles);
  if (keys.length > MAX_PROTECTED_CONSOLES) {
    const oldest = keys.filter((k) => k !== console.key).sort((a, b) => consoles[a]!.fingerprints[0]!.at - consoles[b]!.fingerprints[0]!.at)[0]!;
    delete consoles[oldest];
  }
  return { ...store, consoles };
}

export function removeConsole(store: ReuseStore, key: string): ReuseStore {
  const consoles = { ...store.consoles };
  delete consoles[key];
  return { ...store, consoles };
}

/** Every tag in the store: a typed value whose tag is not among them needs no slow comparison. */
export function storedTags(store: ReuseStore): Set<number> {
  const tags = new Set<number>();
  for (const c of Object.values(store.consoles)) for (const f of c.fingerprints) tags.add(f.tag);
  return tags;
}

/** The consoles (keys) one of whose fingerprints is `fp`. */
export function consolesWithFingerprint(store: ReuseStore, fp: string): string[] {
  return Object.entries(store.consoles)
    .filter(([, c]) => c.fingerprints.some((f) => f.fp === fp))
    .map(([k]) => k);
}

/**
 * Groups of two or more consoles whose current passwords are equal: they share one password. A console's current
 * password is its newest fingerprint from a sign-in or a change (a password set for a new user is someone else's).
 */
export function sharedPasswordGroups(store: ReuseStore): string[][] {
  const byFp = new Map<string, string[]>();
  for (const [key, c] of Object.entries(store.consoles)) {
    const current = c.fingerprints.find((f) => f.source !== 'newUser')?.fp;
    if (current === undefined) continue;
    byFp.set(current, [...(byFp.get(current) ?? []), key]);
  }
  return [...byFp.values()].filter((g) => g.length > 1).map((g) => g.sort());
}

export const sharedGroupKey = (group: readonly string[]): string => [...group].sort().join('\n');

/** Host names under which a vendor-hosted product signs its users in (`id.atlassian.com`), from the catalogue. */
export function onSignInHost(origin: string, signInHosts: readonly string[]): boolean {
  let host: string;
  try {
    host = new URL(origin).hostname.toLowerCase();
  } catch {
    return false;
  }
  return signInHosts.some((h) => host === h.toLowerCase());
}

/**
 * Whether typing the console's password on `origin` is expected: one of the console's allow-listed origins (as
 * stored, and as the allow-list says now), or one of its vendor's own sign-in hosts.
 */
export function isOwnOrigin(origin: string, origins: readonly string[], signInHosts: readonly string[]): boolean {
  return origins.some((p) => matchOriginPattern(origin, p)) || onSignInHost(origin, signInHosts);
}
