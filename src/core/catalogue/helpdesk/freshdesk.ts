import type { ProductSignature } from '../types';

/**
 * Freshdesk is hosted on `<company>.freshdesk.com`; agents sign in on Freshworks' shared login
 * `<org>.myfreshworks.com/login`, which serves every Freshworks product, so only its `redirect_uri` naming a
 * freshdesk.com account says "Freshdesk". Sources: research/fingerprints-helpdesk.md.
 */
export const freshdesk: ProductSignature = {
  id: 'freshdesk',
  name: 'Freshdesk',
  family: 'helpdesk',
  vendorDomains: ['freshdesk.com', 'myfreshworks.com'],
  nameTokens: ['freshdesk', 'freshworks'],
  signals: [
    { field: 'host', pattern: /^(?!www\.)[\w-]+\.freshdesk\.com$/i, weight: 40, note: { en: 'hosted on a freshdesk.com account', de: 'gehostet auf einem freshdesk.com-Konto' } },
    { field: 'url', pattern: /[?&]redirect_uri=[^&#]*freshdesk\.com/i, weight: 40, note: { en: 'Freshworks sign-in for a Freshdesk account', de: 'Freshworks-Anmeldung für ein Freshdesk-Konto' } },
    { field: 'host', pattern: /(^|\.)myfreshworks\.com$/i, weight: 15, note: { en: 'Freshworks sign-in host', de: 'Freshworks-Anmeldehost' } },
    { field: 'path', pattern: /^\/(a\/(admin|tickets|dashboard)|login|support\/login)(\/|$)/, weight: 10, note: { en: 'Freshdesk login or agent path', de: 'Freshdesk-Anmelde- oder Agentenpfad' } },
    { field: 'input', pattern: /^password\b/, weight: 10, note: { en: 'password field', de: 'Kennwortfeld' } },
    { field: 'text', pattern: /\bFreshdesk\b|Are you an agent\?/i, weight: 5, note: { en: 'page names Freshdesk or offers the agent login', de: 'Seite nennt Freshdesk oder bietet die Agentenanmeldung an' } },
  ],
  selectors: {
    forgotPassword: ['a[href*="forgot"]', 'a[href*="password/reset"]'],
  },
};
