import type { ProductSignature } from '../types';

/**
 * ServiceNow instances on <instance>.service-now.com. Sources: nuclei-templates servicenow-panel.yaml (/login.do),
 * public automation scripts (#user_name, #user_password, #sysverb_login, navpage.do, gsft_main), ServiceNow's
 * password reset URI /$pwd_reset.do?sysparm_url=ss_default.
 */
export const servicenow: ProductSignature = {
  id: 'servicenow',
  name: 'ServiceNow',
  family: 'helpdesk',
  vendorDomains: ['service-now.com', 'servicenow.com'],
  nameTokens: ['servicenow'],
  signals: [
    { field: 'host', pattern: /(^|\.)service-now\.com$/i, weight: 40, note: { en: 'hosted on service-now.com', de: 'gehostet auf service-now.com' } },
    { field: 'path', pattern: /^\/((login|navpage|nav_to|login_redirect|\$pwd_reset)\.do|now\/nav\/ui)(\/|$)/, weight: 25, note: { en: 'ServiceNow login or navigation path', de: 'ServiceNow-Anmelde- oder Navigationspfad' } },
    { field: 'input', pattern: /^text user_name user_name\b/, weight: 15, note: { en: 'ServiceNow user name field (user_name)', de: 'ServiceNow-Benutzernamenfeld (user_name)' } },
    { field: 'input', pattern: /^password user_password user_password\b/, weight: 15, note: { en: 'ServiceNow password field (user_password)', de: 'ServiceNow-Kennwortfeld (user_password)' } },
    { field: 'input', pattern: /^password\b/, weight: 10, note: { en: 'password field', de: 'Kennwortfeld' } },
    { field: 'text', pattern: /\bServiceNow\b/, weight: 5, note: { en: 'page names ServiceNow', de: 'Seite nennt ServiceNow' } },
  ],
  selectors: {
    forgotPassword: ['a[href*="$pwd_reset.do"]'],
  },
};
