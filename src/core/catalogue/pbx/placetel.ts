import type { ProductSignature } from '../types';
import { vendorAssets } from '../vendor-assets';
import { namedInText, passwordField } from './common';

const PLACETEL_DOMAINS = ['placetel.de'];

/**
 * Placetel (Cisco Webex Calling by Placetel): the hosted PBX's web admin under placetel.de. Public facts: the domain
 * and the product name; the markup of the sign-in is not public.
 */
export const PLACETEL: ProductSignature = {
  id: 'placetel',
  name: 'Placetel',
  family: 'pbx',
  vendorDomains: [...PLACETEL_DOMAINS],
  nameTokens: ['placetel'],
  requiresPasswordField: true,
  signals: [
    { field: 'host', pattern: /^(?!www\.)[\w.-]*\.placetel\.de$/i, weight: 25, note: { en: 'hosted on placetel.de', de: 'gehostet auf placetel.de' } },
    { field: 'title', pattern: /\bPlacetel\b/i, weight: 10, note: { en: 'title names Placetel', de: 'Titel nennt Placetel' } },
    namedInText('Placetel', /\bPlacetel\b/),
    passwordField('Placetel'),
    ...vendorAssets('Placetel', PLACETEL_DOMAINS),
  ],
};
