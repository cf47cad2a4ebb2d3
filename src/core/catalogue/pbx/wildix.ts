import type { ProductSignature } from '../types';
import { namedInText, passwordField } from './common';

/** Wildix WMS; cloud PBXs are reached at `<name>.wildixin.com`. */
export const WILDIX: ProductSignature = {
  id: 'wildix',
  name: 'Wildix',
  family: 'pbx',
  vendorDomains: ['wildixin.com'],
  nameTokens: ['wildix'],
  signals: [
    { field: 'host', pattern: /^[a-z0-9-]+\.wildixin\.com$/, weight: 40, note: { en: 'on a Wildix cloud PBX domain', de: 'auf einer Domain der Wildix-Cloud-Telefonanlage' } },
    { field: 'title', pattern: /\bWildix\b/i, weight: 30, note: { en: 'title names Wildix', de: 'Titel nennt Wildix' } },
    namedInText('Wildix', /\bWildix\b/i),
    passwordField('Wildix'),
  ],
};
