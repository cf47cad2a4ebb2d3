import { z } from 'zod';

/**
 * The one schema for everything the extension stores and everything an administrator can set by policy.
 * The key names are a public contract (managed_schema.json, deployments, other modules): never rename one.
 */

export const SETTINGS_VERSION = 1;

export const TIER_IDS = ['recommended', 'high', 'medium', 'low', 'custom', 'nist'] as const;
export const TierIdSchema = z.enum(TIER_IDS);
export type TierId = z.infer<typeof TierIdSchema>;

const MAX_STRING = 2048;
export const MAX_CONSOLES = 500;
const MAX_ORIGINS_PER_CONSOLE = 50;

/**
 * An exact origin (`https://pbx.acme.example:5001`) or a host wildcard (`https://*.acme.example`).
 * Paths, queries, credentials and bare hosts are rejected so that a typo cannot silently widen trust.
 */
export const ORIGIN_PATTERN =
  /^(https?):\/\/(\*\.)?(\[[0-9a-f:.]+\]|[a-z0-9\u00a1-\uffff]([a-z0-9\u00a1-\uffff-]{0,61}[a-z0-9\u00a1-\uffff])?(\.[a-z0-9\u00a1-\uffff]([a-z0-9\u00a1-\uffff-]{0,61}[a-z0-9\u00a1-\uffff])?)*)(:\d{1,5})?$/i;

export const OriginPatternSchema = z
  .string()
  .max(300)
  .refine((s) => ORIGIN_PATTERN.test(s), {
    message: 'must be an origin like https://pbx.example.com:5001 or a host wildcard like https://*.example.com (no path)',
  })
  .refine((s) => !/:(\d+)$/.test(s) || Number(/:(\d+)$/.exec(s)![1]) <= 65535, { message: 'port must be 1-65535' });

const IsoDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date written YYYY-MM-DD')
  .refine((s) => {
    const d = new Date(`${s}T00:00:00Z`);
    return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(s);
  }, 'is not a real calendar date');

const EmailSchema = z.string().max(254).regex(/^[^\s@]+@[^\s@]+\.[^\s@]+$/, 'must be an email address');

export const ConsoleEntrySchema = z.object({
  product: z.string().min(1).max(64),
  origins: z.array(OriginPatternSchema).min(1).max(MAX_ORIGINS_PER_CONSOLE),
  label: z.string().max(200).optional(),
  recoveryEmail: EmailSchema.optional(),
  recoveryEmailVerifiedAt: IsoDateSchema.optional(),
});
export type ConsoleEntry = z.infer<typeof ConsoleEntrySchema>;

export const CustomTierSchema = z
  .object({
    minLength: z.number().int().min(1).max(256),
    maxLength: z.number().int().min(1).max(1024),
    requireUppercase: z.boolean(),
    requireLowercase: z.boolean(),
    requireDigit: z.boolean(),
    requireSpecial: z.boolean(),
    /** Longest allowed run of consecutive characters (`12345`, `abcde`); 0 = no limit. */
    maxSequentialChars: z.number().int().min(0).max(64),
    disallowEmailLike: z.boolean(),
    disallowWords: z.array(z.string().min(1).max(100)).max(1000),
    minScore: z.number().int().min(0).max(4),
    historyCount: z.number().int().min(0).max(24),
  })
  .refine((t) => t.minLength <= t.maxLength, { message: 'minLength must not exceed maxLength', path: ['minLength'] });
export type CustomTier = z.infer<typeof CustomTierSchema>;

export const BreachCheckSchema = z.enum(['off', 'offline', 'online']);
export type BreachCheck = z.infer<typeof BreachCheckSchema>;

const HeaderNameSchema = z.string().regex(/^[A-Za-z0-9!#$%&'*+.^_`|~-]{1,100}$/, 'is not a valid HTTP header name');

/** Every setting, fully specified. Defaults live in defaults.ts. */
export const SettingsShape = {
  consoles: z.array(ConsoleEntrySchema).max(MAX_CONSOLES),
  passwordTier: TierIdSchema,
  customTier: CustomTierSchema,
  breachCheck: BreachCheckSchema,
  recoveryEmailMaxAgeDays: z.number().int().min(1).max(3650),
  /** Organisation's mail domains; a recovery address outside them is flagged. Empty: no such rule. */
  orgEmailDomains: z.array(z.string().min(1).max(253)).max(100),
  /** Show a system notification when the daily check finds a stale recovery email. */
  recoveryNotifications: z.boolean(),
  /** A console seen letting the user in with a password alone (on two days) gets a red badge and a banner. */
  requireSecondFactor: z.boolean(),
  lookalikeAction: z.enum(['warn', 'block']),
  /** Names the organisation is known by: a console off the allow-list on a host carrying one is a look-alike. */
  protectedNames: z.array(z.string().max(100).refine((n) => [...n.replace(/[^\p{L}\p{N}]/gu, '')].length >= 3, 'needs at least 3 letters or digits')).max(200),
  unknownOriginAction: z.enum(['ignore', 'warn']),
  /** HTTPS endpoint that receives findings as JSON; empty: reporting off. */
  reportUrl: z.union([
    z.literal(''),
    z
      .string()
      .max(MAX_STRING)
      .refine((s) => {
        try {
          const u = new URL(s);
          return u.protocol === 'https:' || (u.protocol === 'http:' && /^(127\.\d+\.\d+\.\d+|localhost|\[::1\])$/.test(u.hostname));
        } catch {
          return false;
        }
      }, 'must be an https:// URL (http:// only for localhost)'),
  ]),
  reportHeaders: z.record(HeaderNameSchema, z.string().max(MAX_STRING)).refine((r) => Object.keys(r).length <= 20, 'at most 20 headers'),
  reportDevice: z.string().max(200),
  reportUser: z.string().max(200),
  /** false: the user may not edit the allow-list or the tier. */
  allowUserChanges: z.boolean(),
  /** HTTPS URL of the fleet's own advisory feed (docs/advisories.md), merged with the shipped table; empty: none. */
  advisoriesUrl: z.union([
    z.literal(''),
    z
      .string()
      .max(MAX_STRING)
      .refine((s) => {
        try {
          return new URL(s).protocol === 'https:';
        } catch {
          return false;
        }
      }, 'must be an https:// URL'),
  ]),
  /** Seconds after which a copied generated credential is cleared from the clipboard; 0: never. */
  clipboardClearSeconds: z.number().int().min(0).max(3600),
  /** Clear only if the clipboard still holds the copied credential (needs the optional clipboardRead permission). */
  clipboardClearOnlyIfUnchanged: z.boolean(),
  /** `envelope`: the extension's JSON; `otlp`: OpenTelemetry logs (OTLP/HTTP JSON) to reportUrl + /v1/logs. */
  reportFormat: z.enum(['envelope', 'otlp']),
  /** Keep fingerprints of console passwords and warn when one is typed on another origin; false: none taken or kept. */
  reuseProtection: z.boolean(),
};

export type SettingKey = keyof typeof SettingsShape;
export const SETTING_KEYS = Object.keys(SettingsShape) as SettingKey[];
export const SettingsSchema = z.object(SettingsShape);
export type Settings = z.infer<typeof SettingsSchema>;

/** What chrome.storage.local holds under STORAGE_KEY: a version plus any subset of the settings. */
export const StoredSettingsSchema = z.object({ version: z.literal(SETTINGS_VERSION) }).extend(
  Object.fromEntries(SETTING_KEYS.map((k) => [k, SettingsShape[k].optional()])) as {
    [K in SettingKey]: z.ZodOptional<(typeof SettingsShape)[K]>;
  },
);
export type StoredSettings = z.infer<typeof StoredSettingsSchema>;

export const STORAGE_KEY = 'settings';
