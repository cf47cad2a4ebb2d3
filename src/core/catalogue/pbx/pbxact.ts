import type { ProductSignature } from '../types';
import { FREEPBX, FREEPBX_FRAMEWORK_SIGNALS } from './freepbx';
import { namedInText, passwordField } from './common';

/**
 * Sangoma PBXact: Sangoma's commercial PBX appliance built on the FreePBX framework, so its admin login is the
 * FreePBX one (/admin/config.php, FreePBX.js, #loginform) under the PBXact name. Sangoma's own pages describe PBXact
 * as "powered by FreePBX"; the name in the title or the page is what tells it from FreePBX.
 */
export const SANGOMA_PBXACT: ProductSignature = {
  id: 'sangoma-pbxact',
  name: 'Sangoma PBXact',
  family: 'pbx',
  vendorDomains: [],
  nameTokens: ['pbxact', 'sangoma', 'freepbx'],
  signals: [
    { field: 'title', pattern: /\bPBXact\b/i, weight: 50, note: { en: 'title names PBXact', de: 'Titel nennt PBXact' } },
    ...FREEPBX_FRAMEWORK_SIGNALS,
    namedInText('PBXact', /\bPBXact\b/i),
    passwordField('Sangoma PBXact'),
  ],
  ...(FREEPBX.selectors ? { selectors: FREEPBX.selectors } : {}),
};
