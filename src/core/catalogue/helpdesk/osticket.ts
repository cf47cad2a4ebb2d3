import type { ProductSignature } from '../types';

/**
 * osTicket's staff control panel (/scp/). Sources: osTicket/osTicket include/staff/login.header.php and
 * login.tpl.php (title, stylesheet, ids, field names, forgot link), nuclei-templates osticket-panel.yaml.
 */
export const osticket: ProductSignature = {
  id: 'osticket',
  name: 'osTicket',
  family: 'helpdesk',
  vendorDomains: [],
  nameTokens: ['osticket'],
  signals: [
    { field: 'title', pattern: /^osTicket\s*::?\s*(Agent Login|SCP Login|Staff Control Panel)/i, weight: 50, note: { en: 'title is the osTicket staff login title', de: 'Titel ist der Titel der osTicket-Mitarbeiteranmeldung' } },
    { field: 'style', pattern: /\/scp\/css\/login\.css(\?|$)/, weight: 40, note: { en: 'osTicket staff login stylesheet (/scp/css/login.css)', de: 'osTicket-Stylesheet der Mitarbeiteranmeldung (/scp/css/login.css)' } },
    { field: 'image', pattern: /\/scp\/logo\.php\?login$|\/scp\/images\/osticket-grey\.png$/, weight: 30, note: { en: 'osTicket staff panel logo', de: 'Logo des osTicket-Mitarbeiterbereichs' } },
    { field: 'path', pattern: /\/scp\/(login\.php|pwreset\.php)$/, weight: 25, note: { en: 'osTicket staff panel path (/scp/login.php)', de: 'Pfad des osTicket-Mitarbeiterbereichs (/scp/login.php)' } },
    { field: 'input', pattern: /^text userid name\b/, weight: 20, note: { en: 'osTicket staff username field (userid)', de: 'osTicket-Benutzernamenfeld für Mitarbeiter (userid)' } },
    { field: 'input', pattern: /^password passwd pass\b/, weight: 20, note: { en: 'osTicket staff password field (passwd)', de: 'osTicket-Kennwortfeld für Mitarbeiter (passwd)' } },
    { field: 'attr', pattern: /^id=(loginBody|loginBox|brickwall)$/, weight: 15, note: { en: 'osTicket login page layout', de: 'Layout der osTicket-Anmeldeseite' } },
    { field: 'text', pattern: /\bosTicket\b/, weight: 10, note: { en: 'page names osTicket', de: 'Seite nennt osTicket' } },
    { field: 'link', pattern: /\/scp\/pwreset\.php$/, weight: 10, note: { en: 'links to the osTicket staff password reset', de: 'verlinkt auf das Zurücksetzen des osTicket-Mitarbeiterkennworts' } },
  ],
  selectors: {
    forgotPassword: ['a#reset-link', 'a[href$="pwreset.php"]'],
    recoveryEmail: ['form[action$="profile.php"] input[name="email"]'],
  },
};
