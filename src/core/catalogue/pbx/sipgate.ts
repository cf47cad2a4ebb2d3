import type { ProductSignature } from '../types';
import { namedInText, passwordField } from './common';

/**
 * sipgate (sipgate team / sipgate trunking): the web app app.sipgate.com signs in through login.sipgate.com. Public
 * facts: the hosts and the product names; the markup of the sign-in is not public.
 */
export const SIPGATE: ProductSignature = {
  id: 'sipgate',
  name: 'sipgate',
  family: 'pbx',
  vendorDomains: ['sipgate.com', 'sipgate.de', 'sipgate.co.uk'],
  nameTokens: ['sipgate'],
  signals: [
    { field: 'host', pattern: /^(?:login|app|secure)\.sipgate\.(?:com|de|co\.uk)$/i, weight: 35, note: 'sipgate sign-in or app host' },
    { field: 'title', pattern: /\bsipgate\b/i, weight: 15, note: 'title names sipgate' },
    namedInText('sipgate', /\bsipgate\b/i),
    passwordField('sipgate'),
  ],
};
