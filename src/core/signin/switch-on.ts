import type { LocalizedText } from '../messages';

/**
 * Where each product's documentation says a second factor is switched on, in English and German: shown with the
 * noSecondFactor finding. Keyed by catalogue product id. Only public facts, a source per entry; a product whose second
 * factor could not be placed from public documentation or source has no entry (see README), rather than a guess.
 * German labels are the product's own where its translation is public (named so), otherwise a faithful rendering.
 */
export const SWITCH_ON: Readonly<Record<string, LocalizedText>> = {
  /**
   * 3CX V18 Update 4+/V20: "2FA aktivieren" per user in the admin console; the next sign-in asks for a
   * "Sicherheitscode"/security code (GetAccessToken takes SecurityCode beside Username and Password).
   */
  '3cx': {
    en: 'Admin console › Users › select the user › tick “Enable 2FA” and save; the next sign-in asks for the security code from an authenticator app.',
    de: 'Adminkonsole › Benutzer › Benutzer wählen › Haken bei „2FA aktivieren“ setzen und speichern; die nächste Anmeldung fragt nach dem Sicherheitscode aus einer Authenticator-App.',
  },
  /** bvoip's control portal enforces MFA for every admin, without opt-out (seed 002). */
  bvoip: {
    en: 'bvoip’s control portal makes MFA mandatory for administrators; a sign-in without it is worth raising with bvoip support.',
    de: 'Das bvoip-Kontrollportal schreibt MFA für Administratoren verpflichtend vor; eine Anmeldung ohne MFA sollten Sie dem bvoip-Support melden.',
  },
  /** FreePBX (Sangoma) "PBX MFA" module: after the password a prompt asks for a verification code; "Trust this device for 7 days". */
  freepbx: {
    en: 'FreePBX: Admin › PBX MFA (Multi-factor Authentication): enable MFA, choose the method (authenticator app, email, call) and that it applies to administrators.',
    de: 'FreePBX: Admin › PBX MFA (Multi-factor Authentication): MFA einschalten, Methode wählen (Authenticator-App, E-Mail, Anruf) und für Administratoren gelten lassen.',
  },
  /** osTicket 1.17+: 2FA backends; staff login.php then shows the backend's code form ("2FA Pending", "Verify", do=2fa). */
  osticket: {
    en: 'osTicket: Agent panel › My Profile › Preferences › Default 2FA (the administrator first enables a 2FA backend under Admin panel › Manage › Plugins).',
    de: 'osTicket: Agentenbereich › Mein Profil › Einstellungen › Standard-2FA (zuvor aktiviert der Administrator ein 2FA-Verfahren unter Admin-Bereich › Verwalten › Plugins).',
  },
  /** Zammad 6.0+: authenticator app and security keys; after the password the login asks for a "Security Code". */
  zammad: {
    en: 'Zammad: Avatar › Profile › Password & Authentication › Two-factor Authentication (the administrator enables the methods under Settings › Security › Two-factor Authentication).',
    de: 'Zammad: Avatar › Profil › Passwort & Authentifizierung › Zwei-Faktor-Authentifizierung (der Administrator schaltet die Verfahren unter Einstellungen › Sicherheit › Zwei-Faktor-Authentifizierung frei).',
  },
  /** Znuny/OTRS: Google Authenticator (RFC 6238) token on the login form once a shared secret is set in the preferences. */
  znuny: {
    en: 'Znuny: Avatar › Personal Preferences › User Profile › Google Authenticator: generate a shared secret (needs PreferencesGroups###GoogleAuthenticatorSecretKey in the system configuration).',
    de: 'Znuny: Avatar › Persönliche Einstellungen › Benutzerprofil › Google Authenticator: ein gemeinsames Geheimnis erzeugen (setzt PreferencesGroups###GoogleAuthenticatorSecretKey in der Systemkonfiguration voraus).',
  },
  otrs: {
    en: 'OTRS: Avatar › Personal Preferences › User Profile › Google Authenticator: generate a shared secret (needs PreferencesGroups###GoogleAuthenticatorSecretKey in the system configuration).',
    de: 'OTRS: Avatar › Persönliche Einstellungen › Benutzerprofil › Google Authenticator: ein gemeinsames Geheimnis erzeugen (setzt PreferencesGroups###GoogleAuthenticatorSecretKey in der Systemkonfiguration voraus).',
  },
  zendesk: {
    en: 'Zendesk: Admin Center › Account › Security › Team member authentication › Require two-factor authentication; each person sets it up under their profile’s security settings.',
    de: 'Zendesk: Admin Center › Konto › Sicherheit › Authentifizierung von Teammitgliedern › Zwei-Faktor-Authentifizierung erforderlich; jede Person richtet sie in den Sicherheitseinstellungen ihres Profils ein.',
  },
  /** Jira Cloud signs in at id.atlassian.com (an SSO hand-off from the console's view): the Atlassian account owns 2FA. */
  'jira-service-management': {
    en: 'Jira (Atlassian cloud): Atlassian account › Account settings › Security › Two-step verification; organisation admins can enforce it in an authentication policy.',
    de: 'Jira (Atlassian Cloud): Atlassian-Konto › Kontoeinstellungen › Sicherheit › Zweistufige Verifizierung; Organisationsadministratoren können sie in einer Authentifizierungsrichtlinie erzwingen.',
  },

  // Added from public facts in a second pass (issue 17's closing list).

  /**
   * GLPI 11: a "Two-factor authentication (2FA)" tab in My settings (src/Preference.php), "Enforce 2FA" under Setup ›
   * General › Security and per entity, profile or group (templates/pages/setup/general/security_setup.html.twig,
   * templates/pages/2fa/2fa_config.html.twig); the code step is front/login.php with six `totp_code[]` boxes,
   * "Please enter the code from your authenticator app" (templates/pages/2fa/2fa_request.html.twig,
   * glpi-project/glpi@065763d7). German: faithful rendering.
   */
  glpi: {
    en: 'GLPI 11: My settings › Two-factor authentication (2FA): scan the QR code with an authenticator app and confirm with a code; administrators can enforce it under Setup › General › Security › “Enforce 2FA”, or per entity, profile or group.',
    de: 'GLPI 11: Meine Einstellungen › Zwei-Faktor-Authentifizierung (2FA): den QR-Code mit einer Authenticator-App scannen und mit einem Code bestätigen; Administratoren können sie unter Einrichten › Allgemein › Sicherheit › „2FA erzwingen“ oder je Entität, Profil oder Gruppe vorschreiben.',
  },
  /**
   * FusionPBX 5: Default Settings › authentication › methods (`totp`, `email`; off by default: core/authentication/
   * app_config.php); the code step asks for an "Authentication Code" (`authentication_code`, core/authentication/
   * resources/views/totp.htm); each user's TOTP under Account Profile (core/users/user_profile.php).
   * fusionpbx/fusionpbx@c7a00dc. German menu names are FusionPBX's own (app_menu.php: Erweitert, Standardeinstellungen,
   * Kontoeinstellungen).
   */
  fusionpbx: {
    en: 'FusionPBX: Advanced › Default Settings › Authentication: enable the “methods” entry “totp” (authenticator app) or “email” (code by email); each user scans the QR code at the next sign-in or under Account Profile › TOTP.',
    de: 'FusionPBX: Erweitert › Standardeinstellungen › Authentication: den Eintrag „methods“ mit „totp“ (Authenticator-App) oder „email“ (Code per E-Mail) aktivieren; jeder Benutzer scannt den QR-Code bei der nächsten Anmeldung oder unter Kontoeinstellungen › TOTP.',
  },
  /**
   * OTOBO (OTRS 6 fork): AuthTwoFactorModule (Kernel::System::Auth::TwoFactor::GoogleAuthenticator, off by default) and
   * PreferencesGroups###GoogleAuthenticatorSecretKey in the User Profile group (Kernel/Config/Files/XML/Framework.xml);
   * the login form then has a "2 Factor Token" field `TwoFactorToken` (Kernel/Output/HTML/Templates/Standard/Login.tt).
   * German labels from Kernel/Language/de.pm. RotherOSS/otobo@9f0e4d9.
   */
  otobo: {
    en: 'OTOBO: the administrator activates AuthTwoFactorModule (Google Authenticator) in the system configuration; each agent then enters a shared secret under Avatar › Personal Preferences › User Profile › Google Authenticator, and the login asks for the 2 Factor Token.',
    de: 'OTOBO: der Administrator aktiviert AuthTwoFactorModule (Google Authenticator) in der Systemkonfiguration; danach trägt jeder Agent unter Avatar › Persönliche Einstellungen › Benutzerprofil › Google Authenticator ein gemeinsames Geheimnis ein, und die Anmeldung fragt nach dem 2-Faktor-Token.',
  },
  /**
   * FreeScout: the Two-Factor Authentication module (TOTP, recovery codes): each user sets it up on their profile page,
   * administrators can require it under Manage › Settings › Two-Factor Auth (freescout.net/module/two-factor-authentication).
   * German menu names from resources/lang/de.json (freescout-helpdesk/freescout@7c3e57a).
   */
  freescout: {
    en: 'FreeScout (Two-Factor Authentication module): Your Profile › Two-Factor Authentication; administrators can require it for everyone under Manage › Settings › Two-Factor Auth.',
    de: 'FreeScout (Modul Two-Factor Authentication): Ihr Profil › Zwei-Faktor-Authentifizierung; Administratoren können sie für alle unter Verwalten › Einstellungen › Two-Factor Auth vorschreiben.',
  },
  /** Deskpro: Admin › Agents › Auth & SSO › Manage (TOTP Service, Email 2FA, "Require agents to set up 2FA"); agents: Agent Preferences › Security (support.deskpro.com/en-US/guides/admin-guide/agent-two-factor-authentication-2fa). */
  deskpro: {
    en: 'Deskpro: Admin › Agents › Auth & SSO › Manage: switch on “TOTP Service” or “Email 2FA” and “Require agents to set up 2FA”; each agent sets it up under Agent Preferences › Security.',
    de: 'Deskpro: Admin › Agents › Auth & SSO › Manage: „TOTP Service“ oder „Email 2FA“ und „Require agents to set up 2FA“ einschalten; jeder Agent richtet sie unter Agent Preferences › Security ein.',
  },
  /** Help Scout: avatar › Your Profile › Authentication › Security tab; administrators can require 2FA for all users (docs.helpscout.com/article/907-set-up-two-factor-authentication). */
  'help-scout': {
    en: 'Help Scout: avatar › Your Profile › Authentication › Security: switch on two-factor authentication (authenticator app or text message); account administrators can require it for all users.',
    de: 'Help Scout: Avatar › Your Profile › Authentication › Security: Zwei-Faktor-Authentifizierung einschalten (Authenticator-App oder SMS); Kontoadministratoren können sie für alle Benutzer vorschreiben.',
  },
  /**
   * Freshdesk/Freshservice sign in through the Freshworks account: Edit Profile › Security › Two-Factor Authentication;
   * organisation admins: Neo Admin Center › Security › Default Login Methods › Freshworks Login › Mandate 2FA
   * (support.freshworks.com articles 50000001025 and 50000003252).
   */
  freshdesk: {
    en: 'Freshdesk (Freshworks account): Edit Profile › Security › Two-Factor Authentication; organisation admins can mandate it in the Neo Admin Center › Security › Default Login Methods › Freshworks Login.',
    de: 'Freshdesk (Freshworks-Konto): Edit Profile › Security › Two-Factor Authentication; Organisationsadministratoren können sie im Neo Admin Center › Security › Default Login Methods › Freshworks Login vorschreiben.',
  },
  freshservice: {
    en: 'Freshservice (Freshworks account): Edit Profile › Security › Two-Factor Authentication; organisation admins can mandate it in the Neo Admin Center › Security › Default Login Methods › Freshworks Login.',
    de: 'Freshservice (Freshworks-Konto): Edit Profile › Security › Two-Factor Authentication; Organisationsadministratoren können sie im Neo Admin Center › Security › Default Login Methods › Freshworks Login vorschreiben.',
  },
  /** Zoho Desk signs in with the Zoho account: accounts.zoho.com › Two Factor/Multi-Factor Authentication (help.zoho.com, "How do I enable or disable two-factor authentication for my account?"; zoho.com/accounts/help/tfa-overview.html). */
  'zoho-desk': {
    en: 'Zoho Desk (Zoho account): accounts.zoho.com › Multi-Factor Authentication; organisation admins can enforce it through Zoho Directory’s security policies.',
    de: 'Zoho Desk (Zoho-Konto): accounts.zoho.com › Multi-Faktor-Authentifizierung; Organisationsadministratoren können sie über die Sicherheitsrichtlinien von Zoho Directory vorschreiben.',
  },
  /**
   * ServiceNow: All › Self-Service › My Profile › Related Links › Configure Multi-factor Authentication; from Yokohama the
   * "Enforce MFA for non-SSO logins" policy (MFA Context) makes it mandatory; glide.authenticate.multifactor with the
   * Multi-factor Criteria roles (ServiceNow/ServiceNowDocs, platform-security/authentication/mfa-setup-profile.md,
   * mfa-enforcement.md, sc-role-based-multi-factor-authentication.md).
   */
  servicenow: {
    en: 'ServiceNow: All › Self-Service › My Profile › Configure Multi-factor Authentication; administrators enforce it with the “Enforce MFA for non-SSO logins” policy (All › Multi-factor Authentication › MFA Context) or per role (glide.authenticate.multifactor).',
    de: 'ServiceNow: All › Self-Service › My Profile › Configure Multi-factor Authentication; Administratoren erzwingen sie mit der Richtlinie „Enforce MFA for non-SSO logins“ (All › Multi-factor Authentication › MFA Context) oder je Rolle (glide.authenticate.multifactor).',
  },
  /** HappyFox: My Settings › Security (each agent); Manage › Security › Two factor Authentication for the whole account (support.happyfox.com/kb/article/709). */
  happyfox: {
    en: 'HappyFox: My Settings › Security: set up the authenticator app; agents with “Manage Security” can require it for everyone under Manage › Security › Two factor Authentication.',
    de: 'HappyFox: My Settings › Security: die Authenticator-App einrichten; Agenten mit „Manage Security“ können sie für alle unter Manage › Security › Two factor Authentication vorschreiben.',
  },
  /** Kayako: agent area › profile avatar (upper right) › Setup two-factor auth (trilogy-kayako-ai.kayako.com/en-us/article/288, support.kayako.com/article/1198). */
  kayako: {
    en: 'Kayako: agent area › your avatar (upper right) › Setup two-factor auth › Get started, then scan the QR code with an authenticator app.',
    de: 'Kayako: Agentenbereich › Ihr Avatar (oben rechts) › Setup two-factor auth › Get started, dann den QR-Code mit einer Authenticator-App scannen.',
  },
  /** ServiceDesk Plus: Admin › General Settings › Two Factor Authentication › Configuration (ESM Directory for multi-instance setups); email code or TOTP (help.servicedeskplus.com/two-factor-authentication). */
  'manageengine-servicedesk-plus': {
    en: 'ServiceDesk Plus: Admin › General Settings › Two Factor Authentication › Configuration (multi-instance: ESM Directory › Two Factor Authentication): choose email verification or an authenticator app and enable it for user logins.',
    de: 'ServiceDesk Plus: Admin › General Settings › Two Factor Authentication › Configuration (mehrere Instanzen: ESM Directory › Two Factor Authentication): E-Mail-Bestätigung oder Authenticator-App wählen und für die Benutzeranmeldung einschalten.',
  },
  /** Jitbit Helpdesk: your user name (top left) › Edit › "Enable two-factor auth" at the bottom (support.jitbit.com/KB/View/11048235-two-factor-authentication). */
  jitbit: {
    en: 'Jitbit Helpdesk: click your user name (top left) › Edit › “Enable two-factor auth” at the bottom of the profile, then scan the QR code; every technician and admin sets it up for themselves.',
    de: 'Jitbit Helpdesk: auf Ihren Benutzernamen (oben links) › Edit › „Enable two-factor auth“ unten im Profil klicken, dann den QR-Code scannen; jeder Techniker und Administrator richtet sie selbst ein.',
  },
  /** iTop 3.2.1+: Combodo's Multi-Factor Authentication extension (combodo-mfa-light): MFA rules per profile and organisation, Forced or Optional; TOTP, email code, recovery codes (itophub.io/wiki/page?id=extensions:combodo-mfa-light). */
  itop: {
    en: 'iTop 3.2: install Combodo’s Multi-Factor Authentication extension and add an MFA rule for the administrators’ profiles: “Forced” asks them to set up TOTP or an email code at the next sign-in, “Optional” lets each user opt in.',
    de: 'iTop 3.2: die Erweiterung Multi-Factor Authentication von Combodo installieren und eine MFA-Regel für die Administratorprofile anlegen: „Forced“ verlangt bei der nächsten Anmeldung die Einrichtung von TOTP oder E-Mail-Code, „Optional“ lässt jeden Benutzer selbst wählen.',
  },
  /** Frappe Helpdesk runs on Frappe: System Settings › Enable Two Factor Auth (OTP App, SMS, Email), Role › Two Factor Authentication (frappe/erpnext docs, setting-up/articles/setup-two-factor-authentication.md). */
  'frappe-helpdesk': {
    en: 'Frappe Helpdesk (Frappe desk): System Settings › Enable Two Factor Auth and choose the method (OTP App, SMS, Email); limit it to roles with each Role’s “Two Factor Authentication” checkbox.',
    de: 'Frappe Helpdesk (Frappe-Desk): System Settings › Enable Two Factor Auth einschalten und das Verfahren wählen (OTP App, SMS, E-Mail); über das Kästchen „Two Factor Authentication“ jeder Rolle auf Rollen beschränken.',
  },
  /** Request Tracker has no built-in second factor; RT::Extension::TOTPMFA (RT 5.0.1+) adds a TOTP section to the About me page and a passcode prompt after the login (metacpan.org/pod/RT::Extension::TOTPMFA). */
  'request-tracker': {
    en: 'Request Tracker has no built-in second factor: with the RT::Extension::TOTPMFA extension each user enrols a TOTP app or YubiKey on their “About me” page, and RT then asks for a one-time passcode after the password.',
    de: 'Request Tracker hat keinen eingebauten zweiten Faktor: mit der Erweiterung RT::Extension::TOTPMFA richtet jeder Benutzer auf seiner Seite „About me“ eine TOTP-App oder einen YubiKey ein, und RT fragt danach nach dem Passwort einen Einmalcode ab.',
  },
  /** Yeastar P-Series (84.10.0.30+): 2FA for the super administrator: account (top right) › Change Password & Security › Security Settings › Two-Factor Authentication (help.yeastar.com/en/p-series-cloud-edition/administrator-guide/two-factor-authentication-2fa-overview.html). */
  yeastar: {
    en: 'Yeastar P-Series: your account (top right) › Change Password & Security › Security Settings: tick “Two-Factor Authentication” and choose the authenticator app or email.',
    de: 'Yeastar P-Series: Ihr Konto (oben rechts) › Change Password & Security › Security Settings: „Two-Factor Authentication“ ankreuzen und Authenticator-App oder E-Mail wählen.',
  },
  /** Grandstream UCM630x: Maintenance › User Management › edit your user › Multi-Factor Authentication (only the account itself can switch it; email settings needed) (UCM630X user manual 1.0.11.10, "Multi-Factor Authentication"; UCM6300 MFA user guide). */
  'grandstream-ucm': {
    en: 'Grandstream UCM: Maintenance › User Management › edit your own user › Multi-Factor Authentication (virtual or hardware MFA); each admin enables it for their own account, and email settings must be configured first.',
    de: 'Grandstream UCM: Maintenance › User Management › den eigenen Benutzer bearbeiten › Multi-Factor Authentication (virtuelles oder Hardware-MFA); jeder Administrator schaltet sie für sein eigenes Konto ein, zuvor müssen die E-Mail-Einstellungen stehen.',
  },
  /** Placetel: Administration › Mitarbeiter › edit › Benutzerdaten › Benutzer Passwort › "Zwei-Faktor-Authentifizierung aktivieren" (placetel.de/hilfe/…/zwei-faktor-authentifizierung; help.placetel.com/en/articles/4836102). */
  placetel: {
    en: 'Placetel: Administration › Employees › edit the employee › User data › User password › “Activate two-factor authentication”; the code is asked again every 30 days per browser.',
    de: 'Placetel: Administration › Mitarbeiter › Mitarbeiter bearbeiten › Benutzerdaten › Benutzer Passwort › „Zwei-Faktor-Authentifizierung aktivieren“; der Code wird je Browser alle 30 Tage erneut abgefragt.',
  },
  /** sipgate: Benutzereinstellungen › Zwei-Faktor-Authentifizierung › Ändern (help.sipgate.de, "Zwei-Faktor-Authentifizierung – so schützen Sie Ihren Account doppelt"). */
  sipgate: {
    en: 'sipgate: User settings › Two-factor authentication (gear icon): scan the QR code with an authenticator app and complete the activation.',
    de: 'sipgate: Benutzereinstellungen › Zwei-Faktor-Authentifizierung › Ändern: den QR-Code mit einer Authenticator-App scannen und die Aktivierung abschließen.',
  },
  /**
   * Auerswald COMtrexx: MFA (TOTP with an authenticator app, twelve 20-digit recovery codes) secures the administrator
   * login of the web interface; set up only over HTTPS (auerswald-root.de COMtrexx help: zugriffsberechtigungen_concept,
   * mfa_einrichtung_web_reference). No public source says the same of the COMpact/COMmander lines, and the help names
   * no menu path: the text says so rather than guess.
   */
  auerswald: {
    en: 'Auerswald COMtrexx: secure the administrator access with MFA (authenticator app, TOTP) in the web interface’s MFA setup, over HTTPS, and keep the recovery codes; for COMpact and COMmander systems no public documentation names a second factor.',
    de: 'Auerswald COMtrexx: den Administratorzugang in der MFA-Einrichtung des Web-Interfaces mit MFA (Authenticator-App, TOTP) absichern, nur über HTTPS, und die Wiederherstellungscodes sicher aufbewahren; für COMpact- und COMmander-Anlagen nennt keine öffentliche Dokumentation einen zweiten Faktor.',
  },
};

export function switchOnFor(productId: string): LocalizedText | undefined {
  return Object.hasOwn(SWITCH_ON, productId) ? SWITCH_ON[productId] : undefined;
}
