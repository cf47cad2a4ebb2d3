/**
 * State of documents a tab has left, kept while the browser may still bring them back: Chromium's back/forward cache
 * restores a page on Back/Forward as the same document (same documentId), and no content script runs again in it.
 * What the extension knew about such a document (its verdict, its findings, a warning's actions) is parked here when
 * the tab leaves it and taken back when the same document is the tab's again; nothing else ever gets it.
 */
export interface LeftDocument<T> {
  /** The browser's id of the document (the sender's documentId): the only key a restore is matched by. */
  documentId: string;
  /** The origin of the tab's top document when it was left: a restore can only come with a navigation to it. */
  topOrigin: string;
  leftAt: number;
  state: T;
}

/**
 * Chromium keeps a page in the back/forward cache for at most 10 minutes and at most 6 pages per tab
 * (back_forward_cache_impl.cc: kDefaultTimeToLiveInBackForwardCacheInSeconds = 600, cache_size 6). A document left
 * longer ago can only come back as a new document, which the detector reports afresh. The count is per tab and
 * feature and counts frames: a page left with a few console frames parks one entry for each.
 */
export const LEFT_DOCUMENT_TTL_MS = 10 * 60_000;
export const MAX_LEFT_DOCUMENTS = 24;

/** Entries that are well-formed and not expired (stored data is not trusted to be either). */
function live<T>(left: readonly unknown[] | undefined, now: number): LeftDocument<T>[] {
  if (!Array.isArray(left)) return [];
  return left.filter(
    (d): d is LeftDocument<T> =>
      typeof d === 'object' &&
      d !== null &&
      typeof (d as LeftDocument<T>).documentId === 'string' &&
      (d as LeftDocument<T>).documentId !== '' &&
      typeof (d as LeftDocument<T>).topOrigin === 'string' &&
      typeof (d as LeftDocument<T>).leftAt === 'number' &&
      now - (d as LeftDocument<T>).leftAt >= 0 &&
      now - (d as LeftDocument<T>).leftAt < LEFT_DOCUMENT_TTL_MS,
  );
}

/** Adds `parked` (the newest first; a document parked again replaces its older entry), within the bounds. */
export function parkLeft<T>(left: readonly unknown[] | undefined, parked: readonly LeftDocument<T>[], now: number): LeftDocument<T>[] {
  const fresh = live<T>(parked, now);
  const ids = new Set(fresh.map((d) => d.documentId));
  return [...fresh, ...live<T>(left, now).filter((d) => !ids.has(d.documentId))].slice(0, MAX_LEFT_DOCUMENTS);
}

/** The origin of a URL, null for none (about:, data:) or an unparsable one. */
export function originOf(url: string | undefined): string | null {
  try {
    const origin = url ? new URL(url).origin : 'null';
    return origin === 'null' ? null : origin;
  } catch {
    return null;
  }
}

/** The parked documents that may come back with a navigation of the tab's top frame to `url`: those of its origin. */
export function restorableFor<T>(left: readonly unknown[] | undefined, url: string, now: number): LeftDocument<T>[] {
  const origin = originOf(url);
  if (!origin) return [];
  return live<T>(left, now).filter((d) => d.topOrigin === origin);
}

/** The list without the given documents (taken back, or known gone) and without expired entries. */
export function withoutDocuments<T>(left: readonly unknown[] | undefined, documentIds: ReadonlySet<string>, now: number): LeftDocument<T>[] {
  return live<T>(left, now).filter((d) => !documentIds.has(d.documentId));
}
