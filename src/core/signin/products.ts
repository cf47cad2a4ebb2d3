/**
 * Per product: how its sign-in shows the steps the watcher tells apart. Keyed by catalogue product id; products without
 * an entry are judged by the generic signs alone (classify.ts). Only public facts. Where each product's documentation
 * says a second factor is switched on lives apart, in switch-on.ts: those texts are the worker's, and this module is
 * bundled into the console module too.
 */
export interface SignInFacts {
  /** Routes (`path` + `hash`, no query) of the product's login page: never a signed-in view. */
  loginRoutes?: RegExp[];
  /** Routes only a signed-in user reaches. */
  signedInRoutes?: RegExp[];
}

export const SIGNIN_FACTS: Readonly<Record<string, SignInFacts>> = {
  /**
   * 3CX V18 Update 4+/V20: "2FA aktivieren" per user in the admin console; the next sign-in asks for a
   * "Sicherheitscode"/security code (GetAccessToken takes SecurityCode beside Username and Password).
   */
  '3cx': {
    loginRoutes: [/#\/login\b/, /#\/forgot-password/],
    signedInRoutes: [/#\/office(?:\/|$)/, /#\/app\//],
  },
  /** FreePBX (Sangoma) "PBX MFA" module: after the password a prompt asks for a verification code; "Trust this device for 7 days". */
  freepbx: {
    loginRoutes: [/^\/admin\/config\.php$/],
  },
  /** osTicket 1.17+: 2FA backends; staff login.php then shows the backend's code form ("2FA Pending", "Verify", do=2fa). */
  osticket: {
    loginRoutes: [/^\/scp\/(?:login|pwreset)\.php$/],
    signedInRoutes: [/^\/scp\/(?:index|tickets|profile|dashboard|users|directory|admin)\.php$/],
  },
  /** Zammad 6.0+: authenticator app and security keys; after the password the login asks for a "Security Code". */
  zammad: {
    loginRoutes: [/#login\b/, /#password_reset/, /^\/desktop\/login/],
    signedInRoutes: [/#(?:dashboard|ticket|manage|profile|search|customer_ticket)/, /^\/desktop\/(?!login)/],
  },
  zendesk: {
    loginRoutes: [/^\/access\/(?:login|normal|unauthenticated)/, /^\/auth\/v2\/login/],
    signedInRoutes: [/^\/agent(?:\/|$)/, /^\/admin(?:\/|$)/],
  },
  /** Jira Cloud signs in at id.atlassian.com (an SSO hand-off from the console's view): the Atlassian account owns 2FA. */
  'jira-service-management': {
    loginRoutes: [/^\/login\.jsp$/, /^\/servicedesk\/customer\/user\/login/],
    signedInRoutes: [/^\/secure\//, /^\/jira\//, /^\/browse\//, /^\/plugins\/servlet\/desk/],
  },
};

export function signInFactsFor(productId: string): SignInFacts {
  return Object.hasOwn(SIGNIN_FACTS, productId) ? SIGNIN_FACTS[productId]! : {};
}
