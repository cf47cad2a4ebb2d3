import type { ProductSignature } from '../types';
import { namedInText, passwordField } from './common';

/**
 * bvoip control portal: the MFA-protected front door to bvoip's hosted 3CX. No public facts about the portal's
 * page exist (see research notes), so detection asks for a bvoip host, a login-ish bvoip title and a password field
 * together. Docs and help sites on bvoip domains are excluded from the host signal.
 */
export const BVOIP: ProductSignature = {
  id: 'bvoip',
  name: 'bvoip',
  family: 'pbx',
  vendorDomains: ['bvoip.com', 'bvoip.net'],
  nameTokens: ['bvoip'],
  signals: [
    { field: 'host', pattern: /^(?!(?:www|docs|help|kb|support|status)\.)(?:[a-z0-9-]+\.)?bvoip\.(?:com|net)$/, weight: 30, note: { en: 'on a bvoip domain', de: 'auf einer bvoip-Domain' } },
    { field: 'title', pattern: /bvoip.*\b(?:log ?in|sign ?in|portal)\b|\b(?:log ?in|sign ?in|portal)\b.*bvoip/i, weight: 15, note: { en: 'title names the bvoip portal login', de: 'Titel nennt die Anmeldung am bvoip-Portal' } },
    { field: 'text', pattern: /control portal/i, weight: 10, note: { en: 'names the control portal', de: 'nennt das Control Portal' } },
    namedInText('bvoip', /\bbvoip\b/i, 5),
    passwordField('bvoip'),
  ],
};
