import { createHost, BASE_CSS } from './host';
import { h } from './dom';

/** The look of a full-page warning: a card on a red backdrop, filling the viewport. */
export const FULL_PAGE_CSS = `${BASE_CSS}
dialog { border: none; padding: 0; background: transparent; max-width: none; max-height: none; width: 100vw; height: 100vh; margin: 0; display: grid; place-items: center; }
dialog::backdrop { background: #7f1010; }
.card { max-width: 640px; background: #fff; color: #1c2330; border-radius: 12px; padding: 28px 32px; box-shadow: 0 10px 40px rgba(0,0,0,.4); }
h1 { margin: 0 0 12px; font-size: 22px; color: #c62828; }
p { margin: 8px 0; }
code { font: 13px ui-monospace, monospace; background: #f3f5f9; padding: 1px 4px; border-radius: 4px; word-break: break-all; }
.actions { display: flex; gap: 12px; margin-top: 20px; flex-wrap: wrap; }
`;

/** How often the warning checks that it is still the topmost thing on screen. */
const CHECK_MS = 250;
/** Repairs tolerated within REPAIR_WINDOW_MS before the page is taken away from the user altogether. */
const MAX_REPAIRS = 5;
const REPAIR_WINDOW_MS = 10_000;

export interface FullPageDialogOptions {
  /** The card's labelling heading (`aria-labelledby` of the dialog). */
  labelledBy: string;
  /** The safe action: focused whenever the dialog is (re)shown, and where Escape puts the focus. */
  safe: HTMLElement;
  /** The page kept covering the dialog: take the page away from the user. */
  onContested: () => void;
}

export interface FullPageDialog {
  /** Takes the dialog down and gives the page its scrolling back. */
  close: () => void;
}

/**
 * Shows `card` as a modal <dialog> in the browser's top layer (above anything the page can stack with z-index), in
 * the extension's closed shadow root, and keeps it there against a hostile page. Keyboard: Tab cycles through the
 * card's buttons, Escape only moves the focus back to the safe action.
 */
export function showFullPageDialog(css: string, card: HTMLElement, options: FullPageDialogOptions): FullPageDialog {
  const { safe } = options;
  const host = createHost('inset: 0 !important; width: 100vw !important; height: 100vh !important;', css);
  card.addEventListener('keydown', (e) => {
    if (e.key === 'Tab') {
      e.preventDefault();
      const all = [...card.querySelectorAll('button')];
      const i = all.indexOf(host.root.activeElement as HTMLButtonElement);
      all[(i + (e.shiftKey ? all.length - 1 : 1)) % all.length]!.focus();
    } else if (e.key === 'Escape') {
      e.preventDefault();
      safe.focus();
    }
  });
  const dialog = h('dialog', { 'aria-labelledby': options.labelledBy }, card);
  // Escape would close a modal dialog: here it only moves the focus back to the safe action.
  dialog.addEventListener('cancel', (e) => e.preventDefault());
  host.root.append(dialog);
  const show = () => {
    if (!dialog.isConnected) return;
    // A dialog taken out of the document leaves the top layer but stays `open`: reopen it as modal.
    if (dialog.open && !dialog.matches(':modal')) dialog.close();
    if (!dialog.open) dialog.showModal();
    safe.focus();
  };
  show();
  // A page that removes the host gets it back (see createHost); the dialog must then be shown again.
  host.onReattach(show);
  // A page can also open its own modal dialog or popover above ours. Ours goes back on top; a page that
  // keeps fighting loses the page (onContested).
  const repairs: number[] = [];
  const onTop = () => dialog.matches(':modal') && document.elementFromPoint(innerWidth / 2, innerHeight / 2) === host.element;
  const watch = setInterval(() => {
    if (onTop()) return;
    const now = Date.now();
    repairs.push(now);
    while (repairs.length && now - repairs[0]! > REPAIR_WINDOW_MS) repairs.shift();
    if (repairs.length > MAX_REPAIRS) {
      clearInterval(watch);
      options.onContested();
      return;
    }
    dialog.close();
    show();
  }, CHECK_MS);
  document.documentElement.style.setProperty('overflow', 'hidden', 'important');
  return {
    close: () => {
      clearInterval(watch);
      dialog.close();
      host.remove();
      document.documentElement.style.removeProperty('overflow');
    },
  };
}
