import type { ProductSignature } from '../types';
import { namedInText, passwordField } from './common';

/**
 * Panasonic KX-NS / KX-NSX / KX-TDE: the "Web Maintenance Console" (Web-MC) built into the system, installer login
 * (`INSTALLER`) by default. Public facts are the console's name and the model names; its markup is not public.
 */
export const PANASONIC_KX_NS: ProductSignature = {
  id: 'panasonic-kx-ns',
  name: 'Panasonic KX-NS',
  family: 'pbx',
  vendorDomains: [],
  nameTokens: ['panasonic', 'kxns'],
  signals: [
    { field: 'title', pattern: /\bWeb Maintenance Console\b/i, weight: 30, note: { en: 'title names the Panasonic Web Maintenance Console', de: 'Titel nennt die Panasonic Web Maintenance Console' } },
    { field: 'title', pattern: /\bKX-(?:NSX?|NCP|TDE|TDA)\d*\b/i, weight: 20, note: { en: 'title names a Panasonic KX system', de: 'Titel nennt eine Panasonic-KX-Anlage' } },
    { field: 'text', pattern: /\bKX-(?:NSX?|NCP|TDE|TDA)\d*\b/, weight: 5, note: { en: 'names a Panasonic KX system', de: 'nennt eine Panasonic-KX-Anlage' } },
    namedInText('Panasonic', /\bPanasonic\b/),
    passwordField('Panasonic KX-NS'),
  ],
};
