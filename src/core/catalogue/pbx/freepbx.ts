import type { ProductSignature, Signal } from '../types';
import { namedInText, passwordField } from './common';

/**
 * The FreePBX framework's admin login (/admin/config.php): shared by FreePBX and the distributions built on it
 * (Sangoma PBXact), which tell themselves apart by name.
 */
export const FREEPBX_FRAMEWORK_SIGNALS: readonly Signal[] = [
  { field: 'script', pattern: /\/assets\/js\/FreePBX\.js(?:[?#]|$)/, weight: 45, note: { en: 'loads the FreePBX framework script FreePBX.js', de: 'lädt das FreePBX-Framework-Skript FreePBX.js' } },
  { field: 'attr', pattern: /^class=firsttypeofselector$/, weight: 30, note: { en: 'page root carries the FreePBX marker class', de: 'Wurzelelement der Seite trägt die FreePBX-Markierungsklasse' } },
  { field: 'path', pattern: /^\/admin\/config\.php$/, weight: 20, note: { en: 'path is /admin/config.php', de: 'Pfad ist /admin/config.php' } },
  { field: 'script', pattern: /\/assets\/js\/views\/login\.js(?:[?#]|$)/, weight: 15, note: { en: 'loads the FreePBX login view script', de: 'lädt das Skript der FreePBX-Anmeldeansicht' } },
  { field: 'icon', pattern: /\/assets\/images\/badge\.png$/, weight: 10, note: { en: 'FreePBX touch icon badge.png', de: 'FreePBX-Touch-Symbol badge.png' } },
  { field: 'form', pattern: /(?:^| )loginform(?: |$)/, weight: 10, note: { en: 'login form #loginform', de: 'Anmeldeformular #loginform' } },
  { field: 'link', pattern: /\/ucp\/?$/, weight: 10, note: { en: 'links to the User Control Panel /ucp', de: 'verlinkt auf das User Control Panel /ucp' } },
];

/** FreePBX (Sangoma) admin at /admin/config.php; framework header and login view. Sources: research notes. */
export const FREEPBX: ProductSignature = {
  id: 'freepbx',
  name: 'FreePBX',
  family: 'pbx',
  vendorDomains: [],
  nameTokens: ['freepbx'],
  signals: [
    { field: 'title', pattern: /^FreePBX Administration$/, weight: 50, note: { en: 'title is "FreePBX Administration"', de: 'Titel ist „FreePBX Administration“' } },
    ...FREEPBX_FRAMEWORK_SIGNALS,
    namedInText('FreePBX', /\bFreePBX\b/),
    passwordField('FreePBX'),
  ],
  selectors: {
    extensionNumber: ['input[name="extension"]', 'input#extension'],
    extensionPassword: ['input[name="devinfo_secret"]', 'input[name="secret"]'],
    voicemailPin: ['input[name="vmpwd"]'],
  },
};
