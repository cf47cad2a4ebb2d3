import type { ProductSignature } from '../types';
import { namedInText, passwordField } from './common';

/** innovaphone PBX: no public facts about its login page. Detected by its name in the title plus a login form. */
export const INNOVAPHONE: ProductSignature = {
  id: 'innovaphone',
  name: 'innovaphone',
  family: 'pbx',
  vendorDomains: [],
  nameTokens: ['innovaphone'],
  signals: [
    { field: 'title', pattern: /\binnovaphone\b/i, weight: 30, note: { en: 'title names innovaphone', de: 'Titel nennt innovaphone' } },
    namedInText('innovaphone', /\binnovaphone\b/i),
    passwordField('innovaphone'),
  ],
};
