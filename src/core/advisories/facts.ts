/**
 * What the console module reads of a page to find its version: only what the page itself already loaded or shows.
 * Plain data, bounded by `boundFacts`, so the worker can trust its size whatever a page sends.
 */
export interface PageFacts {
  /** URLs of scripts, style sheets, images and other resources the page loaded (asset versions live in them). */
  urls: string[];
  /** `<meta name|property="…" content="…">` pairs (generator, version). */
  metas: { name: string; content: string }[];
  /** A bounded bit of visible text: footers, "about" and version elements, the start of the page's text. */
  text: string;
}

/** One version a page reveals: of the product itself (`component` absent) or of a part of it (a FreePBX module). */
export interface VersionSeen {
  component?: string;
  version: string;
  /** Where it was read, as the page has it (no words of ours, so no language): `load_version=16.0.40`. */
  evidence: string;
}

export const MAX_FACT_URLS = 300;
export const MAX_URL_LENGTH = 600;
export const MAX_METAS = 40;
export const MAX_TEXT = 6000;

/** Whatever arrives (a page can send anything) as PageFacts within the bounds, or null when it is not facts at all. */
export function boundFacts(raw: unknown): PageFacts | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const r = raw as Record<string, unknown>;
  const urls = Array.isArray(r['urls']) ? r['urls'].filter((u): u is string => typeof u === 'string' && u.length <= MAX_URL_LENGTH).slice(0, MAX_FACT_URLS) : [];
  const metas = Array.isArray(r['metas'])
    ? r['metas']
        .filter((m): m is { name: string; content: string } => typeof m === 'object' && m !== null && typeof m.name === 'string' && typeof m.content === 'string')
        .slice(0, MAX_METAS)
        .map((m) => ({ name: m.name.slice(0, 100).toLowerCase(), content: m.content.slice(0, 300) }))
    : [];
  const text = typeof r['text'] === 'string' ? r['text'].slice(0, MAX_TEXT) : '';
  return { urls, metas, text };
}

/** The query parameters of a URL (absolute or relative), or an empty set when it cannot be read. */
export function queryOf(url: string): URLSearchParams {
  try {
    return new URL(url, 'https://page.invalid/').searchParams;
  } catch {
    return new URLSearchParams();
  }
}

export function pathOf(url: string): string {
  try {
    return new URL(url, 'https://page.invalid/').pathname;
  } catch {
    return '';
  }
}

/**
 * The one value most of the candidates agree on (a page's assets all carry the same version; a stray third-party
 * asset with its own version must not win). Ties: the first seen.
 */
export function mostCommon<T extends { version: string }>(candidates: T[]): T | undefined {
  const counts = new Map<string, number>();
  for (const c of candidates) counts.set(c.version, (counts.get(c.version) ?? 0) + 1);
  let best: T | undefined;
  for (const c of candidates) if (!best || counts.get(c.version)! > counts.get(best.version)!) best = c;
  return best;
}
