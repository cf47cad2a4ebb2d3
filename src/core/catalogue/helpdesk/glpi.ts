import type { ProductSignature } from '../types';

/**
 * GLPI 10+. Sources: glpi-project/glpi templates/pages/login.html.twig (ids login_name/login_password, random field
 * names fielda…/fieldb…, lostpassword link), templates/layout/page_card_notlogged.html.twig (assets, body class),
 * templates/layout/parts/head.html.twig (title "GLPI - …", favicon), nuclei-templates glpi-panel.yaml.
 */
export const glpi: ProductSignature = {
  id: 'glpi',
  name: 'GLPI',
  family: 'helpdesk',
  vendorDomains: [],
  nameTokens: ['glpi'],
  signals: [
    { field: 'title', pattern: /^GLPI - /, weight: 45, note: { en: 'title is a GLPI page title', de: 'Titel ist ein GLPI-Seitentitel' } },
    { field: 'style', pattern: /public\/lib\/tabler(\.min)?\.css|\bcss\/(glpi|core_palettes)\.s?css\b/, weight: 30, note: { en: 'GLPI stylesheet', de: 'GLPI-Stylesheet' } },
    { field: 'input', pattern: /^text fielda[0-9a-f]+ login_name\b/, weight: 25, note: { en: 'GLPI login field (login_name)', de: 'GLPI-Anmeldefeld (login_name)' } },
    { field: 'input', pattern: /^password fieldb[0-9a-f]+ login_password\b/, weight: 25, note: { en: 'GLPI password field (login_password)', de: 'GLPI-Kennwortfeld (login_password)' } },
    { field: 'icon', pattern: /\/pics\/favicon\.ico(\?|$)/, weight: 20, note: { en: 'GLPI favicon (/pics/favicon.ico)', de: 'GLPI-Favicon (/pics/favicon.ico)' } },
    { field: 'form', pattern: /\/front\/login\.php\b/, weight: 20, note: { en: 'GLPI login form (front/login.php)', de: 'GLPI-Anmeldeformular (front/login.php)' } },
    { field: 'attr', pattern: /^class=welcome-anonymous$/, weight: 15, note: { en: 'GLPI anonymous page layout', de: 'GLPI-Seitenlayout für nicht angemeldete Benutzer' } },
    { field: 'text', pattern: /\bGLPI\b/, weight: 10, note: { en: 'page names GLPI', de: 'Seite nennt GLPI' } },
    { field: 'link', pattern: /\/front\/lostpassword\.php\b|glpi-project\.org/, weight: 10, note: { en: 'links to GLPI password recovery or project', de: 'verlinkt auf die GLPI-Kennwortwiederherstellung oder das GLPI-Projekt' } },
  ],
  selectors: {
    forgotPassword: ['a[href*="lostpassword.php"]'],
  },
};
