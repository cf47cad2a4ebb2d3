import type { ProductSignature } from '../types';
import { namedInText, passwordField } from './common';

/** STARFACE web interface: credentials are a numeric "Login-ID" and a password. */
export const STARFACE: ProductSignature = {
  id: 'starface',
  name: 'STARFACE',
  family: 'pbx',
  vendorDomains: [],
  nameTokens: ['starface'],
  signals: [
    { field: 'title', pattern: /\bSTARFACE\b/, weight: 30, note: { en: 'title names STARFACE', de: 'Titel nennt STARFACE' } },
    { field: 'input', pattern: /\bLogin-ID\b/, weight: 15, note: { en: 'asks for a STARFACE Login-ID', de: 'fragt nach einer STARFACE-Login-ID' } },
    namedInText('STARFACE', /\bSTARFACE\b/),
    passwordField('STARFACE'),
  ],
};
