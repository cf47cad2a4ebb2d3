import type { ProductSignature } from '../types';

/**
 * Zendesk is hosted only: tenants live on `<subdomain>.zendesk.com` or on a host-mapped custom domain.
 * Sources: research/fingerprints-helpdesk.md (Zendesk docs for /access/*, /agent, Admin Center; public automation
 * scripts for the sign-in form's ids and names). No title or asset path of the sign-in page is public.
 */
export const zendesk: ProductSignature = {
  id: 'zendesk',
  name: 'Zendesk',
  family: 'helpdesk',
  vendorDomains: ['zendesk.com'],
  nameTokens: ['zendesk'],
  signals: [
    { field: 'host', pattern: /(^|\.)zendesk\.com$/i, weight: 40, note: { en: 'hosted on zendesk.com', de: 'gehostet auf zendesk.com' } },
    { field: 'path', pattern: /^\/(access\/(login|normal|help)|auth\/v[23]\/(login\/)?signin)\/?$/, weight: 25, note: { en: 'Zendesk sign-in path', de: 'Zendesk-Anmeldepfad' } },
    { field: 'path', pattern: /^\/(agent|admin)(\/|$)/, weight: 20, note: { en: 'Zendesk agent workspace or Admin Center path', de: 'Pfad des Zendesk-Agent-Workspace oder Admin Center' } },
    { field: 'input', pattern: /^\S+ user\[email\] user_email\b/, weight: 15, note: { en: 'Zendesk sign-in email field (user[email])', de: 'Zendesk-Anmeldefeld für die E-Mail-Adresse (user[email])' } },
    { field: 'input', pattern: /^password user\[password\] user_password\b/, weight: 15, note: { en: 'Zendesk sign-in password field (user[password])', de: 'Zendesk-Kennwortfeld (user[password])' } },
    { field: 'input', pattern: /^password\b/, weight: 10, note: { en: 'password field', de: 'Kennwortfeld' } },
    // Kept small: a help-center article on a tenant host says "Zendesk" too and must stay below the threshold.
    { field: 'text', pattern: /\bZendesk\b/, weight: 5, note: { en: 'page names Zendesk', de: 'Seite nennt Zendesk' } },
  ],
  selectors: {
    forgotPassword: ['a[href*="/access/help"]', 'a[href*="password_reset"]'],
    // Not the sign-in form's user[email]: that is who logs in, not where recovery mail goes.
    recoveryEmail: ['[data-test-id="account-owner-email"]'],
  },
};
