import type { Detection, ProductSignature, Signal, SignalField } from './catalogue/types';
import type { PageSnapshot } from './snapshot';
import { isSignInOnly } from './form-roles';

/**
 * Scoring detector. Each signal of a signature counts once, when its pattern matches any value of its field.
 *
 * Weight scale (what catalogue authors aim for):
 *   40–60  strong, product-specific: a distinctive asset path, the console's exact title, the vendor's hosted domain
 *   15–30  medium: distinctive field names, the console's URL path or hash route
 *    5–10  weak: the product's name somewhere in the page text
 *   < 0    counter-evidence: the vendor's own marketing site, a forum, a partner portal
 * A product is detected at DETECT_THRESHOLD. Mentions (text and link fields) together count for at most
 * MENTION_CAP, so an article or a search result page about a product cannot reach the threshold on words alone.
 * Generic signatures (id starting with `generic-`) are considered only when no product reaches the threshold,
 * and never with more than low confidence.
 */
export const DETECT_THRESHOLD = 50;
export const MENTION_CAP = 20;
const MENTION_FIELDS: ReadonlySet<SignalField> = new Set(['text', 'link']);

function parseUrl(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/** The strings of the snapshot one field looks at. */
export function fieldValues(s: PageSnapshot, field: SignalField, url = parseUrl(s.url)): readonly string[] {
  switch (field) {
    case 'url':
      return [s.url];
    case 'path':
      return url ? [url.pathname] : [];
    case 'hash':
      return url ? [url.hash] : [];
    case 'host':
      return url ? [url.hostname] : [];
    case 'title':
      return [s.title];
    case 'meta':
      return s.metas.map(([n, c]) => `${n}=${c}`);
    case 'script':
      return s.scripts;
    case 'style':
      return s.styles;
    case 'icon':
      return s.icons;
    case 'image':
      return s.images;
    case 'input':
      return s.inputs.map((i) => `${i.type} ${i.name} ${i.id} ${i.autocomplete} ${i.placeholder} ${i.label}`);
    case 'form':
      return s.forms;
    case 'text':
      return [s.text];
    case 'attr':
      return s.attrs;
    case 'link':
      return s.links;
  }
}

function matches(signal: Signal, values: readonly string[]): boolean {
  // Patterns may carry the g or y flag by mistake; lastIndex would make test() stateful.
  signal.pattern.lastIndex = 0;
  return values.some((v) => signal.pattern.test(v));
}

export interface SignatureScore {
  signature: ProductSignature;
  score: number;
  evidence: Detection['evidence'];
}

export function scoreSignature(s: PageSnapshot, signature: ProductSignature, url = parseUrl(s.url)): SignatureScore {
  if (signature.requiresPasswordField && s.passwordFields === 0) return { signature, score: 0, evidence: [] };
  let strong = 0;
  let mentions = 0;
  const evidence: Detection['evidence'] = [];
  for (const signal of signature.signals) {
    if (!matches(signal, fieldValues(s, signal.field, url))) continue;
    if (MENTION_FIELDS.has(signal.field)) mentions += signal.weight;
    else strong += signal.weight;
    evidence.push(signal.note);
  }
  return { signature, score: strong + Math.min(mentions, MENTION_CAP), evidence };
}

function confidenceOf(score: number, generic: boolean): Detection['confidence'] {
  if (generic) return 'low';
  if (score >= 90) return 'high';
  if (score >= 65) return 'medium';
  return 'low';
}

export function isGeneric(signature: ProductSignature): boolean {
  return signature.id.startsWith('generic-');
}

/** All signatures with their scores, best first: what the popup's evidence view shows. */
export function rankSignatures(s: PageSnapshot, signatures: readonly ProductSignature[]): SignatureScore[] {
  const url = parseUrl(s.url);
  return signatures
    .map((sig) => scoreSignature(s, sig, url))
    .filter((r) => r.score > 0)
    .sort((a, b) => b.score - a.score);
}

/**
 * What a cheap snapshot (src/content/snapshot.ts: the first stage on a page with a password field and no console
 * hint) leaves empty: the page text and the links (mentions), and the `id=…` / `tag=…` entries of `attrs` that the
 * body walk adds (the root elements' own attributes are there). Every other field is exactly as in the full snapshot.
 */
const CHEAP_OMITS: ReadonlySet<SignalField> = new Set(['text', 'link']);
const WALKED_ATTRS = ['id=', 'tag='];

/**
 * Whether an `attr` pattern could match an entry the body walk adds (`id=…`, `tag=…`): false only when the pattern
 * is anchored (`^`, no top-level alternative, no multiline flag) to a literal start that neither prefix fits, as
 * `^class=firsttypeofselector$`. Anything it cannot read that surely counts as a possible match.
 */
export function mayMatchWalkedAttr(pattern: RegExp): boolean {
  const src = pattern.source;
  if (!src.startsWith('^') || pattern.flags.includes('m')) return true;
  let depth = 0;
  for (let i = 1; i < src.length; i++) {
    const c = src[i];
    if (c === '\\') i++;
    else if (c === '[') {
      while (i < src.length && src[i] !== ']') i += src[i] === '\\' ? 2 : 1;
    } else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) return true;
  }
  const run = /^\^([A-Za-z0-9_=-]*)(.?)/.exec(src)!;
  // A quantifier after the run makes its last character optional (`^ids?=`).
  const literal = /[?*+{]/.test(run[2]!) ? run[1]!.slice(0, -1) : run[1]!;
  const start = pattern.flags.includes('i') ? literal.toLowerCase() : literal;
  return WALKED_ATTRS.some((p) => p.startsWith(start) || start.startsWith(p));
}

/**
 * The most a signature could score on the full snapshot of a page of which `cheap` is the cheap snapshot: the
 * signals that match what the cheap snapshot has, plus every positive signal on what it leaves out (as if it matched),
 * counter-evidence left out. Never below the full snapshot's score.
 */
export function scoreBound(cheap: PageSnapshot, signature: ProductSignature, url = parseUrl(cheap.url)): number {
  if (signature.requiresPasswordField && cheap.passwordFields === 0) return 0;
  let strong = 0;
  let mentions = 0;
  for (const signal of signature.signals) {
    if (signal.weight <= 0) continue;
    const unseen = CHEAP_OMITS.has(signal.field) || (signal.field === 'attr' && mayMatchWalkedAttr(signal.pattern));
    if (!unseen && !matches(signal, fieldValues(cheap, signal.field, url))) continue;
    if (MENTION_FIELDS.has(signal.field)) mentions += signal.weight;
    else strong += signal.weight;
  }
  return strong + Math.min(mentions, MENTION_CAP);
}

/**
 * Whether the full snapshot of the page `cheap` was taken from could be detected as any console: false only when no
 * signature's bound reaches the threshold, so `detect` on the full snapshot would surely say "no console". The
 * staged check of the all-pages detector rests on this: its full snapshot is asked for only when this is true.
 */
export function mayDetect(cheap: PageSnapshot, signatures: readonly ProductSignature[]): boolean {
  const url = parseUrl(cheap.url);
  return signatures.some((sig) => scoreBound(cheap, sig, url) >= DETECT_THRESHOLD);
}

export function detect(s: PageSnapshot, signatures: readonly ProductSignature[]): Detection | null {
  const ranked = rankSignatures(s, signatures);
  const best = ranked.find((r) => !isGeneric(r.signature) && r.score >= DETECT_THRESHOLD) ?? ranked.find((r) => isGeneric(r.signature) && r.score >= DETECT_THRESHOLD);
  if (!best) return null;
  const generic = isGeneric(best.signature);
  return {
    productId: best.signature.id,
    productName: best.signature.name,
    family: best.signature.family,
    score: best.score,
    confidence: confidenceOf(best.score, generic),
    evidence: best.evidence,
    isLogin: s.passwordFields > 0,
    signInOnly: s.passwordFields === 1 && isSignInOnly(s.inputs, s.text),
  };
}
