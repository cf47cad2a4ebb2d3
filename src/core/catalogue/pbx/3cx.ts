import type { ProductSignature } from '../types';
import { namedInText, passwordField } from './common';

/**
 * 3CX: v16 management console (`/#/login`, title "3CX Phone System Management Console", `public/app.js`),
 * v18 web client (`/webclient/`, title "3CX Webclient", meta description "3CX"), and v20, where console and
 * web client are one portal whose admin part lives under the hash route `#/office/…`.
 * Sources: /work/research/fingerprints-pbx.md.
 */

/** Hosted tenants: `acme.my3cx.de`, `acme.3cx.us`, `1747.3cx.cloud`, `acme.3cx.com.au`. Not `*.3cx.net` (web meetings) nor 3cx.com (vendor site). */
const HOSTED_TENANT = /^(?!www\.)[a-z0-9-]+\.(?:my3cx\.(?:com|de|eu|us|be|nl|fr|it|es|ch|at|uk|co\.uk|ca|com\.au|com\.br)|3cx\.(?:us|eu|be|de|uk|co\.uk|ca|cloud|com\.au))$/;

export const THREECX: ProductSignature = {
  id: '3cx',
  name: '3CX',
  family: 'pbx',
  vendorDomains: [
    '3cx.com', '3cx.net', '3cx.cloud', '3cx.us', '3cx.eu', '3cx.be', '3cx.de', '3cx.uk', '3cx.co.uk', '3cx.ca', '3cx.com.au',
    'my3cx.com', 'my3cx.de', 'my3cx.eu', 'my3cx.us', 'my3cx.be', 'my3cx.nl', 'my3cx.fr', 'my3cx.it', 'my3cx.es', 'my3cx.ch',
    'my3cx.at', 'my3cx.uk', 'my3cx.co.uk', 'my3cx.ca', 'my3cx.com.au', 'my3cx.com.br',
  ],
  nameTokens: ['3cx'],
  signals: [
    { field: 'title', pattern: /^3CX Phone System Management Console$/, weight: 55, note: { en: 'title is the 3CX Management Console title', de: 'Titel ist der Titel der 3CX-Managementkonsole' } },
    { field: 'title', pattern: /^3CX (?:Phone System )?Web ?client$/i, weight: 50, note: { en: 'title is the 3CX Web Client title', de: 'Titel ist der Titel des 3CX-Webclients' } },
    { field: 'host', pattern: HOSTED_TENANT, weight: 40, note: { en: 'hosted on a 3CX tenant domain', de: 'gehostet auf einer 3CX-Mandantendomain' } },
    { field: 'meta', pattern: /^description=3CX$/, weight: 30, note: { en: 'meta description is "3CX"', de: 'Meta-Beschreibung ist „3CX“' } },
    { field: 'hash', pattern: /^#\/office(?:\/|$)/, weight: 25, note: { en: 'URL is a 3CX admin route (#/office/…)', de: 'URL ist eine 3CX-Verwaltungsroute (#/office/…)' } },
    { field: 'hash', pattern: /^#\/login\/?$/, weight: 20, note: { en: 'URL is the login route #/login', de: 'URL ist die Anmelderoute #/login' } },
    { field: 'hash', pattern: /^#\/app\//, weight: 15, note: { en: 'URL is a 3CX console route (#/app/…)', de: 'URL ist eine 3CX-Konsolenroute (#/app/…)' } },
    { field: 'path', pattern: /^\/webclient(?:\/|$)/, weight: 15, note: { en: 'path is /webclient/', de: 'Pfad ist /webclient/' } },
    { field: 'script', pattern: /\/public\/app\.js(?:[?#]|$)/, weight: 15, note: { en: 'loads the console bundle public/app.js', de: 'lädt das Konsolen-Bundle public/app.js' } },
    { field: 'image', pattern: /\/3cx_?logo[^/]*\.svg(?:[?#]|$)/i, weight: 15, note: { en: 'shows the 3CX logo asset', de: 'zeigt die 3CX-Logodatei' } },
    { field: 'text', pattern: /Welcome to the 3CX (?:Management Console|Web ?Client)/i, weight: 15, note: { en: 'greets with "Welcome to the 3CX …"', de: 'begrüßt mit „Welcome to the 3CX …“' } },
    namedInText('3CX', /\b3CX\b/, 5),
    passwordField('3CX'),
  ],
  selectors: {
    forgotPassword: ['a[href*="forgot" i]', 'a[href*="reset-password" i]', '[data-qa*="forgot" i]', 'a.forgot-password', '#forgotPassword'],
    recoveryEmail: [
      'input[name="EmailAddresses"]',
      'input[formcontrolname="emailAddresses" i]',
      '[data-qa*="notification" i] input[type="email"]',
      'input[type="email"][name*="notif" i]',
    ],
    extensionNumber: ['input[name="Number"]', 'input[formcontrolname="number" i]', 'input[data-qa="extension-number"]'],
    extensionPassword: ['input[name="AuthPassword"]', 'input[formcontrolname="authPassword" i]', 'input[name="AccessPassword"]'],
    voicemailPin: ['input[name="VMPIN"]', 'input[formcontrolname="vmpin" i]', 'input[name*="voicemailpin" i]'],
    authId: ['input[name="AuthID"]', 'input[formcontrolname="authId" i]', 'input[name="SIPID"]'],
  },
};
