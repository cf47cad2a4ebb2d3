import type { Detection, ProductSignature, Signal, SignalField } from './catalogue/types';
import type { PageSnapshot } from './snapshot';

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
  evidence: string[];
}

export function scoreSignature(s: PageSnapshot, signature: ProductSignature, url = parseUrl(s.url)): SignatureScore {
  if (signature.requiresPasswordField && s.passwordFields === 0) return { signature, score: 0, evidence: [] };
  let strong = 0;
  let mentions = 0;
  const evidence: string[] = [];
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
  };
}
