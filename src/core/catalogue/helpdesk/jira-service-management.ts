import type { ProductSignature } from '../types';

/**
 * Jira Service Management (formerly Jira Service Desk), Cloud on `<site>.atlassian.net` and Data Center anywhere.
 * Sources: research/fingerprints-helpdesk.md (customer portal paths /servicedesk/customer/…, agent path
 * /jira/servicedesk/…, Data Center login form ids). atlassian.net also hosts Jira Software and Confluence, so the
 * host alone is weak; the Jira login field names are shared by all Jira products and Confluence.
 */
export const jiraServiceManagement: ProductSignature = {
  id: 'jira-service-management',
  name: 'Jira Service Management',
  family: 'helpdesk',
  // id.atlassian.com is Atlassian's own login for every cloud product.
  vendorDomains: ['atlassian.net', 'atlassian.com'],
  signInHosts: ['id.atlassian.com'],
  nameTokens: ['jira', 'atlassian'],
  signals: [
    { field: 'path', pattern: /\/servicedesk\/customer\/(user\/(login|signup|forgotpassword)|portals?)(\/|$)/, weight: 35, note: 'Jira Service Management customer portal path' },
    { field: 'path', pattern: /^\/jira\/servicedesk(\/|$)/, weight: 30, note: 'Jira Service Management agent path' },
    { field: 'title', pattern: /Jira Service (Management|Desk)/, weight: 30, note: 'title names Jira Service Management' },
    { field: 'host', pattern: /(^|\.)atlassian\.net$/i, weight: 20, note: 'hosted on atlassian.net' },
    { field: 'input', pattern: /\b(os_username login-form-username|os_password login-form-password)\b/, weight: 10, note: 'Jira login form field' },
    { field: 'input', pattern: /^password\b/, weight: 10, note: 'password field' },
    { field: 'text', pattern: /Jira Service (Management|Desk)/, weight: 10, note: 'page names Jira Service Management' },
  ],
  selectors: {
    forgotPassword: ['a[href*="/servicedesk/customer/user/forgotpassword"]', 'a#forgotpassword', 'a[href*="ForgotLoginDetails"]'],
  },
};
