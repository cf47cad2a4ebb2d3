import { h, msg, trusted } from './dom';
import { FULL_PAGE_CSS, showFullPageDialog } from './full-page-dialog';

export interface LookalikeInfo {
  product: string;
  host: string;
  lookalikeOf: string;
}

/**
 * The full-page phishing warning (lookalikeAction "warn"). "Leave" is focused and is what Enter does;
 * continuing needs a real click and a second confirmation. A page that keeps covering it gets the block page.
 */
export function showLookalikeWarning(info: LookalikeInfo, onLeave: () => void, onContested: () => void): void {
  const leave = h('button', { class: 'primary', type: 'button', 'data-action': 'leave', onclick: trusted(onLeave) }, msg('warnLeave'));
  const proceed = h('button', { type: 'button', 'data-action': 'continue' }, msg('warnContinue'));
  let armed = false;
  proceed.addEventListener(
    'click',
    trusted(() => {
      if (!armed) {
        armed = true;
        proceed.textContent = msg('warnContinueConfirm');
        proceed.className = 'danger';
        return;
      }
      dialog.close();
    }),
  );
  const card = h(
    'div',
    { class: 'card', role: 'alertdialog', 'aria-modal': 'true', 'aria-labelledby': 'acg-title', 'aria-describedby': 'acg-desc' },
    h('h1', { id: 'acg-title' }, msg('warnLookalikeTitle')),
    h('p', { id: 'acg-desc' }, msg('warnLookalikeBody', [info.product, info.lookalikeOf])),
    h('p', {}, msg('warnThisSite'), ' ', h('code', {}, info.host)),
    h('p', {}, msg('warnRealSite'), ' ', h('code', {}, info.lookalikeOf)),
    h('div', { class: 'actions' }, leave, proceed),
  );
  const dialog = showFullPageDialog(FULL_PAGE_CSS, card, { labelledBy: 'acg-title', safe: leave, onContested });
}
