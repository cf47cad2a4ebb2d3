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
    { field: 'path', pattern: /\/servicedesk\/customer\/(user\/(login|signup|forgotpassword)|portals?)(\/|$)/, weight: 35, note: { en: 'Jira Service Management customer portal path', de: 'Kundenportal-Pfad von Jira Service Management' } },
    { field: 'path', pattern: /^\/jira\/servicedesk(\/|$)/, weight: 30, note: { en: 'Jira Service Management agent path', de: 'Agentenpfad von Jira Service Management' } },
    { field: 'title', pattern: /Jira Service (Management|Desk)/, weight: 30, note: { en: 'title names Jira Service Management', de: 'Titel nennt Jira Service Management' } },
    { field: 'host', pattern: /(^|\.)atlassian\.net$/i, weight: 20, note: { en: 'hosted on atlassian.net', de: 'gehostet auf atlassian.net' } },
    { field: 'input', pattern: /\b(os_username login-form-username|os_password login-form-password)\b/, weight: 10, note: { en: 'Jira login form field', de: 'Feld des Jira-Anmeldeformulars' } },
    { field: 'input', pattern: /^password\b/, weight: 10, note: { en: 'password field', de: 'Kennwortfeld' } },
    { field: 'text', pattern: /Jira Service (Management|Desk)/, weight: 10, note: { en: 'page names Jira Service Management', de: 'Seite nennt Jira Service Management' } },
    // Data Center's own login (/login.jsp), shared with Jira Software: these alone stay below the threshold (45);
    // with the page naming Jira Service Management (a service desk's login says so) they reach it.
    { field: 'path', pattern: /\/login\.jsp$/, weight: 10, note: { en: 'Jira Data Center login path (/login.jsp)', de: 'Anmeldepfad von Jira Data Center (/login.jsp)' } },
    { field: 'meta', pattern: /^application-name=JIRA$/i, weight: 10, note: { en: 'application name JIRA', de: 'Anwendungsname JIRA' } },
    { field: 'form', pattern: /^\S*login\.jsp\S* login-form\b/, weight: 5, note: { en: 'Jira login form (#login-form)', de: 'Jira-Anmeldeformular (#login-form)' } },
  ],
  selectors: {
    forgotPassword: ['a[href*="/servicedesk/customer/user/forgotpassword"]', 'a#forgotpassword', 'a[href*="ForgotLoginDetails"]'],
  },
};
