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
    { field: 'style', pattern: /\/bundles\/uvdeskcoreframework\//, weight: 45, note: 'UVdesk core framework stylesheets' },
    { field: 'form', pattern: /(^| )loginForm( |$)/, weight: 10, note: 'UVdesk login form (#loginForm)' },
    { field: 'input', pattern: /^password _password\b/, weight: 15, note: 'Symfony login field (_password)' },
    { field: 'path', pattern: /\/member\/login$/, weight: 15, note: 'UVdesk agent login path (/member/login)' },
    { field: 'text', pattern: /\bUVdesk\b/i, weight: 10, note: 'page names UVdesk' },
  ],
  selectors: {
    forgotPassword: ['a.forgot-password-cta'],
  },
};
