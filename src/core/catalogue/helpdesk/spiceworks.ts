import type { ProductSignature } from '../types';
import { vendorAssets } from '../vendor-assets';

const spiceworks_DOMAINS = ['spiceworks.com'];

/**
 * Spiceworks Cloud Help Desk: the help desk app on on.spiceworks.com, signed in through accounts.spiceworks.com.
 * Public facts are the hosts and the product name; the markup of the sign-in is not public.
 */
export const spiceworks: ProductSignature = {
  id: 'spiceworks',
  name: 'Spiceworks Help Desk',
  family: 'helpdesk',
  vendorDomains: [...spiceworks_DOMAINS],
  nameTokens: ['spiceworks'],
  requiresPasswordField: true,
  signals: [
    { field: 'host', pattern: /^(?:on|accounts|helpdesk)\.spiceworks\.com$/i, weight: 35, note: { en: 'Spiceworks help desk or sign-in host', de: 'Spiceworks-Helpdesk- oder Anmeldehost' } },
    { field: 'title', pattern: /\bSpiceworks\b/i, weight: 10, note: { en: 'title names Spiceworks', de: 'Titel nennt Spiceworks' } },
    { field: 'input', pattern: /^password\b/, weight: 10, note: { en: 'password field', de: 'Kennwortfeld' } },
    { field: 'text', pattern: /\bHelp ?Desk\b/i, weight: 5, note: { en: 'page names the help desk', de: 'Seite nennt den Helpdesk' } },
    { field: 'text', pattern: /\bSpiceworks\b/, weight: 5, note: { en: 'page names Spiceworks', de: 'Seite nennt Spiceworks' } },
    ...vendorAssets('Spiceworks', spiceworks_DOMAINS),
  ],
};
