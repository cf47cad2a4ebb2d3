import type { ProductSignature } from '../types';
import { namedInText, passwordField } from './common';

/**
 * Unify (Mitel) OpenScape Business: the Web-Based Management (WBM) of the X and S models. Public facts: the product
 * name in the page, the model logos under `imgs/OSBiz_<model>_logo.png` (S, X1, X3, X5, X8) that scripts use to tell
 * the models apart, the "Assistant" and "Expert" modes, and the default administrator `administrator@system`.
 * No public copy of the login page's markup was found.
 */
export const UNIFY_OPENSCAPE_BUSINESS: ProductSignature = {
  id: 'unify-openscape-business',
  name: 'OpenScape Business',
  family: 'pbx',
  vendorDomains: [],
  nameTokens: ['openscape', 'osbiz', 'unify'],
  signals: [
    { field: 'title', pattern: /\bOpenScape Business\b/i, weight: 30, note: { en: 'title names OpenScape Business', de: 'Titel nennt OpenScape Business' } },
    { field: 'image', pattern: /\/imgs\/OSBiz_\w+_logo\.png(?:[?#]|$)/, weight: 35, note: { en: 'shows an OpenScape Business model logo (OSBiz_<model>_logo.png)', de: 'zeigt ein Modelllogo von OpenScape Business (OSBiz_<model>_logo.png)' } },
    { field: 'text', pattern: /\bOpenScape Business (?:Assistant|Expert|X\d|S)\b|\bOSBiz\b/, weight: 5, note: { en: 'names the OpenScape Business WBM', de: 'nennt das OpenScape Business WBM' } },
    namedInText('Unify', /\bUnify\b/),
    passwordField('OpenScape Business'),
  ],
};
