import type { ProductSignature } from '../types';

/**
 * SysAid, on-premises and Cloud (<account>.sysaidit.com). Sources: nuclei-templates sysaid-panel.yaml (/Login.jsp,
 * "SysAid Help Desk Software", ajaxTools.js?v…), a public Selenium test asserting the title, sysaidit.com tenants in
 * public code. No login field names are public.
 */
export const sysaid: ProductSignature = {
  id: 'sysaid',
  name: 'SysAid',
  family: 'helpdesk',
  vendorDomains: ['sysaidit.com'],
  nameTokens: ['sysaid'],
  signals: [
    { field: 'title', pattern: /^SysAid Help Desk Software$/i, weight: 45, note: { en: 'title is the SysAid console title', de: 'Titel ist der Titel der SysAid-Konsole' } },
    { field: 'host', pattern: /(^|\.)sysaidit\.com$/i, weight: 40, note: { en: 'hosted on SysAid Cloud (sysaidit.com)', de: 'gehostet auf SysAid Cloud (sysaidit.com)' } },
    { field: 'script', pattern: /\/ajaxTools\.js\?v[\w.]+$/, weight: 25, note: { en: 'SysAid script (ajaxTools.js)', de: 'SysAid-Skript (ajaxTools.js)' } },
    { field: 'path', pattern: /\/(Login|InvalidAccount)\.jsp$/, weight: 15, note: { en: 'SysAid login path (/Login.jsp)', de: 'SysAid-Anmeldepfad (/Login.jsp)' } },
    { field: 'input', pattern: /^password\b/, weight: 10, note: { en: 'password field', de: 'Kennwortfeld' } },
    { field: 'text', pattern: /\bSysAid\b|info@sysaid\.com/, weight: 5, note: { en: 'page names SysAid', de: 'Seite nennt SysAid' } },
  ],
};
