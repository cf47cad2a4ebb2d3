import type { ProductSignature } from '../types';
import { vendorAssets } from '../vendor-assets';

const freshservice_DOMAINS = ['freshservice.com'];

/**
 * Freshservice (Freshworks' IT service desk): hosted on <account>.freshservice.com, signing in through the shared
 * Freshworks login (<org>.myfreshworks.com/login, redirect_uri back to the Freshservice account). Same sources as
 * Freshdesk (freshdesk.ts).
 */
export const freshservice: ProductSignature = {
  id: 'freshservice',
  name: 'Freshservice',
  family: 'helpdesk',
  vendorDomains: [...freshservice_DOMAINS],
  nameTokens: ['freshservice', 'freshworks'],
  requiresPasswordField: true,
  signals: [
    { field: 'host', pattern: /^(?!www\.)[\w-]+\.freshservice\.com$/i, weight: 40, note: { en: 'hosted on a freshservice.com account', de: 'gehostet auf einem freshservice.com-Konto' } },
    { field: 'url', pattern: /[?&]redirect_uri=[^&#]*freshservice\.com/i, weight: 40, note: { en: 'Freshworks sign-in for a Freshservice account', de: 'Freshworks-Anmeldung für ein Freshservice-Konto' } },
    { field: 'host', pattern: /(^|\.)myfreshworks\.com$/i, weight: 15, note: { en: 'Freshworks sign-in host', de: 'Freshworks-Anmeldehost' } },
    { field: 'path', pattern: /^\/(login|support\/login)(\/|$)/, weight: 10, note: { en: 'Freshservice login path', de: 'Freshservice-Anmeldepfad' } },
    { field: 'input', pattern: /^password\b/, weight: 10, note: { en: 'password field', de: 'Kennwortfeld' } },
    { field: 'text', pattern: /\bFreshservice\b/i, weight: 5, note: { en: 'page names Freshservice', de: 'Seite nennt Freshservice' } },
    ...vendorAssets('Freshservice', freshservice_DOMAINS),
  ],
};
