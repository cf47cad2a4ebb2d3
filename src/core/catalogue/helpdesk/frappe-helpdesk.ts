import type { ProductSignature } from '../types';

/**
 * Frappe Helpdesk. Sources: frappe/helpdesk desk/index.html (title "Helpdesk", apple-mobile-web-app-title
 * "Frappe Helpdesk", icons under /assets/helpdesk/desk/manifest/) and desk/src/router/index.ts (the agent app under
 * /helpdesk signs in through the Frappe site's /login); the Frappe login form's fields login_email / login_password
 * (frappe/frappe www/login.html). Frappe Cloud hosts sites on *.frappe.cloud.
 */
export const frappeHelpdesk: ProductSignature = {
  id: 'frappe-helpdesk',
  name: 'Frappe Helpdesk',
  family: 'helpdesk',
  vendorDomains: ['frappe.cloud'],
  nameTokens: ['frappe', 'helpdesk'],
  signals: [
    { field: 'meta', pattern: /^apple-mobile-web-app-title=Frappe Helpdesk$/, weight: 40, note: { en: 'app name "Frappe Helpdesk"', de: 'App-Name „Frappe Helpdesk“' } },
    { field: 'icon', pattern: /\/assets\/helpdesk\//, weight: 30, note: { en: 'Frappe Helpdesk app icons', de: 'App-Symbole von Frappe Helpdesk' } },
    { field: 'url', pattern: /\/login[^#]*[?&]redirect-to=(?:%2F|\/)helpdesk\b/i, weight: 35, note: { en: 'Frappe sign-in that returns to the helpdesk', de: 'Frappe-Anmeldung mit Rücksprung zum Helpdesk' } },
    { field: 'path', pattern: /^\/helpdesk(\/|$)/, weight: 15, note: { en: 'Frappe Helpdesk agent path (/helpdesk)', de: 'Agentenpfad von Frappe Helpdesk (/helpdesk)' } },
    { field: 'input', pattern: /\blogin_password\b/, weight: 15, note: { en: 'Frappe login form (login_password)', de: 'Frappe-Anmeldeformular (login_password)' } },
    { field: 'script', pattern: /\/assets\/frappe\//, weight: 10, note: { en: 'Frappe framework assets', de: 'Dateien des Frappe-Frameworks' } },
    { field: 'text', pattern: /\bFrappe\b/, weight: 5, note: { en: 'page names Frappe', de: 'Seite nennt Frappe' } },
  ],
};
