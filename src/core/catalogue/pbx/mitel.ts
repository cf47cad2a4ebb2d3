import type { ProductSignature } from '../types';
import { namedInText, passwordField } from './common';

/** Mitel MiCollab: End User Portal login with the portal's own logo path. */
export const MITEL_MICOLLAB: ProductSignature = {
  id: 'mitel-micollab',
  name: 'Mitel MiCollab',
  family: 'pbx',
  vendorDomains: [],
  nameTokens: ['mitel', 'micollab'],
  signals: [
    { field: 'image', pattern: /\/portal\/decorations\/layout\/loginPage\/images\/mitel_logo\.png(?:[?#]|$)/, weight: 50, note: { en: 'shows the MiCollab login page logo', de: 'zeigt das Logo der MiCollab-Anmeldeseite' } },
    { field: 'title', pattern: /\bMiCollab\b/, weight: 25, note: { en: 'title names MiCollab', de: 'Titel nennt MiCollab' } },
    { field: 'text', pattern: /MiCollab End User Portal/i, weight: 15, note: { en: 'names the MiCollab End User Portal', de: 'nennt das MiCollab End User Portal' } },
    namedInText('Mitel', /Mitel Networks Corporation|\bMitel\b/),
    passwordField('Mitel MiCollab'),
  ],
};

/** Mitel MiVoice on Mitel Standard Linux: server manager login at /server-common/cgi-bin/login. */
export const MITEL_MIVOICE: ProductSignature = {
  id: 'mitel-mivoice',
  name: 'Mitel MiVoice',
  family: 'pbx',
  vendorDomains: [],
  nameTokens: ['mitel', 'mivoice'],
  signals: [
    { field: 'path', pattern: /^\/server-common\/cgi-bin\/login\b/, weight: 35, note: { en: 'path is the Mitel server manager login', de: 'Pfad ist die Anmeldung des Mitel Server Manager' } },
    { field: 'title', pattern: /\b(?:MiVoice|Mitel)\b/, weight: 25, note: { en: 'title names Mitel MiVoice', de: 'Titel nennt Mitel MiVoice' } },
    namedInText('Mitel', /Mitel Networks Corporation|\bMiVoice\b/),
    passwordField('Mitel MiVoice'),
  ],
};
