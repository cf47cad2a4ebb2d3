import type { ProductSignature } from '../types';
import { namedInText, passwordField } from './common';

/** Elastix (PaloSanto) framework login theme. Field names are shared with Issabel; title and logo decide. */
export const ELASTIX: ProductSignature = {
  id: 'elastix',
  name: 'Elastix',
  family: 'pbx',
  vendorDomains: [],
  nameTokens: ['elastix'],
  signals: [
    { field: 'title', pattern: /^Elastix - Login page$/, weight: 55, note: { en: 'title is "Elastix - Login page"', de: 'Titel ist „Elastix - Login page“' } },
    { field: 'image', pattern: /\/images\/logo_elastix\.(?:gif|png)(?:[?#]|$)/, weight: 45, note: { en: 'shows the Elastix logo', de: 'zeigt das Elastix-Logo' } },
    { field: 'input', pattern: /^text input_user\b/, weight: 15, note: { en: 'user field input_user (Elastix/Issabel)', de: 'Benutzerfeld input_user (Elastix/Issabel)' } },
    { field: 'input', pattern: /^password input_pass\b/, weight: 10, note: { en: 'password field input_pass (Elastix/Issabel)', de: 'Kennwortfeld input_pass (Elastix/Issabel)' } },
    { field: 'link', pattern: /^https?:\/\/www\.(?:elastix\.org|palosanto\.com)\/?$/, weight: 10, note: { en: 'links to elastix.org / PaloSanto', de: 'verlinkt auf elastix.org / PaloSanto' } },
    namedInText('Elastix', /\bElastix\b/),
    passwordField('Elastix', 5),
  ],
};
