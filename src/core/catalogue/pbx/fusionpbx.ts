import type { ProductSignature } from '../types';
import { namedInText, passwordField } from './common';

/** FusionPBX login view: PHP-served theme CSS and jQuery (`css.php`, `jquery.min.js.php`), #btn_login. Title is configurable. */
export const FUSIONPBX: ProductSignature = {
  id: 'fusionpbx',
  name: 'FusionPBX',
  family: 'pbx',
  vendorDomains: [],
  nameTokens: ['fusionpbx'],
  signals: [
    { field: 'script', pattern: /\/resources\/jquery\/jquery\.min\.js\.php(?:[?#]|$)/, weight: 45, note: { en: 'loads FusionPBX jquery.min.js.php', de: 'lädt FusionPBX jquery.min.js.php' } },
    { field: 'style', pattern: /\/themes\/[a-z0-9_-]+\/css\.php(?:[?#]|$)/i, weight: 35, note: { en: 'FusionPBX theme stylesheet css.php', de: 'FusionPBX-Theme-Stylesheet css.php' } },
    { field: 'input', pattern: /^submit +btn_login /, weight: 15, note: { en: 'login button #btn_login', de: 'Anmeldeschaltfläche #btn_login' } },
    { field: 'input', pattern: /^(?:text|select) domain_name domain_name /, weight: 15, note: { en: 'FusionPBX domain field', de: 'FusionPBX-Domainfeld' } },
    { field: 'title', pattern: /\bFusionPBX\b/, weight: 15, note: { en: 'title names FusionPBX', de: 'Titel nennt FusionPBX' } },
    namedInText('FusionPBX', /\bFusionPBX\b/),
    passwordField('FusionPBX'),
  ],
};
