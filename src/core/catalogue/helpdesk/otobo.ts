import type { ProductSignature } from '../types';
import { OTRS_FAMILY_SIGNALS } from './otrs-family';

/**
 * OTOBO (Rother OSS), the other maintained fork of ((OTRS)) Community Edition. Source: RotherOSS/otobo
 * Kernel/Output/HTML/Templates/Standard/Login.tt (the OTRS-family login: body.LoginScreen, #User, #Password,
 * #LostPassword, skins/Agent/default/css) and Kernel/Config/Defaults.pm (ProductName "OTOBO", ScriptAlias `otobo/`,
 * Frontend::WebPath `/otobo-web/`).
 */
export const otobo: ProductSignature = {
  id: 'otobo',
  name: 'OTOBO',
  family: 'helpdesk',
  vendorDomains: [],
  nameTokens: ['otobo', 'otrs'],
  signals: [
    { field: 'title', pattern: / - OTOBO$/, weight: 45, note: { en: 'title names OTOBO', de: 'Titel nennt OTOBO' } },
    ...OTRS_FAMILY_SIGNALS,
    { field: 'style', pattern: /\/otobo-web\//, weight: 20, note: { en: 'OTOBO web path (/otobo-web/)', de: 'OTOBO-Webpfad (/otobo-web/)' } },
    { field: 'path', pattern: /\/otobo\/(index|customer)\.pl$/, weight: 10, note: { en: 'OTOBO script alias (/otobo/index.pl)', de: 'OTOBO-Skriptpfad (/otobo/index.pl)' } },
    { field: 'text', pattern: /\bOTOBO\b/, weight: 10, note: { en: 'page names OTOBO', de: 'Seite nennt OTOBO' } },
  ],
  selectors: {
    forgotPassword: ['a#LostPassword'],
  },
};
