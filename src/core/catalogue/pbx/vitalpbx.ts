import type { ProductSignature } from '../types';
import { namedInText, passwordField } from './common';

/** VitalPBX: no public facts about its login page. Detected only by its name in the title plus a login form. */
export const VITALPBX: ProductSignature = {
  id: 'vitalpbx',
  name: 'VitalPBX',
  family: 'pbx',
  vendorDomains: [],
  nameTokens: ['vitalpbx'],
  signals: [
    { field: 'title', pattern: /\bVitalPBX\b/i, weight: 30, note: { en: 'title names VitalPBX', de: 'Titel nennt VitalPBX' } },
    namedInText('VitalPBX', /\bVitalPBX\b/i),
    passwordField('VitalPBX'),
  ],
};
