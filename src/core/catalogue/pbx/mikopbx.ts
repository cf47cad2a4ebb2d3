import type { ProductSignature } from '../types';
import { passwordField } from './common';

/** MikoPBX admin cabinet (Phalcon + Semantic UI): /admin-cabinet/session/index, form#login-form. */
export const MIKOPBX: ProductSignature = {
  id: 'mikopbx',
  name: 'MikoPBX',
  family: 'pbx',
  vendorDomains: [],
  nameTokens: ['mikopbx', 'miko'],
  signals: [
    { field: 'meta', pattern: /^author=MIKO$/, weight: 40, note: { en: 'meta author is MIKO', de: 'Meta-Autor ist MIKO' } },
    { field: 'attr', pattern: /^id=pbx-version$/, weight: 25, note: { en: 'shows the MikoPBX version badge', de: 'zeigt das MikoPBX-Versionsanzeige' } },
    { field: 'path', pattern: /^\/admin-cabinet(?:\/|$)/, weight: 25, note: { en: 'path is the MikoPBX admin cabinet', de: 'Pfad ist der MikoPBX-Verwaltungsbereich (Admin Cabinet)' } },
    { field: 'form', pattern: /\/session\/start\b/, weight: 20, note: { en: 'form posts to session/start', de: 'Formular sendet an session/start' } },
    { field: 'input', pattern: /^text login login username webauthn /, weight: 20, note: { en: 'MikoPBX login field', de: 'MikoPBX-Anmeldefeld' } },
    { field: 'input', pattern: /^checkbox rememberMeCheckBox\b/, weight: 15, note: { en: 'MikoPBX remember-me box', de: 'MikoPBX-Kästchen „Angemeldet bleiben“' } },
    { field: 'text', pattern: /MIKOPBX|MikoPBX/, weight: 5, note: { en: 'the page names MikoPBX', de: 'die Seite nennt MikoPBX' } },
    passwordField('MikoPBX'),
  ],
};
