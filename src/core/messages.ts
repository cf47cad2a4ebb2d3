import type { ConsoleSelectors, Detection } from './catalogue/types';
import type { RecoveryFinding } from './recovery';
import type { LookalikeReason, OriginVerdictKind } from './origin';
import type { EffectiveSettings } from './settings/merge';
import type { SettingsProblem } from './settings/parse';
import type { Settings } from './settings/schema';
import type { ImportResult } from './settings/transfer';
import type { PageSnapshot } from './snapshot';
import type { AdvisoryFinding } from './advisories/match';
import type { PageFacts } from './advisories/facts';
import type { MessageBundle } from './i18n/format';
import type { SecondFactorDoor, SignInView } from './signin';
import type { BreachStatus, RatingReason, RuleId, Score } from './rate/types';
import type { FieldRole, FormKind } from './form-roles';
import type { TierId } from './settings/schema';

/**
 * The one message protocol between content scripts, extension pages and the service worker.
 * Each request type names its payload, its response and who may send it; the router in the service
 * worker dispatches on this table, so no `if (msg.type === …)` chains are spread around the code.
 */

/** Who a message may come from. `page`: a content script in a web page (untrusted input). */
export type SenderKind = 'page' | 'extension';

export interface TabVerdict {
  detection: Detection;
  /** Filled by the origin judgement once that module is wired in. */
  origin: {
    kind: OriginVerdictKind;
    /** Host for people (punycode for look-alikes), without the port: the tooltip contract. */
    host: string;
    insecure: boolean;
    lookalikeOf?: string;
    matchedLabel?: string;
    reasons?: LookalikeReason[];
    /** Set when a console that would be trusted is framed by a page that is not: the framing host. */
    framedBy?: string;
  };
  frameUrl: string;
  /** The top frame's URL when the console sits in a frame. */
  topUrl?: string;
  frameId: number;
  /** The browser's id of the frame's document: the verdict lives as long as that document. */
  documentId?: string;
  at: number;
}

export interface SettingsView {
  effective: EffectiveSettings;
  user: Partial<Settings>;
  /** Problems found reading stored settings and policy; shown on the options page. */
  problems: SettingsProblem[];
  policyLoaded: boolean;
  /** Changes with every write; an editor sends it back so a save cannot undo changes made elsewhere meanwhile. */
  revision: number;
}

/** Identifies a console of the allow-list across edits: its product and first origin. */
export function consoleKey(c: { product: string; origins: readonly string[] }): string {
  return `${c.product}|${c.origins[0] ?? ''}`;
}

/** A console's recovery-email state as the UI shows it. */
export interface RecoveryStatus {
  name: string;
  email?: string;
  verifiedAt?: string;
  seenEmail?: string;
  findings: RecoveryFinding[];
  /** False when the organisation manages this console's recovery data (policy entry). */
  canConfirm: boolean;
}

/** The worker's answer to a console view: whether it still wants views, and the policy banner while it applies. */
export interface SignInViewResponse {
  watching: boolean;
  /** Set under requireSecondFactor while the console's "no second factor" finding stands. */
  banner?: { text: LocalizedText; switchOn?: LocalizedText };
}

/** A console's sign-in door as the popup and the options page show it. */
export interface SignInStatus {
  name: string;
  product: string;
  origin: string;
  door: SecondFactorDoor;
  /** The last sign-in, worded as what was seen. */
  last?: LocalizedText;
  /** The "no second-factor step at the last sign-ins" finding, with where to switch 2FA on. */
  finding?: { text: LocalizedText; switchOn?: LocalizedText; days: string[] };
  /** Policy requireSecondFactor is on. */
  required: boolean;
}

export type UpdateResult = { ok: true } | { ok: false; problems: SettingsProblem[] };

interface Spec<Req, Res, From extends SenderKind> {
  req: Req;
  res: Res;
  from: From;
}

/** What the in-page console module needs to know about its page; never more than the page's own verdict. */
export interface ConsoleContext {
  verdict: TabVerdict;
  /** The product's page selectors from the catalogue (forgot-password link, recovery email, extension form). */
  selectors: ConsoleSelectors;
  lookalikeAction: 'warn' | 'block';
  unknownOriginAction: 'ignore' | 'warn';
  /**
   * The UI language's messages (null if the worker could not read them): the page's own chrome.i18n is asked only
   * without them, since its first call in a renderer fetches the extension's catalogue from the browser, blocking.
   */
  messages: MessageBundle | null;
}

/** What the in-page meter gets back for one password: the verdict and the reasons, never the password. */
export interface RatingSummary {
  /** Echo of the request's sequence number: the page drops answers older than the newest it has. */
  seq: number;
  passes: boolean;
  failed: RuleId[];
  score: Score;
  reasons: RatingReason[];
  tier: TierId;
  breach: BreachStatus;
  /** True when the breach check of this rating was the final one (online check included where it is on). */
  final: boolean;
}

/** The facts the page sends with a password: never more than the form shows next to it. */
export interface RatingFieldInfo {
  role: FieldRole;
  form: FormKind;
}

export interface RatingRequestContext {
  username?: string;
  email?: string;
  extension?: string;
}

/** The last rating on a tab and the console's remembered login verdict, as the popup shows them. */
export interface TabRatingInfo {
  last?: { role: FieldRole; form: FormKind; passes: boolean; failed: RuleId[]; reasons: RatingReason[]; tier: TierId; product: string; at: number };
  /** The password last used to sign in to this console failed the tier (never the password, only that it failed). */
  weakLogin?: { failed: RuleId[]; tier: TierId; at: number };
}

/** A credential the generators can make. */
export type GenerateItem =
  | { kind: 'password'; profile?: 'standard' | 'pbxExtension' }
  | { kind: 'passphrase'; language?: 'en' | 'de'; words?: number }
  | { kind: 'pin'; length?: number }
  | { kind: 'authId' };

export type GenerateResult = { values: string[]; entropyBits: number[] } | { error: LocalizedText };

/** A console password typed where it does not belong: what the in-page warning shows (never the password). */
export interface ReuseMatch {
  /** The console's name (label, or product and host) and product. */
  console: string;
  product: string;
  /** Where it was typed: the frame's host, from the browser. */
  typedOn: string;
  /** The console's own origin, for "change it now", when the allow-list names an exact one. */
  consoleOrigin?: string;
  /** The user may add this origin to the console's allow-list entry ("this is also my console"). */
  canTrust: boolean;
}

/** The protected consoles and the shared-password findings, as the popup and options list them. */
export interface ReuseOverview {
  enabled: boolean;
  locked: boolean;
  consoles: { key: string; name: string; product: string; at: number; source: 'signIn' | 'changePassword' | 'newUser' }[];
  /** Groups of consoles (names) whose current passwords are the same. */
  shared: string[][];
  problem?: string;
}

export interface Protocol {
  /**
   * `cheap`: the first stage of a page with a password field and no console hint (no text, links or walked ids);
   * `more` in the answer asks for the full snapshot, sent when the cheap one cannot rule a console out.
   * `used`: sent because a password field got the focus or a value (once per route): the reuse watcher goes in now.
   */
  'page/snapshot': Spec<{ snapshot: PageSnapshot; evaluations?: number; cheap?: boolean; used?: boolean }, { console: boolean; more?: boolean }, 'page'>;
  'console/context': Spec<{ lang?: string }, ConsoleContext | null, 'page'>;
  'console/leave': Spec<Record<string, never>, { ok: boolean }, 'page'>;
  /** The UI language's messages, for a content script whose chrome.i18n answers '' (see ui/message-bundle.ts). */
  'i18n/messages': Spec<{ lang?: string }, MessageBundle | null, 'page'>;
  /** The page fought the look-alike warning (covered it again and again): replace it with the block page. */
  'console/block': Spec<Record<string, never>, { ok: boolean }, 'page'>;
  /** Recovery-email findings for the console in this frame (login page: shown by the forgot-password link). */
  'recovery/status': Spec<Record<string, never>, RecoveryStatus | null, 'page'>;
  /** The address a console's settings page shows; learnt or compared with the recorded one. */
  'recovery/seen': Spec<{ email: string }, RecoveryStatus | null, 'page'>;
  /** The user answered "yes, I changed it" to a changed address, with a real click in the page. */
  'recovery/acceptSeen': Spec<Record<string, never>, UpdateResult, 'page'>;
  'recovery/forTab': Spec<{ tabId: number }, RecoveryStatus | null, 'extension'>;
  /** "I can receive mail at it today": for the tab's console, or a console of the allow-list by its key. */
  'recovery/confirm': Spec<{ tabId?: number; consoleKey?: string }, UpdateResult, 'extension'>;
  /** A console view after a sign-in began (plain facts, no values): the sign-in state machine's input. */
  'signin/view': Spec<{ view: SignInView }, SignInViewResponse | null, 'page'>;
  /** A password form was submitted on this console; `codeTyped`: a one-time-code field of it was typed into (never its value). */
  'signin/password': Spec<{ codeTyped?: boolean }, { ok: boolean }, 'page'>;
  /** The user handed the sign-in to an identity provider (its host, when the target was on another origin). */
  'signin/sso': Spec<{ idp?: string }, { ok: boolean }, 'page'>;
  'signin/forTab': Spec<{ tabId: number }, SignInStatus | null, 'extension'>;
  /** Every console with a recorded sign-in, for the options page. */
  'signin/all': Spec<Record<string, never>, SignInStatus[], 'extension'>;
  'tab/verdict': Spec<{ tabId: number }, TabVerdict | null, 'extension'>;
  /** Adds the origin of the tab's console (as the browser reported it) to the user's allow-list. */
  'allowlist/addTab': Spec<{ tabId: number; frameId: number; frameUrl: string }, UpdateResult, 'extension'>;
  'settings/get': Spec<Record<string, never>, SettingsView, 'extension'>;
  'settings/update': Spec<{ change: Partial<Settings>; expectRevision?: number }, UpdateResult, 'extension'>;
  'settings/import': Spec<{ text: string }, ImportResult, 'extension'>;
  'settings/export': Spec<Record<string, never>, { text: string }, 'extension'>;
  /**
   * Rates a password typed into a console field. `final`: the user paused, left the field or submits (the
   * online breach check runs only then). `use`: the password is being used (login submitted, or a new password
   * submitted, confirmed where it fails): the worker remembers a failing login and reports a weak password.
   * `length`: the field's real length in code points when the page sent only the start of a very long value.
   */
  'rate/password': Spec<
    { password: string; length?: number; field: RatingFieldInfo; context: RatingRequestContext; final?: boolean; use?: boolean; seq: number },
    RatingSummary | null,
    'page'
  >;
  /**
   * The verdict a one-character value gets in this field of the sender's console, rated like any value but
   * neither recorded nor shown: the meter's unseen stand-in while the user is in the field and has not typed.
   */
  'rate/sample': Spec<{ context: RatingRequestContext }, RatingSummary | null, 'page'>;
  /** A console page with password fields: load the estimator and the breach list now, before the first key. */
  'rate/warm': Spec<Record<string, never>, { ok: boolean }, 'page'>;
  /** Generates credentials to fill into this console's form (the user clicked "Generate" in the page). */
  'generate/fill': Spec<{ items: GenerateItem[]; context: RatingRequestContext }, GenerateResult, 'page'>;
  'rating/forTab': Spec<{ tabId: number }, TabRatingInfo | null, 'extension'>;
  /** Generates one credential for the popup (tier and breach list applied). */
  /** `tabId`: the tab whose console the credential is for (its product name and host are kept out of it). */
  'generate/credential': Spec<{ item: GenerateItem; tabId?: number }, GenerateResult, 'extension'>;
  /** Copies a generated value; the clipboard is cleared after clipboardClearSeconds (with onlyIfUnchanged: if it still holds it). */
  'clipboard/copy': Spec<{ text: string }, { ok: boolean; clearAfterSeconds: number; onlyIfUnchanged: boolean }, 'extension'>;
  /** What a console page reveals of its version (asset URLs, metas, a bit of text); the advisories that apply. */
  'advisory/facts': Spec<{ facts: PageFacts }, AdvisoryFinding[] | null, 'page'>;
  'advisory/forTab': Spec<{ tabId: number }, AdvisoryFinding[] | null, 'extension'>;
  /**
   * Values of a password field the reuse watcher saw (at most a few: the field, split inputs joined). `active`: the
   * user was interacting with the frame when they changed; `atSubmit`: read when the form was being submitted.
   * The worker compares them with the stored fingerprints and drops them.
   */
  'reuse/check': Spec<{ values: string[]; active: boolean; atSubmit?: boolean }, ReuseMatch | null, 'page'>;
  /** The reuse warning's actions (real clicks): leave the page, open the console to change it, trust this origin. */
  'reuse/leave': Spec<Record<string, never>, { ok: boolean }, 'page'>;
  'reuse/openConsole': Spec<Record<string, never>, { ok: boolean }, 'page'>;
  'reuse/trustOrigin': Spec<Record<string, never>, UpdateResult, 'page'>;
  'reuse/list': Spec<Record<string, never>, ReuseOverview, 'extension'>;
  'reuse/remove': Spec<{ key: string }, ReuseOverview, 'extension'>;
}

export type MessageType = keyof Protocol;
export type Request<T extends MessageType = MessageType> = { type: T } & Protocol[T]['req'];
export type Response<T extends MessageType> = Protocol[T]['res'];

/** Which sender kind each message type accepts; the router refuses everything else. */
export const MESSAGE_SENDERS: { readonly [T in MessageType]: Protocol[T]['from'] } = {
  'page/snapshot': 'page',
  'console/context': 'page',
  'console/leave': 'page',
  'i18n/messages': 'page',
  'console/block': 'page',
  'recovery/status': 'page',
  'recovery/seen': 'page',
  'recovery/acceptSeen': 'page',
  'recovery/forTab': 'extension',
  'recovery/confirm': 'extension',
  'signin/view': 'page',
  'signin/password': 'page',
  'signin/sso': 'page',
  'signin/forTab': 'extension',
  'signin/all': 'extension',
  'tab/verdict': 'extension',
  'allowlist/addTab': 'extension',
  'settings/get': 'extension',
  'settings/update': 'extension',
  'settings/import': 'extension',
  'settings/export': 'extension',
  'rate/password': 'page',
  'rate/sample': 'page',
  'rate/warm': 'page',
  'generate/fill': 'page',
  'rating/forTab': 'extension',
  'generate/credential': 'extension',
  'clipboard/copy': 'extension',
  'advisory/facts': 'page',
  'advisory/forTab': 'extension',
  'reuse/check': 'page',
  'reuse/leave': 'page',
  'reuse/openConsole': 'page',
  'reuse/trustOrigin': 'page',
  'reuse/list': 'extension',
  'reuse/remove': 'extension',
};

export function isRequest(raw: unknown): raw is Request {
  return typeof raw === 'object' && raw !== null && typeof (raw as { type?: unknown }).type === 'string' && Object.hasOwn(MESSAGE_SENDERS, (raw as { type: string }).type);
}

export type Handlers<Ctx> = { [T in MessageType]: (req: Request<T>, ctx: Ctx) => Promise<Response<T>> | Response<T> };

/** Dispatches one request to its handler after checking the sender kind. Errors become `{ error }` responses. */
export async function dispatch<Ctx>(handlers: Handlers<Ctx>, raw: unknown, senderKind: SenderKind, ctx: Ctx): Promise<unknown> {
  if (!isRequest(raw)) return { error: 'unknown message' };
  if (MESSAGE_SENDERS[raw.type] !== senderKind) return { error: `${raw.type} is not accepted from ${senderKind}` };
  const handler = handlers[raw.type] as (req: Request, ctx: Ctx) => unknown;
  try {
    return await handler(raw, ctx);
  } catch (e) {
    return { error: e instanceof Error ? e.message : String(e) };
  }
}

/** A text the pure core produces in both languages; the UI picks one. */
export interface LocalizedText {
  en: string;
  de: string;
}

/** The language the UI speaks for a browser UI language tag (`de`, `de-AT` … German; anything else English). */
export const uiLanguageOf = (tag: string): keyof LocalizedText => (tag.toLowerCase().startsWith('de') ? 'de' : 'en');
