import { checkableLength } from './fingerprint';

/** One password input of a form as the watcher reads it. */
export interface WatchedField {
  value: string;
  /** The input's maxLength attribute (-1 when absent, as the DOM reports it). */
  maxLength: number;
}

/** A split input holds at most this many characters (one-character boxes, groups of four). */
const SPLIT_PART_MAX = 4;

/**
 * The values worth checking for one group of password inputs (one form, in document order): each field's own value,
 * and, when the password is split over several short inputs, their concatenation. Values out of the checkable
 * length range are left out; duplicates once.
 */
export function candidateValues(fields: readonly WatchedField[]): string[] {
  const out = new Set<string>();
  for (const f of fields) if (checkableLength(f.value)) out.add(f.value);
  const parts = fields.filter((f) => f.value !== '');
  if (fields.length >= 2 && parts.length >= 2 && fields.every((f) => [...f.value].length <= SPLIT_PART_MAX && (f.maxLength < 0 || f.maxLength <= SPLIT_PART_MAX * 2))) {
    const joined = parts.map((f) => f.value).join('');
    if (checkableLength(joined)) out.add(joined);
  }
  return [...out];
}
