import type { ReuseMatch } from '../../core/messages';
import { createHost, BASE_CSS } from './host';
import { h, msg, trusted } from './dom';

const CSS = `${BASE_CSS}
dialog { border: none; padding: 0; background: transparent; max-width: none; max-height: none; width: 100vw; height: 100vh; margin: 0; display: grid; place-items: center; }
dialog::backdrop { background: #7f1010; }
.card { max-width: 640px; background: #fff; color: #1c2330; border-radius: 12px; padding: 28px 32px; box-shadow: 0 10px 40px rgba(0,0,0,.4); }
h1 { margin: 0 0 12px; font-size: 22px; color: #c62828; }
p { margin: 8px 0; }
code { font: 13px ui-monospace, monospace; background: #f3f5f9; padding: 1px 4px; border-radius: 4px; word-break: break-all; }
.change { background: #fff4e5; border-radius: 8px; padding: 10px 12px; margin-top: 14px; }
.actions { display: flex; gap: 12px; margin-top: 20px; flex-wrap: wrap; }
`;

const CHECK_MS = 250;
const MAX_REPAIRS = 5;
const REPAIR_WINDOW_MS = 10_000;

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
  const host = createHost('inset: 0 !important; width: 100vw !important; height: 100vh !important;', CSS);
  let watch: ReturnType<typeof setInterval> | undefined;
  const close = () => {
    clearInterval(watch);
    dialog.close();
    host.remove();
    document.documentElement.style.removeProperty('overflow');
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
  const focusables = () => [...card.querySelectorAll('button')];
  card.addEventListener('keydown', (e) => {
    if (e.key === 'Tab') {
      e.preventDefault();
      const all = focusables();
      const i = all.indexOf(host.root.activeElement as HTMLButtonElement);
      all[(i + (e.shiftKey ? all.length - 1 : 1)) % all.length]!.focus();
    } else if (e.key === 'Escape') {
      e.preventDefault();
      leave.focus();
    }
  });
  const dialog = h('dialog', { 'aria-labelledby': 'acg-title' }, card);
  dialog.addEventListener('cancel', (e) => e.preventDefault());
  host.root.append(dialog);
  const show = () => {
    if (!dialog.isConnected) return;
    if (dialog.open && !dialog.matches(':modal')) dialog.close();
    if (!dialog.open) dialog.showModal();
    leave.focus();
  };
  show();
  host.onReattach(show);
  const repairs: number[] = [];
  const onTop = () => dialog.matches(':modal') && document.elementFromPoint(innerWidth / 2, innerHeight / 2) === host.element;
  watch = setInterval(() => {
    if (onTop()) return;
    const now = Date.now();
    repairs.push(now);
    while (repairs.length && now - repairs[0]! > REPAIR_WINDOW_MS) repairs.shift();
    if (repairs.length > MAX_REPAIRS) {
      clearInterval(watch);
      actions.contested();
      return;
    }
    dialog.close();
    show();
  }, CHECK_MS);
  document.documentElement.style.setProperty('overflow', 'hidden', 'important');
}
