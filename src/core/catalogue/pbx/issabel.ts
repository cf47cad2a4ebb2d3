import type { ProductSignature } from '../types';
import { namedInText, passwordField } from './common';

/** Issabel (Elastix fork) framework login theme. Field names are shared with Elastix; title and logo decide. */
export const ISSABEL: ProductSignature = {
  id: 'issabel',
  name: 'Issabel',
  family: 'pbx',
  vendorDomains: [],
  nameTokens: ['issabel'],
  signals: [
    { field: 'title', pattern: /^Issabel - Login page$/, weight: 55, note: { en: 'title is "Issabel - Login page"', de: 'Titel ist „Issabel - Login page“' } },
    { field: 'image', pattern: /\/images\/issabel_logo_mini\.png(?:[?#]|$)/, weight: 45, note: { en: 'shows the Issabel login logo', de: 'zeigt das Issabel-Anmeldelogo' } },
    { field: 'input', pattern: /^text input_user\b/, weight: 15, note: { en: 'user field input_user (Issabel/Elastix)', de: 'Benutzerfeld input_user (Issabel/Elastix)' } },
    { field: 'input', pattern: /^password input_pass\b/, weight: 10, note: { en: 'password field input_pass (Issabel/Elastix)', de: 'Kennwortfeld input_pass (Issabel/Elastix)' } },
    { field: 'style', pattern: /\/css\/purple-login\.css(?:[?#]|$)/, weight: 15, note: { en: 'Issabel login stylesheet', de: 'Issabel-Anmelde-Stylesheet' } },
    { field: 'link', pattern: /^https?:\/\/www\.issabel\.org\/?$/, weight: 10, note: { en: 'links to issabel.org', de: 'verlinkt auf issabel.org' } },
    namedInText('Issabel', /\bIssabel\b/),
    passwordField('Issabel', 5),
  ],
};
