import type { ProductSignature } from '../types';

/**
 * ManageEngine ServiceDesk Plus, on-premises (default port 8080) and Cloud (sdpondemand.manageengine.<dc>).
 * Sources: Greenbone NVT 1.3.6.1.4.1.25623.1.0.140780 (title, j_security_check, Login.js, loginstyle.css, login logo
 * paths); Cloud hosts from public API clients. j_username/j_password are generic Java names: weak.
 */
export const manageengineServiceDeskPlus: ProductSignature = {
  id: 'manageengine-servicedesk-plus',
  name: 'ManageEngine ServiceDesk Plus',
  family: 'helpdesk',
  vendorDomains: ['manageengine.com', 'manageengine.eu', 'manageengine.in', 'manageengine.cn', 'manageengine.com.au'],
  nameTokens: ['manageengine', 'servicedesk'],
  signals: [
    { field: 'title', pattern: /^ManageEngine ServiceDesk Plus( MSP)?$/, weight: 50, note: { en: 'title is the ServiceDesk Plus login title', de: 'Titel ist der Titel der ServiceDesk-Plus-Anmeldung' } },
    { field: 'host', pattern: /^(\w+\.)?sdpondemand\.manageengine\.(com|eu|in|cn|com\.au|jp|ca|sa|uk)$/i, weight: 40, note: { en: 'hosted on ServiceDesk Plus Cloud', de: 'gehostet auf ServiceDesk Plus Cloud' } },
    { field: 'image', pattern: /\/custom\/(login\/log-logo\.png|customimages\/Custom_LoginLogo\.\w+)(\?|$)/, weight: 30, note: { en: 'ServiceDesk Plus login logo', de: 'ServiceDesk-Plus-Anmeldelogo' } },
    { field: 'style', pattern: /\/style\/loginstyle\.css(\?\d+)?$/, weight: 25, note: { en: 'ServiceDesk Plus login stylesheet', de: 'ServiceDesk-Plus-Anmelde-Stylesheet' } },
    { field: 'script', pattern: /\/scripts\/Login\.js(\?\d+)?$/, weight: 20, note: { en: 'ServiceDesk Plus login script', de: 'ServiceDesk-Plus-Anmeldeskript' } },
    { field: 'form', pattern: /j_security_check/, weight: 15, note: { en: 'Java container login form (j_security_check)', de: 'Anmeldeformular des Java-Containers (j_security_check)' } },
    { field: 'input', pattern: /^password j_password\b/, weight: 5, note: { en: 'Java container password field', de: 'Kennwortfeld des Java-Containers' } },
    { field: 'text', pattern: /ManageEngine ServiceDesk Plus/, weight: 5, note: { en: 'page names ManageEngine ServiceDesk Plus', de: 'Seite nennt ManageEngine ServiceDesk Plus' } },
  ],
};
