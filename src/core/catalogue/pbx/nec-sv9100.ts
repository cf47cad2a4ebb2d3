import type { ProductSignature } from '../types';
import { namedInText, passwordField } from './common';

/**
 * NEC UNIVERGE SV9100 / SV8100 / SL2100: the built-in web programming tool "WebPro" (default users `tech`, `ADMIN1`).
 * Public facts are the tool's and the systems' names; its markup is not public.
 */
export const NEC_SV9100: ProductSignature = {
  id: 'nec-sv9100',
  name: 'NEC SV9100 WebPro',
  family: 'pbx',
  vendorDomains: [],
  nameTokens: ['nec', 'webpro', 'univerge'],
  signals: [
    { field: 'title', pattern: /\bWebPro\b/i, weight: 30, note: { en: 'title names NEC WebPro', de: 'Titel nennt NEC WebPro' } },
    { field: 'text', pattern: /\b(?:UNIVERGE )?(?:SV9[13]00|SV8100|SL[12]100)\b/, weight: 5, note: { en: 'names an NEC UNIVERGE system', de: 'nennt eine NEC-UNIVERGE-Anlage' } },
    namedInText('NEC', /\bNEC\b|\bUNIVERGE\b/),
    passwordField('NEC SV9100 WebPro'),
  ],
};
