import type { ProductSignature } from '../types';
import { namedInText, passwordField } from './common';

/**
 * Alcatel-Lucent Enterprise OmniPCX Office / OXO Connect, OmniPCX Enterprise and the OpenTouch suite, administered in
 * the browser (OXO Connect "Web Based Management", OpenTouch "OMS" web admin). No public facts about the markup were
 * found: product names in the title plus a login form.
 */
export const ALCATEL_LUCENT_OMNIPCX: ProductSignature = {
  id: 'alcatel-lucent-omnipcx',
  name: 'Alcatel-Lucent OmniPCX',
  family: 'pbx',
  vendorDomains: [],
  nameTokens: ['alcatel', 'omnipcx', 'opentouch', 'oxo'],
  signals: [
    { field: 'title', pattern: /\bOmniPCX\b|\bOXO Connect\b|\bOpenTouch\b/i, weight: 30, note: { en: 'title names OmniPCX, OXO Connect or OpenTouch', de: 'Titel nennt OmniPCX, OXO Connect oder OpenTouch' } },
    { field: 'text', pattern: /\bOmniPCX (?:Office|Enterprise)\b|\bOXO Connect\b|\bOpenTouch (?:Suite|Business Edition|Multimedia Services)\b/, weight: 5, note: { en: 'names an Alcatel-Lucent communication server', de: 'nennt einen Alcatel-Lucent-Kommunikationsserver' } },
    namedInText('Alcatel-Lucent', /\bAlcatel-Lucent\b|\bALE International\b/),
    passwordField('Alcatel-Lucent OmniPCX'),
  ],
};
