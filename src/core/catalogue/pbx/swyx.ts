import type { ProductSignature } from '../types';
import { vendorAssets } from '../vendor-assets';
import { namedInText, passwordField } from './common';

const SWYX_DOMAINS = ['swyxon.com'];

/**
 * SwyxWare (Enreach, formerly Swyx Solutions): the web administration "Swyx Control Center" (SCC) of the server and of
 * the hosted SwyxON platform. No public facts about its markup were found: product names in the title plus a login
 * form.
 */
export const SWYX: ProductSignature = {
  id: 'swyx',
  name: 'Swyx',
  family: 'pbx',
  vendorDomains: [...SWYX_DOMAINS],
  nameTokens: ['swyx', 'swyxware', 'enreach'],
  requiresPasswordField: true,
  signals: [
    { field: 'title', pattern: /\bSwyx(?:Ware|ON)?\b|\bSwyx Control Center\b/i, weight: 30, note: { en: 'title names Swyx', de: 'Titel nennt Swyx' } },
    { field: 'host', pattern: /^(?!www\.)[\w.-]*\.swyxon\.com$/i, weight: 25, note: { en: 'hosted on SwyxON', de: 'gehostet auf SwyxON' } },
    { field: 'text', pattern: /\bSwyx Control Center\b|\bSwyxWare\b/, weight: 5, note: { en: 'names the Swyx Control Center', de: 'nennt das Swyx Control Center' } },
    namedInText('Swyx/Enreach', /\bSwyx\b|\bEnreach\b/),
    passwordField('Swyx'),
    ...vendorAssets('Swyx', SWYX_DOMAINS),
  ],
};
