import type { ProductSignature } from '../types';

/**
 * KIX (KIX Service Software; KIX Start / KIX Pro, the successor of KIX4OTRS). Source: kix-service-software/kix-frontend
 * src/frontend-applications/agent-portal/modules/authentication-login/webapp/login (index.marko: title "KIX 18",
 * favicon /static/img/kix_default.png; login-component: #kix-logo, "Welcome to KIX", fields username / password,
 * "A product by KIX Service Software GmbH").
 */
export const kix: ProductSignature = {
  id: 'kix',
  name: 'KIX',
  family: 'helpdesk',
  vendorDomains: [],
  nameTokens: ['kix'],
  signals: [
    { field: 'title', pattern: /^KIX(?: \d+| Start| Pro| Cloud)?\b/, weight: 30, note: 'title names KIX' },
    { field: 'icon', pattern: /\/static\/img\/kix_default\.png(?:[?#]|$)/, weight: 30, note: 'KIX default icon' },
    { field: 'image', pattern: /\/static\/img\/kix_default\.png(?:[?#]|$)/, weight: 15, note: 'KIX default logo' },
    { field: 'attr', pattern: /^id=kix-logo$/, weight: 15, note: 'KIX login logo (#kix-logo)' },
    { field: 'input', pattern: /^password password\b/, weight: 10, note: 'password field' },
    { field: 'text', pattern: /Welcome to KIX|KIX Service Software/, weight: 10, note: 'page names KIX' },
  ],
};
