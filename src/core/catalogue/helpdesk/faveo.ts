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
    { field: 'style', pattern: /\/lb-faveo\/css\//, weight: 40, note: 'Faveo stylesheets (/lb-faveo/css/)' },
    { field: 'icon', pattern: /\/lb-faveo\/media\/images\/favicon\.ico(?:[?#]|$)/, weight: 20, note: 'Faveo favicon' },
    { field: 'path', pattern: /^\/auth\/login$/, weight: 5, note: 'login path /auth/login' },
    { field: 'input', pattern: /^password password\b/, weight: 10, note: 'password field' },
    { field: 'link', pattern: /faveohelpdesk\.com/, weight: 10, note: 'links to Faveo' },
    { field: 'text', pattern: /\bFaveo\b/, weight: 10, note: 'page names Faveo' },
  ],
  selectors: {
    forgotPassword: ['a[href$="/password/email"]'],
  },
};
