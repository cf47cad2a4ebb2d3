import type { ProductSignature } from '../types';

/**
 * iTop (Combodo). Source: Combodo/iTop templates/pages/login/login.html.twig and base.html.twig (#login-body,
 * #login-logo, form#login_form, "Welcome to iTop!"), extensionblock/loginforminput.html.twig (auth_user #user,
 * auth_pwd #pwd) and the English dictionary (title "iTop login", "Forgot your password?"). Pages live under /pages/.
 */
export const itop: ProductSignature = {
  id: 'itop',
  name: 'iTop',
  family: 'helpdesk',
  vendorDomains: [],
  nameTokens: ['itop', 'combodo'],
  signals: [
    { field: 'title', pattern: /^iTop login$/i, weight: 40, note: { en: 'title is "iTop login"', de: 'Titel ist „iTop login“' } },
    { field: 'input', pattern: /^password auth_pwd pwd\b/, weight: 25, note: { en: 'iTop password field (auth_pwd)', de: 'iTop-Kennwortfeld (auth_pwd)' } },
    { field: 'input', pattern: /^text auth_user user\b/, weight: 10, note: { en: 'iTop user field (auth_user)', de: 'iTop-Benutzerfeld (auth_user)' } },
    { field: 'form', pattern: /(^| )login_form( |$)/, weight: 10, note: { en: 'iTop login form (#login_form)', de: 'iTop-Anmeldeformular (#login_form)' } },
    { field: 'attr', pattern: /^id=login-logo$/, weight: 5, note: { en: 'iTop login logo', de: 'iTop-Anmeldelogo' } },
    { field: 'path', pattern: /\/pages\/(UI|exec)\.php$/, weight: 10, note: { en: 'iTop page path (/pages/UI.php)', de: 'iTop-Seitenpfad (/pages/UI.php)' } },
    { field: 'text', pattern: /Welcome to iTop|\biTop\b/, weight: 10, note: { en: 'page names iTop', de: 'Seite nennt iTop' } },
  ],
};
