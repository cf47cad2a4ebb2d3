import type { ProductSignature } from '../types';
import { namedInText, passwordField } from './common';

/** Avaya Aura Communication Manager web login at /cgi-bin/common/login/webLogin. */
export const AVAYA_AURA_CM: ProductSignature = {
  id: 'avaya-aura-cm',
  name: 'Avaya Aura Communication Manager',
  family: 'pbx',
  vendorDomains: [],
  nameTokens: ['avaya'],
  signals: [
    { field: 'path', pattern: /^\/cgi-bin\/common\/login\/webLogin\b/, weight: 35, note: { en: 'path is the Communication Manager web login', de: 'Pfad ist die Web-Anmeldung des Communication Manager' } },
    { field: 'title', pattern: /\bCommunication Manager\b/, weight: 15, note: { en: 'title names Communication Manager', de: 'Titel nennt Communication Manager' } },
    { field: 'text', pattern: /Communication Manager \(CM\)/, weight: 15, note: { en: 'names "Communication Manager (CM)"', de: 'nennt „Communication Manager (CM)“' } },
    namedInText('Avaya Aura', /\bAvaya Aura\b/),
    passwordField('Avaya Aura Communication Manager'),
  ],
};

/** Avaya Aura System Manager (SMGR) login at /network-login/. */
export const AVAYA_AURA_SMGR: ProductSignature = {
  id: 'avaya-aura-smgr',
  name: 'Avaya Aura System Manager',
  family: 'pbx',
  vendorDomains: [],
  nameTokens: ['avaya'],
  signals: [
    { field: 'path', pattern: /^\/network-login(?:\/|$)/, weight: 35, note: { en: 'path is the System Manager network login', de: 'Pfad ist die Netzwerkanmeldung des System Manager' } },
    { field: 'title', pattern: /\bSystem Manager\b/, weight: 15, note: { en: 'title names System Manager', de: 'Titel nennt System Manager' } },
    { field: 'text', pattern: /System Manager \d+\.\d/, weight: 15, note: { en: 'shows "System Manager <version>"', de: 'zeigt „System Manager <version>“' } },
    namedInText('Avaya Aura', /\bAvaya Aura\b/),
    passwordField('Avaya Aura System Manager'),
  ],
};
