import type { ProductSignature } from '../types';
import { vendorAssets } from '../vendor-assets';

const happyfox_DOMAINS = ['happyfox.com'];

/**
 * HappyFox Help Desk: hosted on <account>.happyfox.com, the agent ("staff") login under /staff/. Public facts are the
 * domain and the staff path; the markup of the sign-in is not public.
 */
export const happyfox: ProductSignature = {
  id: 'happyfox',
  name: 'HappyFox',
  family: 'helpdesk',
  vendorDomains: [...happyfox_DOMAINS],
  nameTokens: ['happyfox'],
  requiresPasswordField: true,
  signals: [
    { field: 'host', pattern: /^(?!www\.|support\.)[\w-]+\.happyfox\.com$/i, weight: 30, note: { en: 'hosted on a happyfox.com account', de: 'gehostet auf einem happyfox.com-Konto' } },
    { field: 'path', pattern: /^\/staff(\/|$)/, weight: 15, note: { en: 'HappyFox staff login path (/staff/)', de: 'HappyFox-Anmeldepfad für Mitarbeiter (/staff/)' } },
    { field: 'title', pattern: /\bHappyFox\b/i, weight: 15, note: { en: 'title names HappyFox', de: 'Titel nennt HappyFox' } },
    { field: 'input', pattern: /^password\b/, weight: 10, note: { en: 'password field', de: 'Kennwortfeld' } },
    { field: 'text', pattern: /\bHappyFox\b/i, weight: 5, note: { en: 'page names HappyFox', de: 'Seite nennt HappyFox' } },
    ...vendorAssets('HappyFox', happyfox_DOMAINS),
  ],
};
