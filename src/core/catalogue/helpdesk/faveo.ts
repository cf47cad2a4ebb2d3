import type { ProductSignature } from '../types';

/**
 * Faveo Helpdesk (Ladybird Web Solution). Source: ladybirdweb/faveo-helpdesk
 * resources/views/themes/default1/layouts/login.blade.php (assets under /lb-faveo/, favicon
 * lb-faveo/media/images/favicon.ico, footer "Powered by Faveo") and themes/default1/login/login.blade.php (email,
 * password, "I forgot my password" → password/email).
 */
export const faveo: ProductSignature = {
  id: 'faveo',
  name: 'Faveo Helpdesk',
  family: 'helpdesk',
  vendorDomains: [],
  nameTokens: ['faveo'],
  signals: [
    { field: 'style', pattern: /\/lb-faveo\/css\//, weight: 40, note: { en: 'Faveo stylesheets (/lb-faveo/css/)', de: 'Faveo-Stylesheets (/lb-faveo/css/)' } },
    { field: 'icon', pattern: /\/lb-faveo\/media\/images\/favicon\.ico(?:[?#]|$)/, weight: 20, note: { en: 'Faveo favicon', de: 'Faveo-Favicon' } },
    { field: 'path', pattern: /^\/auth\/login$/, weight: 5, note: { en: 'login path /auth/login', de: 'Anmeldepfad /auth/login' } },
    { field: 'input', pattern: /^password password\b/, weight: 10, note: { en: 'password field', de: 'Kennwortfeld' } },
    { field: 'link', pattern: /faveohelpdesk\.com/, weight: 10, note: { en: 'links to Faveo', de: 'verlinkt auf Faveo' } },
    { field: 'text', pattern: /\bFaveo\b/, weight: 10, note: { en: 'page names Faveo', de: 'Seite nennt Faveo' } },
  ],
  selectors: {
    forgotPassword: ['a[href$="/password/email"]'],
  },
};
