import type { LocalizedText } from '../messages';

/**
 * Per product: how its sign-in shows the steps the watcher tells apart, and where its documentation says a second
 * factor is switched on. Keyed by catalogue product id; products without an entry are judged by the generic
 * signs alone (classify.ts) and get no "where to switch it on" text. Only public facts: a product whose second
 * factor could not be recognised from public documentation or source has no entry here (see README).
 */
export interface SignInFacts {
  /** Routes (`path` + `hash`, no query) of the product's login page: never a signed-in view. */
  loginRoutes?: RegExp[];
  /** Routes only a signed-in user reaches. */
  signedInRoutes?: RegExp[];
  /** Where to switch a second factor on. */
  switchOn?: LocalizedText;
}

export const SIGNIN_FACTS: Readonly<Record<string, SignInFacts>> = {
  /**
   * 3CX V18 Update 4+/V20: "2FA aktivieren" per user in the admin console; the next sign-in asks for a
   * "Sicherheitscode"/security code (GetAccessToken takes SecurityCode beside Username and Password).
   */
  '3cx': {
    loginRoutes: [/#\/login\b/, /#\/forgot-password/],
    signedInRoutes: [/#\/office(?:\/|$)/, /#\/app\//],
    switchOn: {
      en: 'Admin console › Users › select the user › tick “Enable 2FA” and save; the next sign-in asks for the security code from an authenticator app.',
      de: 'Adminkonsole › Benutzer › Benutzer wählen › Haken bei „2FA aktivieren“ setzen und speichern; die nächste Anmeldung fragt nach dem Sicherheitscode aus einer Authenticator-App.',
    },
  },
  /** bvoip's control portal enforces MFA for every admin, without opt-out (seed 002). */
  bvoip: {
    switchOn: {
      en: 'bvoip’s control portal makes MFA mandatory for administrators; a sign-in without it is worth raising with bvoip support.',
      de: 'Das bvoip-Kontrollportal schreibt MFA für Administratoren verpflichtend vor; eine Anmeldung ohne MFA sollten Sie dem bvoip-Support melden.',
    },
  },
  /** FreePBX (Sangoma) "PBX MFA" module: after the password a prompt asks for a verification code; "Trust this device for 7 days". */
  freepbx: {
    loginRoutes: [/^\/admin\/config\.php$/],
    switchOn: {
      en: 'FreePBX: Admin › PBX MFA (Multi-factor Authentication): enable MFA, choose the method (authenticator app, email, call) and that it applies to administrators.',
      de: 'FreePBX: Admin › PBX MFA (Multi-factor Authentication): MFA einschalten, Methode wählen (Authenticator-App, E-Mail, Anruf) und für Administratoren gelten lassen.',
    },
  },
  /** osTicket 1.17+: 2FA backends; staff login.php then shows the backend's code form ("2FA Pending", "Verify", do=2fa). */
  osticket: {
    loginRoutes: [/^\/scp\/(?:login|pwreset)\.php$/],
    signedInRoutes: [/^\/scp\/(?:index|tickets|profile|dashboard|users|directory|admin)\.php$/],
    switchOn: {
      en: 'osTicket: Agent panel › My Profile › Preferences › Default 2FA (the administrator first enables a 2FA backend under Admin panel › Manage › Plugins).',
      de: 'osTicket: Agentenbereich › Mein Profil › Einstellungen › Standard-2FA (zuvor aktiviert der Administrator ein 2FA-Verfahren unter Admin-Bereich › Verwalten › Plugins).',
    },
  },
  /** Zammad 6.0+: authenticator app and security keys; after the password the login asks for a "Security Code". */
  zammad: {
    loginRoutes: [/#login\b/, /#password_reset/, /^\/desktop\/login/],
    signedInRoutes: [/#(?:dashboard|ticket|manage|profile|search|customer_ticket)/, /^\/desktop\/(?!login)/],
    switchOn: {
      en: 'Zammad: Avatar › Profile › Password & Authentication › Two-factor Authentication (the administrator enables the methods under Settings › Security › Two-factor Authentication).',
      de: 'Zammad: Avatar › Profil › Passwort & Authentifizierung › Zwei-Faktor-Authentifizierung (der Administrator schaltet die Verfahren unter Einstellungen › Sicherheit › Zwei-Faktor-Authentifizierung frei).',
    },
  },
  /** Znuny/OTRS: Google Authenticator (RFC 6238) token on the login form once a shared secret is set in the preferences. */
  znuny: {
    switchOn: {
      en: 'Znuny: Avatar › Personal Preferences › User Profile › Google Authenticator: generate a shared secret (needs PreferencesGroups###GoogleAuthenticatorSecretKey in the system configuration).',
      de: 'Znuny: Avatar › Persönliche Einstellungen › Benutzerprofil › Google Authenticator: ein gemeinsames Geheimnis erzeugen (setzt PreferencesGroups###GoogleAuthenticatorSecretKey in der Systemkonfiguration voraus).',
    },
  },
  otrs: {
    switchOn: {
      en: 'OTRS: Avatar › Personal Preferences › User Profile › Google Authenticator: generate a shared secret (needs PreferencesGroups###GoogleAuthenticatorSecretKey in the system configuration).',
      de: 'OTRS: Avatar › Persönliche Einstellungen › Benutzerprofil › Google Authenticator: ein gemeinsames Geheimnis erzeugen (setzt PreferencesGroups###GoogleAuthenticatorSecretKey in der Systemkonfiguration voraus).',
    },
  },
  zendesk: {
    loginRoutes: [/^\/access\/(?:login|normal|unauthenticated)/, /^\/auth\/v2\/login/],
    signedInRoutes: [/^\/agent(?:\/|$)/, /^\/admin(?:\/|$)/],
    switchOn: {
      en: 'Zendesk: Admin Center › Account › Security › Team member authentication › Require two-factor authentication; each person sets it up under their profile’s security settings.',
      de: 'Zendesk: Admin Center › Konto › Sicherheit › Authentifizierung von Teammitgliedern › Zwei-Faktor-Authentifizierung erforderlich; jede Person richtet sie in den Sicherheitseinstellungen ihres Profils ein.',
    },
  },
  /** Jira Cloud signs in at id.atlassian.com (an SSO hand-off from the console's view): the Atlassian account owns 2FA. */
  'jira-service-management': {
    loginRoutes: [/^\/login\.jsp$/, /^\/servicedesk\/customer\/user\/login/],
    signedInRoutes: [/^\/secure\//, /^\/jira\//, /^\/browse\//, /^\/plugins\/servlet\/desk/],
    switchOn: {
      en: 'Jira (Atlassian cloud): Atlassian account › Account settings › Security › Two-step verification; organisation admins can enforce it in an authentication policy.',
      de: 'Jira (Atlassian Cloud): Atlassian-Konto › Kontoeinstellungen › Sicherheit › Zweistufige Verifizierung; Organisationsadministratoren können sie in einer Authentifizierungsrichtlinie erzwingen.',
    },
  },
};

export function signInFactsFor(productId: string): SignInFacts {
  return Object.hasOwn(SIGNIN_FACTS, productId) ? SIGNIN_FACTS[productId]! : {};
}
