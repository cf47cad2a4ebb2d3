import type { ProductSignature } from '../types';
import { namedInText, passwordField } from './common';

/**
 * AGFEO ES / HyperVoice systems, configured in the browser. No public facts about the login page beyond the vendor
 * and model names (ES 512, ES 628, ES 730, ES 770, HyperVoice): the signature relies on the name in the title plus a
 * login form.
 */
export const AGFEO: ProductSignature = {
  id: 'agfeo',
  name: 'AGFEO',
  family: 'pbx',
  vendorDomains: [],
  nameTokens: ['agfeo'],
  signals: [
    { field: 'title', pattern: /\bAGFEO\b|\bHyperVoice\b|\bES \d{3}(?:IT)?\b/i, weight: 30, note: { en: 'title names an AGFEO system', de: 'Titel nennt eine AGFEO-Anlage' } },
    { field: 'text', pattern: /\bHyperVoice\b|\bES-?(?:PURE|System|\d{3})\b/, weight: 5, note: { en: 'names an AGFEO system', de: 'nennt eine AGFEO-Anlage' } },
    namedInText('AGFEO', /\bAGFEO\b/i),
    passwordField('AGFEO'),
  ],
};
