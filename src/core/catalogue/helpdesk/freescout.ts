import type { ProductSignature } from '../types';

/**
 * FreeScout (Laravel). Source: freescout-helpdesk/freescout resources/views/auth/login.blade.php (form to /login,
 * #email, #password, "Remember Me", "Forgot Your Password?"), auth/banner.blade.php (img/banner.png) and
 * layouts/app.blade.php (title = app name "FreeScout", body class user-is-guest, footer "Free open source help desk &
 * shared mailbox").
 */
export const freescout: ProductSignature = {
  id: 'freescout',
  name: 'FreeScout',
  family: 'helpdesk',
  vendorDomains: [],
  nameTokens: ['freescout'],
  signals: [
    { field: 'title', pattern: /\bFreeScout$/, weight: 35, note: { en: 'title names FreeScout', de: 'Titel nennt FreeScout' } },
    { field: 'attr', pattern: /^class=.*\buser-is-guest\b/, weight: 15, note: { en: 'FreeScout guest page (body.user-is-guest)', de: 'FreeScout-Gastseite (body.user-is-guest)' } },
    { field: 'image', pattern: /\/img\/banner\.png(?:[?#]|$)/, weight: 10, note: { en: 'FreeScout login banner', de: 'FreeScout-Anmeldebanner' } },
    { field: 'path', pattern: /^\/login$/, weight: 5, note: { en: 'login path /login', de: 'Anmeldepfad /login' } },
    { field: 'input', pattern: /^password password password current-password\b/, weight: 10, note: { en: 'FreeScout password field', de: 'FreeScout-Kennwortfeld' } },
    { field: 'text', pattern: /Free open source help desk & shared mailbox/i, weight: 15, note: { en: 'FreeScout footer', de: 'FreeScout-Fußzeile' } },
    { field: 'text', pattern: /\bFreeScout\b/, weight: 5, note: { en: 'page names FreeScout', de: 'Seite nennt FreeScout' } },
  ],
  selectors: {
    forgotPassword: ['a[href$="/password/reset"]'],
  },
};
