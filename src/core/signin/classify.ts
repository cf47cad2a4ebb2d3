import { signInFactsFor } from './products';
import type { SignInView, ViewJudgement } from './view';

/**
 * A field asking for a one-time code, by its attributes (`type name id autocomplete placeholder label`). Names joined
 * with an underscore count too: GLPI 11's code step is six `totp_code[]` boxes without label or placeholder, FusionPBX's
 * is `authentication_code` (both read from the products' templates; see products.ts).
 */
const CODE_INPUT =
  /\bone-time-code\b|\b(?:(?:otp|totp|hotp|mfa|2fa)(?:_(?:code|token))?|passcode|twofactor\w*|two_factor\w*|securitycode|security_code|verificationcode|verification_code|authcode|auth_code|tfa\w*)\b|\b(?:security|verification|authentication|authenticator|one-time|2fa|mfa)[ _-]?code\b|\bcode (?:from|of) (?:your|the) (?:authenticator|app)\b|sicherheitscode|bestätigungscode|best[aä]tigungs-?code|verifizierungscode|authentifizierungscode|einmal(?:code|passwort|kennwort)|2-?faktor|two-?factor token|2 factor token/i;

/** Texts of a second-factor step, English and German. */
const CODE_TEXT =
  /\b(?:verification|security|authentication|one-time|2fa|mfa) code\b|\btwo-(?:factor|step) (?:authentication|verification)\b|\b2FA\b|\bMFA\b|\bauthenticator app\b|sicherheitscode|bestätigungscode|verifizierungscode|authentifizierungscode|zwei-faktor|2-faktor|zweistufige|einmal(?:code|passwort|kennwort)/i;

/** A WebAuthn / passkey prompt the page announces. */
const WEBAUTHN_TEXT = /\b(?:security key|passkey|use your (?:device|fingerprint|face)|touch your (?:security )?key|webauthn|fido2?)\b|sicherheitsschl[üu]ssel|hauptschl[üu]ssel|\bpasskeys?\b/i;

/** A way out: only a signed-in view offers to sign out. */
const SIGN_OUT_TEXT = /\b(?:log ?out|sign ?out|log off|sign off)\b|\babmelden\b|\bausloggen\b/i;
const SIGN_OUT_LINK = /(?:^|[/#=?&_.-])(?:logout|log_out|signout|sign_out|logoff)(?:$|[/.?#&_-])/i;

const anyMatch = (patterns: readonly RegExp[] | undefined, route: string) => !!patterns?.some((p) => p.test(route));

/**
 * What a console view is in the sign-in sequence, for the product `productId`:
 * - `password`: a login form (one password field, no way to sign out);
 * - `secondFactor`: a step that asks for a one-time code or a security key, before any signed-in view;
 * - `signedIn`: the console as a signed-in user sees it (a way to sign out, or a route only signed-in users reach);
 * - `other`: anything else (a loading shell, an error page, a forgot-password page).
 * A signed-in page that merely talks about 2FA (a settings page with "Enable 2FA") is `signedIn`: the way out decides.
 */
/** Whether an input, described as a view's `inputs` entry, asks for a one-time code (the console watcher's first-key test). */
export function isCodeInput(description: string): boolean {
  return CODE_INPUT.test(description);
}

export function classifyView(productId: string, view: SignInView): ViewJudgement {
  const facts = signInFactsFor(productId);
  const route = `${view.path}${view.hash}`;
  const signOut = SIGN_OUT_TEXT.test(view.text) || view.links.some((l) => SIGN_OUT_LINK.test(l));
  const onLoginRoute = anyMatch(facts.loginRoutes, route);
  const codeField = view.inputs.some((i) => CODE_INPUT.test(i));
  const codeText = CODE_TEXT.test(view.text);

  const onSignedInRoute = anyMatch(facts.signedInRoutes, route) && !onLoginRoute;
  // A login form has one password field; two or more (current, new, confirm) are a change-password form.
  if (view.passwordFields === 1 && !signOut) {
    // A code field beside the password (Znuny/OTRS's token) is no step of its own: the submit says whether it was used.
    return codeField ? { kind: 'password', codeOnLoginForm: true } : { kind: 'password' };
  }
  // A signed-in page may well ask for a code (setting up 2FA) or talk about it ("Enable 2FA"): the way out and the
  // product's signed-in routes decide first.
  if (signOut || onSignedInRoute) return { kind: 'signedIn' };
  if (view.passwordFields > 1) return { kind: 'other' };
  if (codeField) return { kind: 'secondFactor', factor: 'otp' };
  if (WEBAUTHN_TEXT.test(view.text)) return { kind: 'secondFactor', factor: 'webauthn' };
  // A text alone is a step only where the page also offers somewhere to answer it.
  if (codeText && view.inputs.length > 0) return { kind: 'secondFactor', factor: 'otp' };
  return { kind: 'other' };
}

/** An identity provider the console hands the sign-in to, by the link's or form's target host and path. */
const IDP_HOST =
  /(?:^|\.)(?:login\.microsoftonline\.(?:com|us|de)|login\.microsoft\.com|login\.live\.com|accounts\.google\.com|okta\.com|oktapreview\.com|okta-emea\.com|auth0\.com|onelogin\.com|duosecurity\.com|pingidentity\.com|pingone\.(?:com|eu)|id\.atlassian\.com|jumpcloud\.com|keycloak\.[a-z.]+|adfs\.[a-z0-9.-]+|sts\.[a-z0-9.-]+)$/i;
const SSO_PATH = /\/(?:saml2?|sso|oauth2?|oidc|openid(?:-connect)?|adfs|auth\/(?:saml|microsoft_office365|microsoft|google_oauth2|azure|openid_connect|oidc|sso))(?:\/|$|\?)|\/access\/sso\b|[?&]sso\b/i;
const SSO_TEXT =
  /\b(?:single sign-on|sign in with (?:sso|microsoft|google|azure|okta|office ?365|saml|your (?:organi[sz]ation|company))|log ?in with (?:sso|microsoft|google|azure|okta|office ?365|saml)|continue with (?:microsoft|google|sso|okta)|use sso|sso login|saml)\b|anmelden mit (?:sso|microsoft|google|office ?365|okta)|mit (?:microsoft|google|sso) anmelden|einmalanmeldung/i;

/**
 * Whether a control the user clicked hands the sign-in to an identity provider: its target (absolute URL, or
 * path on the console) or its text says so. Returns the provider's host when the target is on another origin.
 */
export function ssoHandOff(target: { href?: string; text?: string }, consoleOrigin: string): { idp?: string } | null {
  const text = (target.text ?? '').slice(0, 200);
  let url: URL | undefined;
  try {
    url = target.href ? new URL(target.href, consoleOrigin) : undefined;
  } catch {
    url = undefined;
  }
  const offOrigin = url && (url.protocol === 'https:' || url.protocol === 'http:') && url.origin !== consoleOrigin ? url.hostname : undefined;
  if (offOrigin && IDP_HOST.test(offOrigin)) return { idp: offOrigin };
  if (url && SSO_PATH.test(`${url.pathname}${url.search}`)) return offOrigin ? { idp: offOrigin } : {};
  if (SSO_TEXT.test(text)) return offOrigin ? { idp: offOrigin } : {};
  return null;
}
