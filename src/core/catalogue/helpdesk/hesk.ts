import type { ProductSignature } from '../types';

/**
 * HESK (Klemen Stirn). Its repository could not be read here; facts from public fingerprint sets (WhatWeb's HESK
 * plugin: hesk_javascript.js, hesk_style.css, "Powered by Help Desk Software HESK") and HESK's documentation (staff
 * login at /admin/, fields user and pass, "Remember me").
 */
export const hesk: ProductSignature = {
  id: 'hesk',
  name: 'HESK',
  family: 'helpdesk',
  vendorDomains: [],
  nameTokens: ['hesk'],
  signals: [
    { field: 'script', pattern: /\/hesk_javascript(?:\.min)?\.js(?:[?#]|$)/, weight: 40, note: { en: 'loads hesk_javascript.js', de: 'lädt hesk_javascript.js' } },
    { field: 'style', pattern: /\/hesk_style(?:\.min)?\.css(?:[?#]|$)/, weight: 30, note: { en: 'loads hesk_style.css', de: 'lädt hesk_style.css' } },
    { field: 'path', pattern: /\/admin\/(index\.php)?$/, weight: 10, note: { en: 'HESK staff login path (/admin/)', de: 'HESK-Anmeldepfad für Mitarbeiter (/admin/)' } },
    { field: 'input', pattern: /^password pass\b/, weight: 10, note: { en: 'HESK password field (pass)', de: 'HESK-Kennwortfeld (pass)' } },
    { field: 'text', pattern: /Help Desk Software HESK|\bHESK\b/, weight: 10, note: { en: 'page names HESK', de: 'Seite nennt HESK' } },
  ],
};
