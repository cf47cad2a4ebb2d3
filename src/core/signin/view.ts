/**
 * What the sign-in watcher reads of a console view: plain, bounded data the console module collects (never a
 * field's value) and the service worker judges. A view is what the page shows after a route change or once its
 * DOM has settled.
 */
export interface SignInView {
  /** The view's path and hash route, without query (queries can carry tokens). */
  path: string;
  hash: string;
  /** Visible password fields. */
  passwordFields: number;
  /** Visible inputs as `type name id autocomplete placeholder label` lines (never their values). */
  inputs: string[];
  /** Short visible text: headings, labels, buttons, links. */
  text: string;
  /** Targets of the view's links and forms, as path + hash (no query). */
  links: string[];
}

export type ViewKind = 'password' | 'secondFactor' | 'signedIn' | 'other';

/** How a second factor showed itself. */
export type SecondFactorKind = 'otp' | 'webauthn';

export interface ViewJudgement {
  kind: ViewKind;
  /** For a second-factor view: how it showed itself. */
  factor?: SecondFactorKind;
  /** The login form also asks for a one-time code (Znuny/OTRS: the token field sits beside the password). */
  codeOnLoginForm?: boolean;
}

export const MAX_VIEW = { inputs: 40, input: 200, text: 3000, links: 60, link: 200, path: 300 } as const;

/** A view as the worker accepts it from a page: every field typed and capped, whatever the page sent. */
export function parseSignInView(raw: unknown): SignInView | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const r = raw as Record<string, unknown>;
  const str = (v: unknown, n: number) => (typeof v === 'string' ? v.slice(0, n) : '');
  const list = (v: unknown, max: number, n: number) => (Array.isArray(v) ? v.slice(0, max).filter((x): x is string => typeof x === 'string').map((x) => x.slice(0, n)) : []);
  const count = Number(r['passwordFields']);
  return {
    path: str(r['path'], MAX_VIEW.path),
    hash: str(r['hash'], MAX_VIEW.path),
    passwordFields: Number.isInteger(count) && count >= 0 ? Math.min(count, 50) : 0,
    inputs: list(r['inputs'], MAX_VIEW.inputs, MAX_VIEW.input),
    text: str(r['text'], MAX_VIEW.text),
    links: list(r['links'], MAX_VIEW.links, MAX_VIEW.link),
  };
}
