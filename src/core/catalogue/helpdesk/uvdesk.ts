import type { ProductSignature } from '../types';

/**
 * UVdesk (Webkul). Sources: uvdesk/core-framework Resources/views/login.html.twig (form#loginForm, _username,
 * _password, _remember_me, "Log in to your …", "Forgot Password?") and Templates/layout.html.twig (title block,
 * bundles/uvdeskcoreframework/css/_uikit.css); uvdesk/community-skeleton config/packages/security.yaml (agent login
 * at /<member_prefix>/login, `member` by default, behind the locale: /en/member/login).
 */
export const uvdesk: ProductSignature = {
  id: 'uvdesk',
  name: 'UVdesk',
  family: 'helpdesk',
  vendorDomains: ['uvdesk.com'],
  nameTokens: ['uvdesk'],
  signals: [
    { field: 'style', pattern: /\/bundles\/uvdeskcoreframework\//, weight: 45, note: { en: 'UVdesk core framework stylesheets', de: 'Stylesheets des UVdesk-Core-Frameworks' } },
    { field: 'form', pattern: /(^| )loginForm( |$)/, weight: 10, note: { en: 'UVdesk login form (#loginForm)', de: 'UVdesk-Anmeldeformular (#loginForm)' } },
    { field: 'input', pattern: /^password _password\b/, weight: 15, note: { en: 'Symfony login field (_password)', de: 'Symfony-Anmeldefeld (_password)' } },
    { field: 'path', pattern: /\/member\/login$/, weight: 15, note: { en: 'UVdesk agent login path (/member/login)', de: 'UVdesk-Anmeldepfad für Agenten (/member/login)' } },
    { field: 'text', pattern: /\bUVdesk\b/i, weight: 10, note: { en: 'page names UVdesk', de: 'Seite nennt UVdesk' } },
  ],
  selectors: {
    forgotPassword: ['a.forgot-password-cta'],
  },
};
