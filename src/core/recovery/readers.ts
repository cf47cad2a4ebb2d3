import type { LocalizedText } from '../messages';

/**
 * Where each product shows the address its "Forgot password?" mails: the page (route) and the elements. Read by the
 * console module whenever such a view is shown, never from a login page and never from a field being edited.
 * Keyed by catalogue product id; the catalogue's own `selectors.recoveryEmail` still count for products not here.
 */
export interface RecoveryReader {
  /**
   * `notification`: the console's system notification address (3CX sends forgot-password credentials there);
   * `profile`: the signed-in user's own profile email (the product mails its reset link to the user's address).
   */
  kind: 'notification' | 'profile';
  /** Routes (`path` + `hash`, no query) where the address is shown. */
  routes: RegExp[];
  /**
   * For consoles that name the view in the query (the OTRS family's `index.pl?Action=…`): the query (`?…`, `&` or
   * `;` separated) must match too. Only the parameter that names the view, never a value the page could be handed.
   */
  query?: RegExp;
  /** Elements holding the address: an input's value, else the element's text. The first with an address wins. */
  selectors: string[];
  /** Where the user finds it, for the UI. */
  place: LocalizedText;
}

/**
 * The OTRS family (Znuny, ((OTRS)) CE 6, OTOBO): Personal Preferences (`index.pl?Action=AgentPreferences`) shows the
 * signed-in agent's own address, Env("UserEmail"), whose "Lost your password?" mails the reset link there. The
 * overview's sidebar says "…registering with your email address <address> on gravatar.com" (not when an admin edits
 * another agent); the group User Profile's Avatar setting shows it in `.PreferenceAvatar strong` (the session's own
 * address even when editing another agent). Both only with the avatar engine Gravatar, the default
 * (Kernel/Config/Files/XML/Framework.xml Frontend::AvatarEngine). Kernel/Output/HTML/Templates/Standard/
 * AgentPreferencesOverview.tt and AgentPreferences.tt: znuny/Znuny@2921bec, RotherOSS/otobo@9f0e4d9, OTRS/otrs@10e916a.
 */
const OTRS_FAMILY_PREFERENCES: RecoveryReader = {
  kind: 'profile',
  routes: [/\/index\.pl$/],
  query: /^\?(?:[^#]*[&;])?Action=AgentPreferences(?:[&;]|$)/,
  selectors: ['.PreferenceAvatar strong', '.SidebarColumn p.FieldExplanation:has(> a[href^="https://www.gravatar.com"])'],
  place: { en: 'Personal Preferences › User Profile › Avatar', de: 'Persönliche Einstellungen › Benutzerprofil › Avatar' },
};

export const RECOVERY_READERS: Readonly<Record<string, RecoveryReader>> = {
  /**
   * 3CX: Settings › E-Mail › Notifications (seed 000: credentials go to the primary address there). V16 had the
   * console under `#/app/…`, V18/V20 under `#/office/…`; XAPI names the field NotificationSettings.EmailAddresses
   * (comma separated: the first is the primary).
   */
  '3cx': {
    kind: 'notification',
    routes: [/#\/(?:office|app)\/settings\/e-?mail\b/i, /#\/(?:office|app)\/(?:notifications|settings\/notifications)\b/i],
    selectors: ['input[name="EmailAddresses"]', 'input[formcontrolname="emailAddresses" i]', '[data-qa*="notification" i] input[type="email"]', 'input[type="email"][name*="notif" i]'],
    place: { en: 'Settings › E-Mail › Notifications', de: 'Einstellungen › E-Mail › Benachrichtigungen' },
  },
  /** osTicket: the agent's My Profile (scp/profile.php, include/staff/profile.inc.php: `email`). */
  osticket: {
    kind: 'profile',
    routes: [/^\/(?:[^?#]*\/)?scp\/profile\.php$/],
    selectors: ['form[action$="profile.php"] input[name="email"]', 'input[name="email"][type="email"]'],
    place: { en: 'My Profile › Account › Email Address', de: 'Mein Profil › Konto › E-Mail-Adresse' },
  },
  /** GLPI: My settings (front/preference.php); the addresses are `_useremails[ID]`, the default one first. */
  glpi: {
    kind: 'profile',
    routes: [/\/front\/preference\.php$/],
    selectors: ['input[name^="_useremails["]'],
    place: { en: 'My settings › Emails', de: 'Meine Einstellungen › E-Mail-Adressen' },
  },
  /** Jira Server/Data Center: the user profile (secure/ViewProfile.jspa) shows the address in `#up-d-email`. */
  'jira-service-management': {
    kind: 'profile',
    routes: [/\/secure\/ViewProfile\.jspa$/],
    selectors: ['#up-d-email a[href^="mailto:"]', '#up-d-email'],
    place: { en: 'Profile › Details › Email', de: 'Profil › Details › E-Mail' },
  },
  /**
   * FusionPBX: Account Profile (core/users/user_profile.php, the signed-in user's own record) shows `user_email`; the
   * login's "Forgot password" (resources/login.php?action=request) mails the reset link there. fusionpbx/fusionpbx@c7a00dc.
   */
  fusionpbx: {
    kind: 'profile',
    routes: [/\/core\/users\/user_profile\.php$/],
    selectors: ['input[name="user_email"]'],
    place: { en: 'Account Profile › Email', de: 'Kontoeinstellungen › E-Mail' },
  },
  /**
   * UVdesk: the agent's own profile (`/{locale}/{member_prefix}/profile`, Resources/config/routes.yaml and
   * routes/private.yaml) shows `user_form[email]` (Resources/views/profile.html.twig); forgot-password mails it.
   * uvdesk/core-framework@3b31910. Only the default member prefix `member`: the customer portal has profiles too.
   */
  uvdesk: {
    kind: 'profile',
    routes: [/\/[a-z]{2}(?:_[a-z]{2})?\/member\/profile\/?$/i],
    selectors: ['input[name="user_form[email]"]'],
    place: { en: 'Profile › Email', de: 'Profil › E-Mail' },
  },
  znuny: OTRS_FAMILY_PREFERENCES,
  otrs: OTRS_FAMILY_PREFERENCES,
  otobo: OTRS_FAMILY_PREFERENCES,
};

export function recoveryReaderFor(productId: string): RecoveryReader | undefined {
  return Object.hasOwn(RECOVERY_READERS, productId) ? RECOVERY_READERS[productId] : undefined;
}

/** Whether the view at `route` (path + hash) with `query` (`location.search`) is one where `reader` finds the address. */
export function readerShowsAt(reader: RecoveryReader, route: string, query = ''): boolean {
  return reader.routes.some((r) => r.test(route)) && (!reader.query || reader.query.test(query));
}
