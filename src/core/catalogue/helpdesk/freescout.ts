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
    { field: 'title', pattern: /\bFreeScout$/, weight: 35, note: 'title names FreeScout' },
    { field: 'attr', pattern: /^class=.*\buser-is-guest\b/, weight: 15, note: 'FreeScout guest page (body.user-is-guest)' },
    { field: 'image', pattern: /\/img\/banner\.png(?:[?#]|$)/, weight: 10, note: 'FreeScout login banner' },
    { field: 'path', pattern: /^\/login$/, weight: 5, note: 'login path /login' },
    { field: 'input', pattern: /^password password password current-password\b/, weight: 10, note: 'FreeScout password field' },
    { field: 'text', pattern: /Free open source help desk & shared mailbox/i, weight: 15, note: 'FreeScout footer' },
    { field: 'text', pattern: /\bFreeScout\b/, weight: 5, note: 'page names FreeScout' },
  ],
  selectors: {
    forgotPassword: ['a[href$="/password/reset"]'],
  },
};
