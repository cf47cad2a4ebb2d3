import type { ProductSignature } from '../types';
import { namedInText, passwordField } from './common';

/** Cisco Unified Communications Manager administration (/ccmadmin/, usually port 8443). */
export const CISCO_UCM: ProductSignature = {
  id: 'cisco-ucm',
  name: 'Cisco Unified CM',
  family: 'pbx',
  vendorDomains: [],
  nameTokens: ['cisco', 'ccmadmin'],
  signals: [
    { field: 'title', pattern: /^Cisco Unified CM (?:Console|Administration)$/, weight: 50, note: { en: 'title is the Cisco Unified CM console title', de: 'Titel ist der Titel der Cisco-Unified-CM-Konsole' } },
    { field: 'path', pattern: /^\/ccmadmin\//, weight: 30, note: { en: 'path is /ccmadmin/', de: 'Pfad ist /ccmadmin/' } },
    { field: 'form', pattern: /\/ccmadmin\/[A-Za-z]+\.do\b/, weight: 20, note: { en: 'form posts to a /ccmadmin/ action', de: 'Formular sendet an eine /ccmadmin/-Aktion' } },
    namedInText('Cisco Unified CM', /Cisco Unified (?:CM|Communications Manager)/),
    passwordField('Cisco Unified CM'),
  ],
};
