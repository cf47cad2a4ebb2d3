import type { ProductSignature } from '../types';

/**
 * Zoho Desk (hosted). Agents work on desk.zoho.<dc>/agent/…; portals on <portal>.zohodesk.com. Sign-in happens on
 * Zoho Accounts, shared by every Zoho app; `servicename=ZohoSupport` in its URL is what names Zoho Desk.
 * Sources: research/fingerprints-helpdesk.md. Login DOM of Zoho Accounts is not used (not public).
 */
export const zohoDesk: ProductSignature = {
  id: 'zoho-desk',
  name: 'Zoho Desk',
  family: 'helpdesk',
  vendorDomains: ['zoho.com', 'zoho.eu', 'zoho.in', 'zoho.com.au', 'zoho.jp', 'zoho.com.cn', 'zoho.sa', 'zoho.uk', 'zohocloud.ca', 'zohodesk.com'],
  // Zoho Accounts, the sign-in of every Zoho data centre.
  signInHosts: ['accounts.zoho.com', 'accounts.zoho.eu', 'accounts.zoho.in', 'accounts.zoho.com.au', 'accounts.zoho.jp', 'accounts.zoho.com.cn', 'accounts.zoho.sa', 'accounts.zoho.uk', 'accounts.zohocloud.ca'],
  nameTokens: ['zoho'],
  signals: [
    { field: 'host', pattern: /^desk\.zoho\.(com|eu|in|com\.au|jp|com\.cn|ca|sa|uk)$|(^|\.)zohodesk\.com$/i, weight: 40, note: { en: 'hosted on Zoho Desk', de: 'gehostet auf Zoho Desk' } },
    { field: 'url', pattern: /[?&]servicename=ZohoSupport(&|#|$)/, weight: 40, note: { en: 'Zoho sign-in for Zoho Desk (servicename=ZohoSupport)', de: 'Zoho-Anmeldung für Zoho Desk (servicename=ZohoSupport)' } },
    { field: 'host', pattern: /^accounts\.zoho\.(com|eu|in|com\.au|jp|com\.cn|ca|sa|uk)$/i, weight: 15, note: { en: 'Zoho Accounts sign-in host', de: 'Anmeldehost von Zoho Accounts' } },
    { field: 'path', pattern: /^\/agent(\/|$)/, weight: 15, note: { en: 'Zoho Desk agent path', de: 'Zoho-Desk-Agentenpfad' } },
    { field: 'input', pattern: /^password\b/, weight: 10, note: { en: 'password field', de: 'Kennwortfeld' } },
    { field: 'text', pattern: /\bZoho Desk\b/, weight: 5, note: { en: 'page names Zoho Desk', de: 'Seite nennt Zoho Desk' } },
  ],
};
