import type { ReuseMatch } from '../../core/messages';
import { h, msg, trusted } from './dom';
import { FULL_PAGE_CSS, showFullPageDialog } from './full-page-dialog';

const CSS = `${FULL_PAGE_CSS}
.change { background: #fff4e5; border-radius: 8px; padding: 10px 12px; margin-top: 14px; }
`;

export interface ReuseWarningActions {
  leave: () => void;
  openConsole: () => void;
  trust: () => Promise<boolean>;
  /** The page kept covering the warning: take the page away. */
  contested: () => void;
}

/**
 * The full-page warning when a console's password is typed where it does not belong, in the extension's closed
 * shadow root and the browser's top layer (like the look-alike warning). "Leave this page" is focused and is what
 * Enter does; staying needs a real click and a second one to confirm.
 */
export function showReuseWarning(match: ReuseMatch, actions: ReuseWarningActions, onClosed: () => void): void {
  const close = () => {
    dialog.close();
    onClosed();
  };
  const leave = h('button', { class: 'primary', type: 'button', 'data-action': 'leave', onclick: trusted(actions.leave) }, msg('reuseWarnLeave'));
  const buttons: HTMLButtonElement[] = [leave];
  if (match.canTrust) {
    const trust = h('button', { type: 'button', 'data-action': 'trust' }, msg('reuseWarnTrust'));
    let armed = false;
    trust.addEventListener(
      'click',
      trusted(() => {
        if (!armed) {
          armed = true;
          trust.textContent = msg('reuseWarnTrustConfirm', match.typedOn);
          trust.className = 'danger';
          return;
        }
        void actions.trust().then((ok) => ok && close());
      }),
    );
    buttons.push(trust);
  }
  const stay = h('button', { type: 'button', 'data-action': 'continue' }, msg('reuseWarnContinue'));
  let stayArmed = false;
  stay.addEventListener(
    'click',
    trusted(() => {
      if (!stayArmed) {
        stayArmed = true;
        stay.textContent = msg('reuseWarnContinueConfirm');
        stay.className = 'danger';
        return;
      }
      close();
    }),
  );
  buttons.push(stay);
  const change = h(
    'div',
    { class: 'change' },
    h('p', {}, msg('reuseWarnChange', match.console)),
    match.consoleOrigin ? h('button', { type: 'button', 'data-action': 'open-console', onclick: trusted(actions.openConsole) }, msg('reuseWarnOpenConsole', match.console)) : null,
  );
  const card = h(
    'div',
    { class: 'card', role: 'alertdialog', 'aria-modal': 'true', 'aria-labelledby': 'acg-title', 'aria-describedby': 'acg-desc' },
    h('h1', { id: 'acg-title' }, msg('reuseWarnTitle')),
    h('p', { id: 'acg-desc' }, msg('reuseWarnBody', [match.console, match.product])),
    h('p', {}, msg('reuseWarnTypedOn'), ' ', h('code', { 'data-field': 'typed-on' }, match.typedOn)),
    change,
    h('div', { class: 'actions' }, ...buttons),
  );
  const dialog = showFullPageDialog(CSS, card, { labelledBy: 'acg-title', safe: leave, onContested: actions.contested });
}
