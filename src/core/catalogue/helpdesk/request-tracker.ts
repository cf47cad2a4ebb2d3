import type { ProductSignature } from '../types';

/**
 * Request Tracker (Best Practical). Source: bestpractical/rt share/html/Elements/Login (form#login posting to
 * /NoAuth/Login.html, fields user / pass, #login-box), Elements/Header (favicon from WebImagesURL, CSS under
 * /NoAuth/css/) and Elements/Footer ("RT Version …", "Best Practical Solutions, LLC").
 */
export const requestTracker: ProductSignature = {
  id: 'request-tracker',
  name: 'Request Tracker',
  family: 'helpdesk',
  vendorDomains: [],
  nameTokens: ['rt', 'requesttracker', 'bestpractical'],
  signals: [
    { field: 'form', pattern: /\/NoAuth\/Login\.html\b/, weight: 40, note: { en: 'RT login form (/NoAuth/Login.html)', de: 'RT-Anmeldeformular (/NoAuth/Login.html)' } },
    { field: 'style', pattern: /\/NoAuth\/css\//, weight: 20, note: { en: 'RT stylesheet path (/NoAuth/css/)', de: 'RT-Stylesheet-Pfad (/NoAuth/css/)' } },
    { field: 'attr', pattern: /^id=login-box$/, weight: 10, note: { en: 'RT login box', de: 'RT-Anmeldebereich' } },
    { field: 'input', pattern: /^password pass password\b/, weight: 10, note: { en: 'RT password field (pass)', de: 'RT-Kennwortfeld (pass)' } },
    { field: 'text', pattern: /\bRT Version \d/, weight: 10, note: { en: 'RT version line', de: 'RT-Versionszeile' } },
    { field: 'text', pattern: /Best Practical Solutions/, weight: 10, note: { en: 'page names Best Practical', de: 'Seite nennt Best Practical' } },
  ],
};
