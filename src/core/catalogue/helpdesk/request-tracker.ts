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
    { field: 'form', pattern: /\/NoAuth\/Login\.html\b/, weight: 40, note: 'RT login form (/NoAuth/Login.html)' },
    { field: 'style', pattern: /\/NoAuth\/css\//, weight: 20, note: 'RT stylesheet path (/NoAuth/css/)' },
    { field: 'attr', pattern: /^id=login-box$/, weight: 10, note: 'RT login box' },
    { field: 'input', pattern: /^password pass password\b/, weight: 10, note: 'RT password field (pass)' },
    { field: 'text', pattern: /\bRT Version \d/, weight: 10, note: 'RT version line' },
    { field: 'text', pattern: /Best Practical Solutions/, weight: 10, note: 'page names Best Practical' },
  ],
};
