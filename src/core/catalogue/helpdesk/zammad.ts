import type { ProductSignature } from '../types';

/**
 * Zammad (single-page app). Sources: zammad/zammad app/views/layouts/application.html.erb (title = product_name,
 * form.js with id zammad_form_script), app/views/init/index.html.erb, app/assets/javascripts/app/views/login.jst.eco;
 * nuclei-templates zammad-panel.yaml (default title "Zammad Helpdesk").
 */
export const zammad: ProductSignature = {
  id: 'zammad',
  name: 'Zammad',
  family: 'helpdesk',
  vendorDomains: [],
  nameTokens: ['zammad'],
  signals: [
    { field: 'title', pattern: /^Zammad( Helpdesk)?$/i, weight: 45, note: { en: 'title is the Zammad default product name', de: 'Titel ist der Standard-Produktname von Zammad' } },
    // The same script is embedded in customers' websites (Zammad's web form), so it is not enough alone.
    { field: 'script', pattern: /\/assets\/form\/form\.js(\?|$)/, weight: 30, note: { en: 'Zammad application script (assets/form/form.js)', de: 'Zammad-Anwendungsskript (assets/form/form.js)' } },
    { field: 'image', pattern: /\/api\/v1\/sessions\/logo(\?|$)/, weight: 30, note: { en: 'Zammad login logo (api/v1/sessions/logo)', de: 'Zammad-Anmeldelogo (api/v1/sessions/logo)' } },
    { field: 'input', pattern: /Username \/ email/i, weight: 20, note: { en: 'Zammad login field "Username / email"', de: 'Zammad-Anmeldefeld „Username / email“' } },
    { field: 'hash', pattern: /^#(login|password_reset|reset_password)\b/, weight: 10, note: { en: 'Zammad login route', de: 'Zammad-Anmelderoute' } },
    { field: 'attr', pattern: /^class=splash( |$)/, weight: 10, note: { en: 'Zammad loading splash', de: 'Zammad-Ladebildschirm' } },
    { field: 'text', pattern: /\bZammad\b/, weight: 10, note: { en: 'page names Zammad', de: 'Seite nennt Zammad' } },
    { field: 'link', pattern: /#(password_reset|reset_password)$/, weight: 10, note: { en: 'Zammad password reset route', de: 'Zammad-Route zum Zurücksetzen des Kennworts' } },
  ],
  selectors: {
    forgotPassword: ['a[href="#password_reset"]', 'a[href="#reset_password"]'],
  },
};
