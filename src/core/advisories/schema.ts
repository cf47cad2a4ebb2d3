import { z } from 'zod';

/**
 * The one schema of an advisory: the shipped table (`products/*.ts`) and a fleet's own feed (`advisoriesUrl`) are
 * both written in it. Documented in docs/advisories.md; `npm run advisories-schema` prints it as JSON Schema.
 */

export const VERSION_SCHEMES = ['dotted', 'freepbx-module', 'build'] as const;
export const VersionSchemeSchema = z.enum(VERSION_SCHEMES);
export type VersionScheme = z.infer<typeof VersionSchemeSchema>;

const IsoDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date written YYYY-MM-DD')
  .refine((s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s), 'is not a real calendar date');

const HttpsUrlSchema = z
  .string()
  .max(500)
  .refine((s) => {
    try {
      return new URL(s).protocol === 'https:';
    } catch {
      return false;
    }
  }, 'must be an https:// URL');

const TextSchema = z.strictObject({ en: z.string().min(1).max(600), de: z.string().min(1).max(600) });

/** A version as an advisory writes it: digits and dots, an optional pre-release tag (`17.0.1beta2`, `16.0.40.7`). */
const VersionTextSchema = z.string().regex(/^\d{1,9}(\.\d{1,9}){0,5}([.-]?(alpha|beta|rc)\d{0,4})?$/i, 'must be a version like 16.0.89, 18.0.7.312 or 14004');

/**
 * Affected versions: from `introduced` (inclusive, default: every version) up to `fixed` (exclusive) or
 * `lastAffected` (inclusive); neither means every later version is affected too. Several ranges: one per branch.
 */
export const VersionRangeSchema = z
  .strictObject({ introduced: VersionTextSchema.optional(), fixed: VersionTextSchema.optional(), lastAffected: VersionTextSchema.optional() })
  .refine((r) => !(r.fixed && r.lastAffected), 'give fixed or lastAffected, not both');
export type VersionRange = z.infer<typeof VersionRangeSchema>;

export const CveSchema = z.strictObject({
  id: z.string().regex(/^CVE-\d{4}-\d{4,7}$/, 'must be a CVE id like CVE-2025-57819'),
  /** The day CISA added it to the Known Exploited Vulnerabilities catalogue; absent: not in KEV. */
  kevDateAdded: IsoDateSchema.optional(),
});
export type Cve = z.infer<typeof CveSchema>;

export const AdvisorySchema = z.strictObject({
  /** Stable id; a feed entry with the id of a shipped one replaces it. */
  id: z.string().regex(/^[a-z0-9][a-z0-9._-]{0,99}$/, 'must be lower-case letters, digits, dot, dash or underscore'),
  /** The catalogue product id the console is detected as (`freepbx`, `glpi`, `3cx`, …). */
  product: z.string().regex(/^[a-z0-9][a-z0-9._-]{0,63}$/, 'must be a catalogue product id'),
  /** Which version of the page the ranges speak of: a module (`endpoint`), or absent for the product's own. */
  component: z.string().regex(/^[a-z0-9][a-z0-9._-]{0,63}$/).optional(),
  scheme: VersionSchemeSchema,
  affected: z.array(VersionRangeSchema).min(1).max(20),
  cves: z.array(CveSchema).min(1).max(20),
  title: TextSchema,
  /** What fixes it: the fixed version, or the vendor's mitigation. */
  fix: TextSchema,
  sources: z.strictObject({
    /** The vendor's advisory: the link the user gets. */
    vendor: HttpsUrlSchema,
    kev: HttpsUrlSchema.optional(),
    nvd: z.array(HttpsUrlSchema).max(20).optional(),
  }),
});
export type Advisory = z.infer<typeof AdvisorySchema>;

/** A feed: `{ "format": "acg-advisories/1", "advisories": [ … ] }`. */
export const FEED_FORMAT = 'acg-advisories/1';
export const MAX_FEED_ADVISORIES = 500;
