import type { ProductSignature } from '../types';

/**
 * KIX (KIX Service Software; KIX Start / KIX Pro, the successor of KIX4OTRS). Source: kix-service-software/kix-frontend
 * src/frontend-applications/agent-portal/modules/authentication-login/webapp/login (index.marko: title "KIX 18",
 * favicon /static/img/kix_default.png; login-component: #kix-logo, "Welcome to KIX", fields username / password,
 * "A product by KIX Service Software GmbH").
 */
export const kix: ProductSignature = {
  id: 'kix',
  name: 'KIX',
  family: 'helpdesk',
  vendorDomains: [],
  nameTokens: ['kix'],
  signals: [
    { field: 'title', pattern: /^KIX(?: \d+| Start| Pro| Cloud)?\b/, weight: 30, note: { en: 'title names KIX', de: 'Titel nennt KIX' } },
    { field: 'icon', pattern: /\/static\/img\/kix_default\.png(?:[?#]|$)/, weight: 30, note: { en: 'KIX default icon', de: 'KIX-Standardsymbol' } },
    { field: 'image', pattern: /\/static\/img\/kix_default\.png(?:[?#]|$)/, weight: 15, note: { en: 'KIX default logo', de: 'KIX-Standardlogo' } },
    { field: 'attr', pattern: /^id=kix-logo$/, weight: 15, note: { en: 'KIX login logo (#kix-logo)', de: 'KIX-Anmeldelogo (#kix-logo)' } },
    { field: 'input', pattern: /^password password\b/, weight: 10, note: { en: 'password field', de: 'Kennwortfeld' } },
    { field: 'text', pattern: /Welcome to KIX|KIX Service Software/, weight: 10, note: { en: 'page names KIX', de: 'Seite nennt KIX' } },
  ],
};
