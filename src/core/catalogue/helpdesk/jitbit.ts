import type { ProductSignature } from '../types';
import { vendorAssets } from '../vendor-assets';

const jitbit_DOMAINS = ['jitbit.com'];

/**
 * Jitbit Helpdesk (ASP.NET): hosted on <account>.jitbit.com/helpdesk/ or self-hosted, sign-in at /User/Login.
 * Public facts are the domain, the sign-in path and the product name; the markup is not public.
 */
export const jitbit: ProductSignature = {
  id: 'jitbit',
  name: 'Jitbit Helpdesk',
  family: 'helpdesk',
  vendorDomains: [...jitbit_DOMAINS],
  nameTokens: ['jitbit'],
  requiresPasswordField: true,
  signals: [
    { field: 'host', pattern: /^(?!www\.)[\w-]+\.jitbit\.com$/i, weight: 30, note: { en: 'hosted on a jitbit.com account', de: 'gehostet auf einem jitbit.com-Konto' } },
    { field: 'path', pattern: /\/User\/Login(\/|$)/, weight: 20, note: { en: 'Jitbit sign-in path (/User/Login)', de: 'Jitbit-Anmeldepfad (/User/Login)' } },
    { field: 'title', pattern: /\bJitbit\b/i, weight: 15, note: { en: 'title names Jitbit', de: 'Titel nennt Jitbit' } },
    { field: 'input', pattern: /^password\b/, weight: 10, note: { en: 'password field', de: 'Kennwortfeld' } },
    { field: 'text', pattern: /\bJitbit\b/i, weight: 10, note: { en: 'page names Jitbit', de: 'Seite nennt Jitbit' } },
    ...vendorAssets('Jitbit', jitbit_DOMAINS),
  ],
};
