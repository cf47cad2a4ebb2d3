import type { ProductSignature } from '../types';
import { OTRS_FAMILY_SIGNALS } from './otrs-family';

export const znuny: ProductSignature = {
  id: 'znuny',
  name: 'Znuny',
  family: 'helpdesk',
  vendorDomains: [],
  nameTokens: ['znuny', 'otrs'],
  signals: [
    { field: 'title', pattern: / - Znuny( LTS)?$/, weight: 45, note: { en: 'title names Znuny', de: 'Titel nennt Znuny' } },
    ...OTRS_FAMILY_SIGNALS,
    { field: 'style', pattern: /\/common\/css\/font-awesome\.min\.css(\?|$)/, weight: 5, note: { en: 'Znuny login stylesheet set', de: 'Znuny-Anmelde-Stylesheets' } },
    { field: 'text', pattern: /\bZnuny\b/, weight: 10, note: { en: 'page names Znuny', de: 'Seite nennt Znuny' } },
  ],
  selectors: {
    forgotPassword: ['a#LostPassword'],
  },
};
