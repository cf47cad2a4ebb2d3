import type { ProductSignature } from '../types';
import { namedInText, passwordField } from './common';

/** Auerswald COMpact / COMmander "Configuration Manager". No public facts about its page beyond names. */
export const AUERSWALD: ProductSignature = {
  id: 'auerswald',
  name: 'Auerswald',
  family: 'pbx',
  vendorDomains: [],
  nameTokens: ['auerswald'],
  signals: [
    { field: 'title', pattern: /\b(?:Auerswald|COMpact \d{4}[A-Z]?|COMmander \d{4}[A-Z]?)\b/, weight: 30, note: { en: 'title names an Auerswald system', de: 'Titel nennt eine Auerswald-Anlage' } },
    { field: 'text', pattern: /Konfigurationsmanager|Configuration Manager/, weight: 10, note: { en: 'names the Configuration Manager', de: 'nennt den Configuration Manager' } },
    namedInText('Auerswald', /\bAuerswald\b/),
    passwordField('Auerswald'),
  ],
};
