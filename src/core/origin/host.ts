import { toUnicode } from 'punycode/punycode.es6.js';
import { parse as parseDomain } from 'tldts';
import unhomoglyph from 'unhomoglyph';

/**
 * Host names as the origin verdict sees them: normalised ASCII, decoded Unicode, a "skeleton" for confusable
 * comparison, and the registrable-domain split. Pure functions of a string, so their results are memoised by string.
 */

const CACHE_LIMIT = 50_000;

/** A Map that forgets everything when it grows past its limit: enough to avoid re-parsing a 25,000-origin allow-list. */
export function memo<T>(compute: (key: string) => T): (key: string) => T {
  const cache = new Map<string, T>();
  return (key) => {
    const hit = cache.get(key);
    if (hit !== undefined || cache.has(key)) return hit as T;
    if (cache.size >= CACHE_LIMIT) cache.clear();
    const value = compute(key);
    cache.set(key, value);
    return value;
  };
}

const PLAIN_HOST = /^[a-z0-9-]+(\.[a-z0-9-]+)*$/;
const NUMERIC_LABEL = /^(0x[0-9a-f]*|\d+)$/;

/**
 * Lower-case ASCII (punycode) host without a trailing dot, normalised the way the browser's URL parser does it
 * (IDN to punycode, numeric IPv4 forms, IPv6 compression). Accepts `Host`, `müller.de`, `[::1]`, `::1`.
 * Returns null for anything that is not a bare host (ports, paths, credentials, empty).
 */
export const normalizeHost = memo((input: string): string | null => {
  let host = input.trim();
  if (host === '' || host.length > 1000 || /[\s/?#@\\]/.test(host)) return null;
  if (!host.startsWith('[') && host.includes(':')) {
    if (!/^[0-9a-f:.]+$/i.test(host) || !/:.*:/.test(host)) return null;
    host = `[${host}]`;
  }
  const lower = host.toLowerCase().replace(/\.$/, '');
  const lastLabel = lower.slice(lower.lastIndexOf('.') + 1);
  if (PLAIN_HOST.test(lower) && !NUMERIC_LABEL.test(lastLabel) && !lower.includes('xn--')) return lower;
  let parsed: string;
  try {
    parsed = new URL(`http://${host}`).hostname;
  } catch {
    return null;
  }
  parsed = parsed.replace(/\.$/, '');
  return parsed === '' || parsed.startsWith('.') || parsed.includes('..') ? null : parsed;
});

export function isIpHost(host: string): boolean {
  return host.startsWith('[') || /^\d{1,3}(\.\d{1,3}){3}$/.test(host);
}

/** Loopback hosts, where plain http: does not put credentials on a network. */
export function isLoopbackHost(host: string): boolean {
  return (
    host === 'localhost' ||
    host.endsWith('.localhost') ||
    /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(host) ||
    host === '[::1]' ||
    /^\[::ffff:7f[0-9a-f]{2}:[0-9a-f]{1,4}\]$/.test(host)
  );
}

/** One label decoded from punycode; the ASCII label when it is not valid punycode. */
function decodeLabel(label: string): string {
  if (!label.startsWith('xn--')) return label;
  try {
    return toUnicode(label).toLowerCase();
  } catch {
    return label;
  }
}

const foldChar = memo((c: string) => unhomoglyph(c).toLowerCase());

let asciiFoldTable: { pattern: RegExp; map: Map<string, string> } | undefined;
/** The few host characters that fold to something else (`0`→`o`, `1`→`l`, `m`→`rn`), for a fast path on ASCII. */
function asciiFolds(): { pattern: RegExp; map: Map<string, string> } {
  if (!asciiFoldTable) {
    const map = new Map<string, string>();
    for (const c of 'abcdefghijklmnopqrstuvwxyz0123456789-') if (foldChar(c) !== c) map.set(c, foldChar(c));
    asciiFoldTable = { pattern: new RegExp(`[${[...map.keys()].join('')}]`, 'g'), map };
  }
  return asciiFoldTable;
}

/**
 * The confusable skeleton of a (Unicode) label: diacritics stripped, then every character replaced by the Unicode
 * confusables base character (`е`→`e`, `ο`→`o`, `0`→`o`, `1`→`l`, `m`→`rn`). Two labels with the same skeleton look
 * (nearly) the same to a person.
 */
export function skeleton(label: string): string {
  if (/^[a-z0-9-]*$/.test(label)) {
    const { pattern, map } = asciiFolds();
    pattern.lastIndex = 0;
    return pattern.test(label) ? label.replace(pattern, (c) => map.get(c)!) : label;
  }
  return unicodeSkeleton(label);
}

/**
 * Latin letters whose diacritic is part of the letter (a stroke or a bar, no combining mark to strip) and that the
 * confusables table leaves alone or maps to something that is no ASCII letter: what IDN phishing puts on one letter
 * of a name (`schmiđt`, `lindenhøf`) besides the accents that NFD takes apart.
 */
const BARRED_LETTERS: Readonly<Record<string, string>> = { ß: 'ss', ð: 'd', þ: 'p', ĸ: 'k', ŋ: 'n', ſ: 's', ƒ: 'f', ŀ: 'l' };

const unicodeSkeleton = memo((label: string): string => {
  let out = '';
  for (const c of label.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '')) out += BARRED_LETTERS[c] ?? foldChar(c);
  // The confusables table writes some barred letters as a base letter plus a combining overlay (`ø` → `o` + U+0338).
  return out.normalize('NFD').replace(/\p{M}/gu, '').normalize('NFC');
});

export interface HostAnalysis {
  /** Lower-case ASCII host, no trailing dot. */
  ascii: string;
  isIp: boolean;
  labels: string[];
  /** Labels decoded to Unicode (lower case); the same array as `labels` for hosts without punycode. */
  uLabels: string[];
  /** Confusable skeletons of the labels. */
  sLabels: string[];
  /** `suffixes[i]`: labels i..end joined with dots (ASCII), e.g. ['pbx.acme.example', 'acme.example', 'example']. */
  suffixes: string[];
  /** The same for skeletons. */
  sSuffixes: string[];
  /**
   * Index of the registrable label per the Public Suffix List (private section included, so `acme.github.io` is its
   * own site); for unknown TLDs (`.example`, `.internal`, `.corp`) the last label is the suffix. -1: no registrable
   * domain (IP, single label, a bare public suffix).
   */
  siteLabelIndex: number;
}

function joinedSuffixes(labels: readonly string[]): string[] {
  const out: string[] = new Array<string>(labels.length);
  for (let i = labels.length - 1; i >= 0; i--) out[i] = i === labels.length - 1 ? labels[i]! : `${labels[i]}.${out[i + 1]}`;
  return out;
}

export const analyzeHost = memo((ascii: string): HostAnalysis => {
  const labels = ascii.split('.');
  const uLabels = ascii.includes('xn--') ? labels.map(decodeLabel) : labels;
  const sLabels = uLabels.map(skeleton);
  const suffixes = joinedSuffixes(labels);
  const sSuffixes = sLabels.every((l, i) => l === labels[i]) ? suffixes : joinedSuffixes(sLabels);
  const isIp = isIpHost(ascii);
  let siteLabelIndex = -1;
  if (!isIp && labels.length >= 2) {
    const parsed = parseDomain(ascii, { allowPrivateDomains: true, extractHostname: false, detectIp: false });
    if (parsed.domain && parsed.publicSuffix) siteLabelIndex = labels.length - parsed.publicSuffix.split('.').length - 1;
    // `home.arpa` (RFC 8375) is a suffix for home networks, like `.internal`: `mueller` is the site of `tk.mueller.home.arpa`.
    if (ascii.endsWith('.home.arpa')) siteLabelIndex = labels.length >= 3 ? labels.length - 3 : -1;
  }
  return { ascii, isIp, labels, uLabels, sLabels, suffixes, sSuffixes, siteLabelIndex };
});

/** Length in characters (not UTF-16 units) of a decoded label. */
export function charLength(label: string): number {
  return /^[\x00-\x7f]*$/.test(label) ? label.length : [...label].length;
}

/** True when the string is a public suffix on the ICANN list (`com`, `co.uk`): never a vendor's own domain. */
export function isIcannSuffixOrShorter(host: string): boolean {
  return parseDomain(host, { allowPrivateDomains: false, extractHostname: false }).domain === null;
}

const SCRIPTS = [
  'Latin', 'Greek', 'Cyrillic', 'Armenian', 'Hebrew', 'Arabic', 'Devanagari', 'Bengali', 'Gurmukhi', 'Gujarati',
  'Oriya', 'Tamil', 'Telugu', 'Kannada', 'Malayalam', 'Sinhala', 'Thai', 'Lao', 'Tibetan', 'Myanmar', 'Georgian',
  'Hangul', 'Ethiopic', 'Khmer', 'Mongolian', 'Hiragana', 'Katakana', 'Bopomofo', 'Han',
] as const;
const SCRIPT_RES = SCRIPTS.map((s) => [s, new RegExp(`\\p{Script=${s}}`, 'u')] as const);
/** Script mixes that real names use (Chrome's IDN display policy allows the same). */
const ALLOWED_MIXES: ReadonlyArray<ReadonlySet<string>> = [
  new Set(['Latin', 'Han', 'Hiragana', 'Katakana']),
  new Set(['Latin', 'Han', 'Bopomofo']),
  new Set(['Latin', 'Han', 'Hangul']),
];

function scriptOf(c: string): string {
  for (const [name, re] of SCRIPT_RES) if (re.test(c)) return name;
  return 'Other';
}

/**
 * Whether a decoded label may be shown in Unicode: letters, marks, digits and hyphens only; one script (or a usual
 * CJK mix with Latin); no Latin label with a non-ASCII letter that is confusable with an ASCII one (`ɡ`, `ı`), and no
 * all-Cyrillic/Greek/... label that reads as ASCII (`асе`).
 */
function isSafeUnicodeLabel(label: string): boolean {
  const scripts = new Set<string>();
  for (const c of label) {
    if (/[0-9-]/.test(c) || /\p{M}/u.test(c)) continue;
    if (!/\p{L}/u.test(c)) return false;
    const script = scriptOf(c);
    if (script === 'Other') return false;
    scripts.add(script);
    if (script === 'Latin' && c > '\u007f' && /^[a-z0-9]+$/.test(foldChar(c))) return false;
  }
  if (scripts.size > 1 && !ALLOWED_MIXES.some((mix) => [...scripts].every((s) => mix.has(s)))) return false;
  if (!scripts.has('Latin') && /^[a-z0-9-]+$/.test(skeleton(label))) return false;
  return true;
}

/** The host for people: Unicode where that is safe, otherwise the ASCII (punycode) form. No trailing dot. */
export const displayHost = memo((ascii: string): string => {
  const host = ascii.replace(/\.$/, '');
  if (!host.includes('xn--')) return host;
  const out: string[] = [];
  for (const label of host.split('.')) {
    if (!label.startsWith('xn--')) {
      out.push(label);
      continue;
    }
    const decoded = decodeLabel(label);
    // An all-ASCII decoding (`xn--invalid-`) is not a valid IDN label: showing it decoded would spoof `invalid`.
    if (decoded === label || /^[\x00-\x7f]*$/.test(decoded) || !isSafeUnicodeLabel(decoded)) return host;
    out.push(decoded);
  }
  return out.join('.');
});
