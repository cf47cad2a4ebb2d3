import type { ProductSignature } from '../types';
import { vendorAssets } from '../vendor-assets';

const deskpro_DOMAINS = ['deskpro.com'];

/**
 * Deskpro: hosted helpdesks on <account>.deskpro.com, agent interface under /agent/, also self-hosted (Deskpro
 * On-Premise). Public facts are the domain and the agent path; the markup of the sign-in is not public.
 */
export const deskpro: ProductSignature = {
  id: 'deskpro',
  name: 'Deskpro',
  family: 'helpdesk',
  vendorDomains: [...deskpro_DOMAINS],
  nameTokens: ['deskpro'],
  requiresPasswordField: true,
  signals: [
    { field: 'host', pattern: /^(?!www\.|support\.)[\w-]+\.deskpro\.com$/i, weight: 30, note: { en: 'hosted on a deskpro.com account', de: 'gehostet auf einem deskpro.com-Konto' } },
    { field: 'path', pattern: /^\/agent(\/|$)/, weight: 15, note: { en: 'Deskpro agent interface path (/agent/)', de: 'Pfad der Deskpro-Agentenoberfläche (/agent/)' } },
    { field: 'title', pattern: /\bDeskpro\b/i, weight: 15, note: { en: 'title names Deskpro', de: 'Titel nennt Deskpro' } },
    { field: 'input', pattern: /^password\b/, weight: 10, note: { en: 'password field', de: 'Kennwortfeld' } },
    { field: 'text', pattern: /\bDeskpro\b/i, weight: 5, note: { en: 'page names Deskpro', de: 'Seite nennt Deskpro' } },
    ...vendorAssets('Deskpro', deskpro_DOMAINS),
  ],
};
