import type { ProductSignature } from '../types';
import { namedInText, passwordField } from './common';

/** Yeastar P-Series / S-Series web portal. Few public facts: the super-admin portal is at `/admin`. */
export const YEASTAR: ProductSignature = {
  id: 'yeastar',
  name: 'Yeastar',
  family: 'pbx',
  vendorDomains: [],
  nameTokens: ['yeastar'],
  signals: [
    { field: 'title', pattern: /\bYeastar\b/, weight: 30, note: { en: 'title names Yeastar', de: 'Titel nennt Yeastar' } },
    { field: 'path', pattern: /^\/admin\/?$/, weight: 5, note: { en: 'path is /admin (super administrator portal)', de: 'Pfad ist /admin (Portal des Superadministrators)' } },
    namedInText('Yeastar', /\bYeastar\b|\bLinkus\b/),
    passwordField('Yeastar'),
  ],
};
