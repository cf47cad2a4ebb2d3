import type { ProductSignature } from '../types';
import { vendorAssets } from '../vendor-assets';
import { namedInText, passwordField } from './common';

const SIPGATE_DOMAINS = ['sipgate.com', 'sipgate.de', 'sipgate.co.uk'];

/**
 * sipgate (sipgate team / sipgate trunking): the web app app.sipgate.com signs in through login.sipgate.com. Public
 * facts: the hosts and the product names; the markup of the sign-in is not public.
 */
export const SIPGATE: ProductSignature = {
  id: 'sipgate',
  name: 'sipgate',
  family: 'pbx',
  vendorDomains: [...SIPGATE_DOMAINS],
  nameTokens: ['sipgate'],
  requiresPasswordField: true,
  signals: [
    { field: 'host', pattern: /^(?:login|app|secure)\.sipgate\.(?:com|de|co\.uk)$/i, weight: 35, note: { en: 'sipgate sign-in or app host', de: 'sipgate-Anmelde- oder App-Host' } },
    { field: 'title', pattern: /\bsipgate\b/i, weight: 15, note: { en: 'title names sipgate', de: 'Titel nennt sipgate' } },
    namedInText('sipgate', /\bsipgate\b/i),
    passwordField('sipgate'),
    ...vendorAssets('sipgate', SIPGATE_DOMAINS),
  ],
};
