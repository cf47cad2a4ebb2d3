import type { ProductSignature } from '../types';
import { namedInText, passwordField } from './common';

/**
 * Avaya IP Office: "IP Office Web Manager", served by the IP Office server (port 8443) under `/WebMgmtEE/`
 * (Avaya's documentation: https://<ip>:8443/WebMgmtEE/WebManagement.html). The markup itself is not public.
 */
export const AVAYA_IP_OFFICE: ProductSignature = {
  id: 'avaya-ip-office',
  name: 'Avaya IP Office',
  family: 'pbx',
  vendorDomains: [],
  nameTokens: ['avaya', 'ipoffice'],
  signals: [
    { field: 'path', pattern: /^\/WebMgmtEE\//i, weight: 35, note: { en: 'path is the IP Office Web Manager (/WebMgmtEE/)', de: 'Pfad ist der IP Office Web Manager (/WebMgmtEE/)' } },
    { field: 'title', pattern: /\bIP Office\b/i, weight: 30, note: { en: 'title names IP Office', de: 'Titel nennt IP Office' } },
    { field: 'text', pattern: /\bIP Office (?:Web Manager|Server Edition|Application Server)\b/i, weight: 10, note: { en: 'names IP Office Web Manager', de: 'nennt IP Office Web Manager' } },
    namedInText('Avaya', /\bAvaya\b/),
    passwordField('Avaya IP Office'),
  ],
};
