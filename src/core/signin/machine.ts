import type { SecondFactorKind, ViewJudgement } from './view';

/**
 * The sign-in state machine of one console in one tab. Inputs are what the console module saw (a password form
 * submitted, a hand-off to an identity provider, a view judged by classifyView); the output, once the signed-in
 * view appears, is a verdict on how the user got in. Pure: the worker keeps the state between messages.
 *
 *   idle ──password──▶ password ──secondFactor view──▶ secondFactor ──signedIn──▶ verdict secondFactor
 *                         │                                                 (also: a code typed on the login form)
 *                         └──────────signedIn──────────▶ verdict passwordOnly
 *   idle ──sso──▶ sso ──signedIn──▶ verdict sso
 *
 * A failed sign-in (the login form again) and a signed-in view without a sign-in (an old session) give no verdict.
 */
export type SignInState =
  | { stage: 'idle' }
  | { stage: 'password'; at: number; codeTyped: boolean }
  | { stage: 'secondFactor'; at: number; factor: SecondFactorKind }
  | { stage: 'sso'; at: number; idp?: string };

export type SignInEvent =
  | { kind: 'password'; at: number; /** The user typed into a one-time-code field of the submitted form (never its value). */ codeTyped: boolean }
  | { kind: 'sso'; at: number; idp?: string }
  | { kind: 'view'; at: number; view: ViewJudgement };

export type SignInVerdict = { kind: 'passwordOnly' } | { kind: 'secondFactor'; factor: SecondFactorKind } | { kind: 'sso'; idp?: string };

/** How long a sign-in may take from the password to the signed-in view (typing a code, fetching a key). */
export const SIGNIN_WINDOW_MS = 10 * 60_000;

export const IDLE: SignInState = { stage: 'idle' };

export function step(state: SignInState, event: SignInEvent): { state: SignInState; verdict?: SignInVerdict } {
  const current = state.stage !== 'idle' && (event.at - state.at > SIGNIN_WINDOW_MS || event.at < state.at) ? IDLE : state;
  switch (event.kind) {
    case 'password':
      return { state: { stage: 'password', at: event.at, codeTyped: event.codeTyped } };
    case 'sso':
      return { state: { stage: 'sso', at: event.at, ...(event.idp ? { idp: event.idp } : {}) } };
    case 'view': {
      const view = event.view;
      if (current.stage === 'idle') return { state: current };
      if (view.kind === 'secondFactor') {
        // A second-factor step after an SSO hand-off is the IdP's or the console's own: either way a second factor.
        return { state: { stage: 'secondFactor', at: current.at, factor: view.factor ?? 'otp' } };
      }
      if (view.kind !== 'signedIn') {
        // The login form again after a password: the sign-in failed or is being retried. Wait for the next submit.
        return { state: current };
      }
      switch (current.stage) {
        case 'password':
          return { state: IDLE, verdict: current.codeTyped ? { kind: 'secondFactor', factor: 'otp' } : { kind: 'passwordOnly' } };
        case 'secondFactor':
          return { state: IDLE, verdict: { kind: 'secondFactor', factor: current.factor } };
        case 'sso':
          return { state: IDLE, verdict: { kind: 'sso', ...(current.idp ? { idp: current.idp } : {}) } };
      }
    }
  }
}

/** A stored state as the worker reads it back: anything malformed is idle. */
export function parseSignInState(raw: unknown): SignInState {
  if (typeof raw !== 'object' || raw === null) return IDLE;
  const r = raw as Record<string, unknown>;
  const at = typeof r['at'] === 'number' && Number.isFinite(r['at']) ? r['at'] : undefined;
  if (at === undefined) return IDLE;
  if (r['stage'] === 'password') return { stage: 'password', at, codeTyped: r['codeTyped'] === true };
  if (r['stage'] === 'secondFactor') {
    const factor = r['factor'] === 'webauthn' ? 'webauthn' : 'otp';
    return { stage: 'secondFactor', at, factor };
  }
  if (r['stage'] === 'sso') return { stage: 'sso', at, ...(typeof r['idp'] === 'string' ? { idp: r['idp'].slice(0, 253) } : {}) };
  return IDLE;
}
