import type { ProductSignature } from '../types';
import { vendorAssets } from '../vendor-assets';

const topdesk_DOMAINS = ['topdesk.net'];

/**
 * TOPdesk (widely used by German and Dutch IT departments): SaaS on <customer>.topdesk.net, operator and self-service
 * sign-in under /tas/ (/tas/secure/login/form, /tas/public/). Public facts are the domain, the path and the name.
 */
export const topdesk: ProductSignature = {
  id: 'topdesk',
  name: 'TOPdesk',
  family: 'helpdesk',
  vendorDomains: [...topdesk_DOMAINS],
  nameTokens: ['topdesk'],
  requiresPasswordField: true,
  signals: [
    { field: 'host', pattern: /^(?!www\.)[\w-]+\.topdesk\.net$/i, weight: 30, note: { en: 'hosted on a topdesk.net account', de: 'gehostet auf einem topdesk.net-Konto' } },
    { field: 'path', pattern: /^\/tas\/(secure|public)\//, weight: 30, note: { en: 'TOPdesk sign-in path (/tas/)', de: 'TOPdesk-Anmeldepfad (/tas/)' } },
    { field: 'title', pattern: /\bTOPdesk\b/i, weight: 15, note: { en: 'title names TOPdesk', de: 'Titel nennt TOPdesk' } },
    { field: 'input', pattern: /^password\b/, weight: 10, note: { en: 'password field', de: 'Kennwortfeld' } },
    { field: 'text', pattern: /\bTOPdesk\b/i, weight: 5, note: { en: 'page names TOPdesk', de: 'Seite nennt TOPdesk' } },
    ...vendorAssets('TOPdesk', topdesk_DOMAINS),
  ],
};
