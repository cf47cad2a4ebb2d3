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
    // Data Center's own login (/login.jsp), shared with Jira Software: these alone stay below the threshold (45);
    // with the page naming Jira Service Management (a service desk's login says so) they reach it.
    { field: 'path', pattern: /\/login\.jsp$/, weight: 10, note: 'Jira Data Center login path (/login.jsp)' },
    { field: 'meta', pattern: /^application-name=JIRA$/i, weight: 10, note: 'application name JIRA' },
    { field: 'form', pattern: /^\S*login\.jsp\S* login-form\b/, weight: 5, note: 'Jira login form (#login-form)' },
  ],
  selectors: {
    forgotPassword: ['a[href*="/servicedesk/customer/user/forgotpassword"]', 'a#forgotpassword', 'a[href*="ForgotLoginDetails"]'],
  },
};
