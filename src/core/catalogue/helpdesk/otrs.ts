import type { ProductSignature } from '../types';
import { OTRS_FAMILY_SIGNALS } from './otrs-family';

export const otrs: ProductSignature = {
  id: 'otrs',
  name: 'OTRS',
  family: 'helpdesk',
  vendorDomains: [],
  nameTokens: ['otrs'],
  signals: [
    { field: 'title', pattern: / - (\(\(OTRS\)\)|OTRS\b)/, weight: 45, note: { en: 'title names OTRS', de: 'Titel nennt OTRS' } },
    ...OTRS_FAMILY_SIGNALS,
    { field: 'text', pattern: /\bOTRS\b/, weight: 10, note: { en: 'page names OTRS', de: 'Seite nennt OTRS' } },
  ],
  selectors: {
    forgotPassword: ['a#LostPassword'],
  },
};
