import type { ProductSignature } from '../types';
import { namedInText } from './common';

/** Digium's Asterisk GUI 2.x (served by Asterisk's own HTTP server). */
export const ASTERISK_GUI: ProductSignature = {
  id: 'asterisk-gui',
  name: 'Asterisk GUI',
  family: 'pbx',
  vendorDomains: [],
  nameTokens: ['asterisk'],
  signals: [
    { field: 'title', pattern: /^Asterisk Configuration GUI$/, weight: 55, note: { en: 'title is "Asterisk Configuration GUI"', de: 'Titel ist „Asterisk Configuration GUI“' } },
    { field: 'script', pattern: /\/js\/astman\.js(?:[?#]|$)/, weight: 40, note: { en: 'loads the Asterisk manager script astman.js', de: 'lädt das Asterisk-Manager-Skript astman.js' } },
    { field: 'style', pattern: /\/stylesheets\/cfgbasic\.css(?:[?#]|$)/, weight: 25, note: { en: 'Asterisk GUI stylesheet cfgbasic.css', de: 'Stylesheet der Asterisk-GUI cfgbasic.css' } },
    { field: 'image', pattern: /\/images\/digiumlogo\.gif(?:[?#]|$)/, weight: 25, note: { en: 'shows the Digium logo', de: 'zeigt das Digium-Logo' } },
    { field: 'path', pattern: /\/static\/config\//, weight: 15, note: { en: 'path is /static/config/', de: 'Pfad ist /static/config/' } },
    namedInText('Asterisk', /Asterisk Configuration Panel|\bDigium\b/),
  ],
};
