import type { ProductSignature } from '../types';

/**
 * Kayako: the hosted product on <company>.kayako.com (no public login DOM) and the classic self-hosted
 * SupportSuite/eSupport/Fusion (SWIFT). Sources: WhatWeb plugin kayako-supportsuite.rb, Tenable plugin 57975,
 * help.kayako.com. Detection on a foreign host relies on the classic titles only.
 */
export const kayako: ProductSignature = {
  id: 'kayako',
  name: 'Kayako',
  family: 'helpdesk',
  vendorDomains: ['kayako.com'],
  nameTokens: ['kayako'],
  signals: [
    { field: 'title', pattern: /Powered By Kayako|Kayako (SupportSuite|eSupport|Fusion|Resolve|Help ?Desk)/i, weight: 45, note: { en: 'title names Kayako', de: 'Titel nennt Kayako' } },
    { field: 'host', pattern: /^(?!www\.)[\w-]+\.kayako\.com$/i, weight: 40, note: { en: 'hosted on a kayako.com account', de: 'gehostet auf einem kayako.com-Konto' } },
    { field: 'path', pattern: /\/staff\/index\.php$/, weight: 15, note: { en: 'Kayako classic staff panel path', de: 'Pfad des klassischen Kayako-Mitarbeiterbereichs' } },
    { field: 'input', pattern: /^password\b/, weight: 10, note: { en: 'password field', de: 'Kennwortfeld' } },
    { field: 'text', pattern: /Powered by (Kayako|SupportSuite|eSupport)|\bKayako\b/i, weight: 5, note: { en: 'page names Kayako', de: 'Seite nennt Kayako' } },
  ],
};
