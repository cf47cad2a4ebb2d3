import { z } from 'zod';
import { OriginPatternSchema, TierIdSchema } from '../settings/schema';

/**
 * What the extension reports to the administrator's collector, one schema per event type. Every schema is
 * strict: a field that is not listed here is refused, so nothing (a password above all) can ride along by
 * accident. Origins are origins (`https://pbx.acme.example:5001`), never full URLs, whose paths and queries
 * can carry tokens.
 */

const ProductIdSchema = z.string().regex(/^[a-z0-9][a-z0-9._-]{0,63}$/, 'must be a catalogue product id');
const OriginSchema = z
  .string()
  .max(300)
  .refine((s) => {
    try {
      return new URL(s).origin === s;
    } catch {
      return false;
    }
  }, 'must be an origin (scheme://host[:port]) without path, query or credentials');
const RuleIdSchema = z.string().regex(/^[A-Za-z0-9_.:-]{1,64}$/, 'must be a rule id');
const EmailSchema = z.string().max(254).regex(/^[^\s@]+@[^\s@]+\.[^\s@]+$/, 'must be an email address');
const IsoDateSchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date written YYYY-MM-DD');
const IsoTimeSchema = z.string().max(40).refine((s) => !Number.isNaN(Date.parse(s)), 'must be an ISO 8601 time');
const ConsoleNameSchema = z.string().min(1).max(200);

export const ReportDataSchemas = {
  /** A console look-alike on a foreign origin (phishing). */
  lookalikeVisited: z.strictObject({
    product: ProductIdSchema,
    origin: OriginSchema,
    /** The allow-listed host or origin pattern it imitates, when known. */
    imitates: z.string().max(300).optional(),
    /** Why it was judged a look-alike: ids such as `homoglyph`, `punycode`, `typo`, `markers`. */
    reasons: z.array(RuleIdSchema).max(16),
    action: z.enum(['warn', 'block']),
  }),
  /** A detected console on an origin that is not on the allow-list. */
  unknownOrigin: z.strictObject({
    product: ProductIdSchema,
    origin: OriginSchema,
  }),
  /** A password below the tier was used on a console. Which rules failed, never the password. */
  weakPassword: z.strictObject({
    product: ProductIdSchema,
    origin: OriginSchema,
    tier: TierIdSchema,
    failedRules: z.array(RuleIdSchema).min(1).max(32),
    form: z.enum(['login', 'changePassword', 'newUser', 'newExtension', 'other']).optional(),
  }),
  /** The recovery email is missing, unconfirmed or its confirmation is older than the limit. */
  recoveryEmailStale: z.strictObject({
    product: ProductIdSchema,
    console: ConsoleNameSchema,
    origins: z.array(OriginPatternSchema).min(1).max(50),
    finding: z.enum(['recoveryEmailMissing', 'recoveryEmailUnverified', 'recoveryEmailStale']),
    email: EmailSchema.optional(),
    verifiedAt: z.string().max(40).optional(),
    ageDays: z.number().int().optional(),
    maxAgeDays: z.number().int().min(0),
  }),
  /** The console's settings page shows a different recovery email than the recorded one. */
  recoveryEmailChanged: z.strictObject({
    product: ProductIdSchema,
    console: ConsoleNameSchema,
    origins: z.array(OriginPatternSchema).min(1).max(50),
    origin: OriginSchema.optional(),
    from: EmailSchema,
    to: EmailSchema,
  }),
  /** A console revealed a version with known (exploited) vulnerabilities; once per console and version. */
  consoleAdvisory: z.strictObject({
    product: ProductIdSchema,
    origin: OriginSchema,
    version: z.string().max(60),
    component: z.string().max(64).optional(),
    ids: z.array(z.string().regex(/^CVE-\d{4}-\d{4,7}$/)).min(1).max(40),
    /** The CVEs among them that CISA lists as known exploited (KEV). */
    kev: z.array(z.string().regex(/^CVE-\d{4}-\d{4,7}$/)).max(40),
    advisories: z.array(z.string().max(100)).min(1).max(40),
  }),
  /** Entries of the advisory feed (advisoriesUrl) that were invalid and skipped, or why the whole feed was refused. */
  advisoryFeedInvalid: z.strictObject({
    url: z.string().max(2048),
    problems: z
      .array(z.strictObject({ index: z.number().int().min(-1), id: z.string().max(100).optional(), message: z.string().max(500) }))
      .min(1)
      .max(50),
  }),
  /** A console's password was typed on an origin that is not that console's (never the password or its fingerprint). */
  passwordReuse: z.strictObject({
    product: ProductIdSchema,
    console: ConsoleNameSchema,
    origins: z.array(OriginPatternSchema).min(1).max(50),
    /** Where it was typed (the frame's origin, from the browser). */
    origin: OriginSchema,
    /** False when the form had already been submitted when the match was found. */
    beforeSubmit: z.boolean(),
    action: z.enum(['warn', 'block']),
  }),
  /** Two or more consoles of the allow-list use the same password (each group reported once). */
  sharedPassword: z.strictObject({
    consoles: z
      .array(z.strictObject({ product: ProductIdSchema, console: ConsoleNameSchema, origins: z.array(OriginPatternSchema).min(1).max(50) }))
      .min(2)
      .max(50),
  }),
  /**
   * A console let the user in with a password alone on two different days (no second-factor step seen).
   * What was seen, never the user's codes: product, console, origin and the day of the last such sign-in.
   */
  noSecondFactor: z.strictObject({
    product: ProductIdSchema,
    console: ConsoleNameSchema,
    origin: OriginSchema,
    date: IsoDateSchema,
  }),
  /** Managed policy values that were rejected (and ignored). */
  invalidPolicy: z.strictObject({
    problems: z
      .array(z.strictObject({ key: z.string().max(100), message: z.string().max(500) }))
      .min(1)
      .max(50),
  }),
  /** Written by the queue itself: events dropped because the queue was full. */
  queueOverflow: z.strictObject({
    dropped: z.number().int().min(1),
    firstDroppedAt: IsoTimeSchema,
    lastDroppedAt: IsoTimeSchema,
  }),
} as const;

export type ReportEventType = keyof typeof ReportDataSchemas;
/** The types a caller may report (queueOverflow is the queue's own). */
export type PublicReportEventType = Exclude<ReportEventType, 'queueOverflow'>;
export type ReportData = { [T in ReportEventType]: z.infer<(typeof ReportDataSchemas)[T]> };

export const REPORT_EVENT_TYPES = Object.keys(ReportDataSchemas) as ReportEventType[];
export const PUBLIC_REPORT_EVENT_TYPES = REPORT_EVENT_TYPES.filter((t) => t !== 'queueOverflow') as PublicReportEventType[];

/** A field name that suggests a secret: pass(word|wd|phrase|code), pwd, secret, token, credential, pin, api key. */
export const SECRET_KEY_PATTERN = /pass|pwd|secret|token|credential|pin$|api_?key/i;

type SecretLikeKey<K> = K extends string
  ? Lowercase<K> extends `${string}pass${string}` | `${string}pwd${string}` | `${string}secret${string}` | `${string}token${string}` | `${string}credential${string}` | `${string}pin` | `${string}apikey${string}` | `${string}api_key${string}`
    ? K
    : never
  : never;

/** Turns every secret-looking key of D into `never`, so `{ ..., password: x }` does not type-check. */
export type NoSecretKeys<D> = { [K in keyof D as SecretLikeKey<K>]: never };

export class ReportDataError extends Error {
  override name = 'ReportDataError';
}

/** Throws if any key at any depth of `data` looks like it holds a secret. */
export function assertNoSecretKeys(data: unknown, path = 'data', depth = 0): void {
  if (depth > 8) throw new ReportDataError(`${path}: nested too deeply`);
  if (Array.isArray(data)) data.forEach((v, i) => assertNoSecretKeys(v, `${path}[${i}]`, depth + 1));
  else if (typeof data === 'object' && data !== null) {
    for (const [k, v] of Object.entries(data)) {
      if (SECRET_KEY_PATTERN.test(k)) throw new ReportDataError(`${path}.${k}: reports never carry passwords or other secrets`);
      assertNoSecretKeys(v, `${path}.${k}`, depth + 1);
    }
  }
}

/** Validated, with secret-looking keys refused first (so the message says why), then the type's strict schema. */
export function parseReportData<T extends ReportEventType>(type: T, data: unknown): ReportData[T] {
  const schema = ReportDataSchemas[type] as unknown as z.ZodType<ReportData[T]> | undefined;
  if (!schema) throw new ReportDataError(`unknown report event type: ${String(type)}`);
  assertNoSecretKeys(data);
  const parsed = schema.safeParse(data);
  if (!parsed.success) {
    const issues = parsed.error.issues.slice(0, 5).map((i) => `${['data', ...i.path.map(String)].join('.')}: ${i.message}`);
    throw new ReportDataError(`invalid ${type} report: ${issues.join('; ')}`);
  }
  return parsed.data;
}
