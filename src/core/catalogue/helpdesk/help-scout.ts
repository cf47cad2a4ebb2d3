import type { ProductSignature } from '../types';

/**
 * Help Scout (hosted). Sources: Microsoft Entra SaaS tutorial (sign-on URL secure.helpscout.net/members/login/),
 * a public puppeteer script (#email, #password, #logInButton). No title or asset facts are public.
 */
export const helpScout: ProductSignature = {
  id: 'help-scout',
  name: 'Help Scout',
  family: 'helpdesk',
  vendorDomains: ['helpscout.net', 'helpscout.com'],
  nameTokens: ['helpscout'],
  signals: [
    { field: 'host', pattern: /^secure\.helpscout\.net$/i, weight: 40, note: { en: 'Help Scout app host (secure.helpscout.net)', de: 'Help-Scout-App-Host (secure.helpscout.net)' } },
    { field: 'path', pattern: /^\/members\/login\/?$/, weight: 25, note: { en: 'Help Scout sign-in path (/members/login/)', de: 'Help-Scout-Anmeldepfad (/members/login/)' } },
    { field: 'input', pattern: /^password\b/, weight: 10, note: { en: 'password field', de: 'Kennwortfeld' } },
    { field: 'text', pattern: /\bHelp ?Scout\b/, weight: 5, note: { en: 'page names Help Scout', de: 'Seite nennt Help Scout' } },
  ],
};
