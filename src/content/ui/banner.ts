import { createHost, BASE_CSS } from './host';
import { h, msg, trusted } from './dom';

const CSS = `${BASE_CSS}
.banner { display: flex; gap: 12px; align-items: flex-start; background: #fff4e5; border: 2px solid #b35900; border-radius: 10px; padding: 10px 14px; box-shadow: 0 4px 16px rgba(0,0,0,.2); max-width: 560px; }
.text { flex: 1; }
.actions { display: flex; gap: 8px; margin-top: 8px; flex-wrap: wrap; }
strong { color: #8a4500; }
`;

export interface BannerAction {
  label: string;
  onClick: () => void;
}

/** A dismissible banner in the page's top-right corner; actions need a real click. `details`: more below the body. Returns its remover. */
export function showBanner(title: string, body: string, actions: BannerAction[] = [], details?: Node): () => void {
  const host = createHost('top: 12px !important; right: 12px !important;', CSS);
  const close = h('button', { type: 'button', 'aria-label': msg('bannerDismiss'), onclick: trusted(() => host.remove()) }, '✕');
  const buttons = actions.map((a, i) => h('button', { type: 'button', class: i === 0 ? 'primary' : '', onclick: trusted(a.onClick) }, a.label));
  host.root.append(
    h(
      'div',
      { class: 'banner', role: 'status' },
      h('div', { class: 'text' }, h('strong', {}, title), h('div', {}, body), details, buttons.length ? h('div', { class: 'actions' }, ...buttons) : null),
      close,
    ),
  );
  return host.remove;
}
