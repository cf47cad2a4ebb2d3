import type { VersionRange, VersionScheme } from './schema';

/**
 * Versions as numbers to compare, per scheme:
 * - `dotted`: numeric parts (3CX `18.0.7.312`, GLPI `10.0.2`, MiCollab `9.8.1.201`); missing parts count as 0.
 * - `freepbx-module`: dotted, plus the pre-release tags FreePBX modules carry (`17.0.1beta2`, `16.0.21rc1`),
 *   which sort before the release they lead to.
 * - `build`: one build number (ServiceDesk Plus `14004`; "11.3 Build 11306" reads as 11306).
 */
export interface ParsedVersion {
  parts: number[];
  /** Pre-release rank: alpha < beta < rc < release (3). */
  stage: number;
  stageNumber: number;
}

const STAGES: Record<string, number> = { alpha: 0, beta: 1, rc: 2 };

export function parseVersion(scheme: VersionScheme, text: string): ParsedVersion | null {
  const s = text.trim();
  if (s.length > 60) return null;
  if (scheme === 'build') {
    const m = /^(?:\d+(?:\.\d+)*\s*build\s*)?(\d{3,7})$/i.exec(s);
    return m ? { parts: [Number(m[1])], stage: 3, stageNumber: 0 } : null;
  }
  const m = scheme === 'dotted' ? /^v?(\d{1,9}(?:\.\d{1,9}){0,5})$/i.exec(s) : /^v?(\d{1,9}(?:\.\d{1,9}){0,5})(?:[.-]?(alpha|beta|rc)(\d{0,4}))?$/i.exec(s);
  if (!m) return null;
  const parts = m[1]!.split('.').map(Number);
  const tag = m[2]?.toLowerCase();
  return { parts, stage: tag ? STAGES[tag]! : 3, stageNumber: tag && m[3] ? Number(m[3]) : 0 };
}

/** Negative, zero or positive, as `a` is before, equal to or after `b`. */
export function compareVersions(a: ParsedVersion, b: ParsedVersion): number {
  const n = Math.max(a.parts.length, b.parts.length);
  for (let i = 0; i < n; i++) {
    const d = (a.parts[i] ?? 0) - (b.parts[i] ?? 0);
    if (d) return d;
  }
  return a.stage - b.stage || a.stageNumber - b.stageNumber;
}

/** Whether `version` falls into one of the ranges. Null when the version or a bound cannot be read in the scheme. */
export function inRanges(scheme: VersionScheme, version: string, ranges: readonly VersionRange[]): boolean | null {
  const v = parseVersion(scheme, version);
  if (!v) return null;
  for (const r of ranges) {
    const bound = (t: string | undefined) => (t === undefined ? undefined : parseVersion(scheme, t));
    const introduced = bound(r.introduced);
    const fixed = bound(r.fixed);
    const last = bound(r.lastAffected);
    if (introduced === null || fixed === null || last === null) return null;
    if (introduced && compareVersions(v, introduced) < 0) continue;
    if (fixed && compareVersions(v, fixed) >= 0) continue;
    if (last && compareVersions(v, last) > 0) continue;
    return true;
  }
  return false;
}
