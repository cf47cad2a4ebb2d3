import { AdvisorySchema, FEED_FORMAT, MAX_FEED_ADVISORIES, type Advisory } from './schema';

export interface FeedProblem {
  /** The entry's index in the feed, or -1 for the feed as a whole. */
  index: number;
  id?: string;
  message: string;
}

export interface ParsedFeed {
  /** Null when the feed as a whole is unusable (not JSON, wrong format): the last good copy stays. */
  advisories: Advisory[] | null;
  problems: FeedProblem[];
}

/**
 * A fleet's feed, validated entry by entry: an invalid entry is named in `problems` and skipped, never breaks the
 * rest. Only a feed that is not a feed at all (not JSON, another format, no list) is refused as a whole.
 */
export function parseFeed(text: string): ParsedFeed {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    return { advisories: null, problems: [{ index: -1, message: `not JSON: ${e instanceof Error ? e.message.slice(0, 200) : 'parse error'}` }] };
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return { advisories: null, problems: [{ index: -1, message: 'must be a JSON object' }] };
  const r = raw as Record<string, unknown>;
  if (r['format'] !== FEED_FORMAT) return { advisories: null, problems: [{ index: -1, message: `format must be "${FEED_FORMAT}"` }] };
  if (!Array.isArray(r['advisories'])) return { advisories: null, problems: [{ index: -1, message: 'advisories must be a list' }] };
  const problems: FeedProblem[] = [];
  const advisories: Advisory[] = [];
  const ids = new Set<string>();
  r['advisories'].forEach((entry, index) => {
    const id = typeof entry === 'object' && entry !== null && typeof (entry as { id?: unknown }).id === 'string' ? (entry as { id: string }).id.slice(0, 100) : undefined;
    const at = { index, ...(id ? { id } : {}) };
    if (index >= MAX_FEED_ADVISORIES) {
      if (index === MAX_FEED_ADVISORIES) problems.push({ ...at, message: `more than ${MAX_FEED_ADVISORIES} advisories: the rest is ignored` });
      return;
    }
    const parsed = AdvisorySchema.safeParse(entry);
    if (!parsed.success) {
      const issues = parsed.error.issues.slice(0, 3).map((i) => `${i.path.map(String).join('.') || '(entry)'}: ${i.message}`);
      problems.push({ ...at, message: issues.join('; ').slice(0, 500) });
    } else if (ids.has(parsed.data.id)) problems.push({ ...at, message: 'the same id appears twice: the first is kept' });
    else {
      ids.add(parsed.data.id);
      advisories.push(parsed.data);
    }
  });
  return { advisories, problems };
}

/** The shipped table with the feed's entries added; a feed entry with a shipped entry's id replaces it. */
export function mergeAdvisories(shipped: readonly Advisory[], feed: readonly Advisory[]): Advisory[] {
  const byId = new Map(shipped.map((a) => [a.id, a]));
  for (const a of feed) byId.set(a.id, a);
  return [...byId.values()];
}
