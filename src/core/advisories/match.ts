import type { LocalizedText } from '../messages';
import type { VersionSeen } from './facts';
import type { Advisory, Cve } from './schema';
import { inRanges } from './version';

/** One advisory that applies to the version a console revealed: what the banner, the popup and the report say. */
export interface AdvisoryFinding {
  advisoryId: string;
  product: string;
  component?: string;
  version: string;
  evidence: string;
  cves: Cve[];
  title: LocalizedText;
  fix: LocalizedText;
  url: string;
}

/**
 * The advisories of `table` that apply to `product` at the versions seen. A version that is missing, unreadable in
 * the advisory's scheme, or of another component gives no finding: no version, no verdict.
 */
export function matchAdvisories(table: readonly Advisory[], product: string, seen: readonly VersionSeen[]): AdvisoryFinding[] {
  const out: AdvisoryFinding[] = [];
  for (const a of table) {
    if (a.product !== product) continue;
    const v = seen.find((s) => (s.component ?? '') === (a.component ?? ''));
    if (!v || inRanges(a.scheme, v.version, a.affected) !== true) continue;
    out.push({
      advisoryId: a.id,
      product,
      ...(a.component ? { component: a.component } : {}),
      version: v.version,
      evidence: v.evidence,
      cves: a.cves,
      title: a.title,
      fix: a.fix,
      url: a.sources.vendor,
    });
  }
  return out;
}

/** The earliest KEV date among the findings' CVEs, or null when none is in KEV. */
export function earliestKev(findings: readonly AdvisoryFinding[]): string | null {
  const dates = findings.flatMap((f) => f.cves.map((c) => c.kevDateAdded).filter((d): d is string => !!d)).sort();
  return dates[0] ?? null;
}
