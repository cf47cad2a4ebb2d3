import type { Signal } from '../types';

/**
 * Znuny is the maintained fork of OTRS ((OTRS)) Community Edition 6; both render the agent login from the same
 * Login.tt template. Sources: znuny/Znuny and OTRS/otrs Kernel/Output/HTML/Templates/Standard/Login.tt.
 * The product name in the title (Config "ProductName") tells them apart; when an admin changed it, the two tie
 * and the catalogue order (Znuny first) decides.
 */
export const OTRS_FAMILY_SIGNALS: readonly Signal[] = [
  { field: 'attr', pattern: /^class=(.* )?LoginScreen( |$)/, weight: 25, note: { en: 'OTRS-family login screen layout', de: 'Layout des Anmeldebildschirms der OTRS-Familie' } },
  { field: 'style', pattern: /\/skins\/Agent\/default\/css/, weight: 30, note: { en: 'OTRS-family agent skin stylesheet', de: 'Agenten-Skin-Stylesheet der OTRS-Familie' } },
  { field: 'icon', pattern: /\/icons\/product\.ico(\?|$)/, weight: 15, note: { en: 'OTRS-family product icon', de: 'Produktsymbol der OTRS-Familie' } },
  { field: 'path', pattern: /\/(index|customer)\.pl$/, weight: 15, note: { en: 'OTRS-family login path (index.pl)', de: 'Anmeldepfad der OTRS-Familie (index.pl)' } },
  { field: 'input', pattern: /^text User User\b/, weight: 15, note: { en: 'OTRS-family user field (User)', de: 'Benutzerfeld der OTRS-Familie (User)' } },
  { field: 'input', pattern: /^password Password Password\b/, weight: 5, note: { en: 'OTRS-family password field', de: 'Kennwortfeld der OTRS-Familie' } },
  { field: 'text', pattern: /Lost your password\?/, weight: 5, note: { en: 'OTRS-family "Lost your password?" link', de: 'Link „Lost your password?“ der OTRS-Familie' } },
];
