import type { ProductSignature } from '../types';
import { vendorAssets } from '../vendor-assets';
import { namedInText, passwordField } from './common';

const NFON_DOMAINS = ['nfon.com', 'nfon.net', 'cloudya.com'];

/**
 * NFON (Cloudya): the hosted PBX's administration portal for customers and partners. Public facts: the vendor's
 * domains (nfon.com, nfon.net, cloudya.com) and the portal's name ("Administrationsportal", "Service Portal").
 */
export const NFON: ProductSignature = {
  id: 'nfon',
  name: 'NFON',
  family: 'pbx',
  vendorDomains: [...NFON_DOMAINS],
  nameTokens: ['nfon', 'cloudya'],
  requiresPasswordField: true,
  signals: [
    { field: 'host', pattern: /^(?!www\.)[\w.-]*\.(?:nfon\.(?:com|net)|cloudya\.com)$/i, weight: 25, note: { en: 'hosted on an NFON domain', de: 'gehostet auf einer NFON-Domain' } },
    { field: 'title', pattern: /\bNFON\b|\bCloudya\b/i, weight: 10, note: { en: 'title names NFON', de: 'Titel nennt NFON' } },
    { field: 'text', pattern: /Administrations?portal|Administration Portal|Service Portal|Partner Portal/i, weight: 5, note: { en: 'names the NFON administration portal', de: 'nennt das NFON-Verwaltungsportal' } },
    namedInText('NFON', /\bNFON\b|\bCloudya\b/, 5),
    passwordField('NFON'),
    ...vendorAssets('NFON', NFON_DOMAINS),
  ],
};
