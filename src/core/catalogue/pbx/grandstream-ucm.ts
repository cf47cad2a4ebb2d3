import type { ProductSignature } from '../types';
import { namedInText, passwordField } from './common';

/** Grandstream UCM series IP PBX; UCM remote connect hosts live under `*.myucm.cloud`. */
export const GRANDSTREAM_UCM: ProductSignature = {
  id: 'grandstream-ucm',
  name: 'Grandstream UCM',
  family: 'pbx',
  vendorDomains: ['myucm.cloud'],
  nameTokens: ['grandstream', 'ucm'],
  signals: [
    { field: 'host', pattern: /^[a-z0-9-]+\.(?:[a-z0-9-]+\.)?myucm\.cloud$/, weight: 40, note: { en: 'on a Grandstream UCM remote-connect domain', de: 'auf einer Grandstream-UCM-Remote-Connect-Domain' } },
    { field: 'title', pattern: /^UCM\d{4}[A-Z]?$/, weight: 30, note: { en: 'title is a UCM model name', de: 'Titel ist ein UCM-Modellname' } },
    { field: 'title', pattern: /\bGrandstream\b/, weight: 25, note: { en: 'title names Grandstream', de: 'Titel nennt Grandstream' } },
    namedInText('Grandstream', /Grandstream Networks|\bGrandstream\b/),
    passwordField('Grandstream UCM'),
  ],
};
