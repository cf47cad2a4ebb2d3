/**
 * The extension's in-page surface: a custom element whose closed shadow root the page cannot read or style.
 * The page can still remove or cover it (a page can draw anything), so the element re-attaches itself and
 * re-asserts its inline !important styles; the toolbar badge remains the surface the user can trust.
 */
const VISIBLE = 'all: initial !important; display: block !important; visibility: visible !important; opacity: 1 !important; pointer-events: auto !important; transform: none !important; filter: none !important; clip-path: none !important;';
const FLOATING = `${VISIBLE} position: fixed !important; z-index: 2147483647 !important;`;

const MAX_REPAIRS_PER_SECOND = 60;

export interface InlineHost {
  root: ShadowRoot;
  element: HTMLElement;
  remove: () => void;
  /** Called after the page removed the element and it was put back. */
  onReattach: (fn: () => void) => void;
  /** Sets (or, with null, removes) one of the options' `ownedAttributes`: the value the guard keeps. */
  setOwned: (name: string, value: string | null) => void;
}

export interface HostOptions {
  /** With `after`: when that element leaves the page, the host leaves with it instead of moving to the body. */
  followAnchor?: boolean;
  /** Attributes of the host that the extension's own CSS reads: only `setOwned` changes them, the page's changes are undone. */
  ownedAttributes?: string[];
}

/**
 * `placement`: extra fixed-position CSS (a banner in a corner, a full-page overlay); or, with `after`, the
 * element is placed in the page's flow right after that element (a note beside the forgot-password link).
 */
export function createHost(placement: string, css: string, after?: Element, options: HostOptions = {}): InlineHost {
  const element = document.createElement('acg-guard');
  const style = after ? `${VISIBLE} ${placement}` : `${FLOATING} ${placement}`;
  element.setAttribute('style', style);
  const root = element.attachShadow({ mode: 'closed' });
  const sheet = document.createElement('style');
  sheet.textContent = css;
  root.append(sheet);
  const attach = () => (after?.isConnected ? after.after(element) : (document.body ?? document.documentElement).append(element));
  attach();
  let removed = false;
  /** The value each owned attribute should have (null: absent), as the extension last set it. */
  const owned = new Map<string, string | null>((options.ownedAttributes ?? []).map((name) => [name, null]));
  const writeOwned = (name: string, value: string | null) => (value === null ? element.removeAttribute(name) : element.setAttribute(name, value));
  const reattached: (() => void)[] = [];
  // Repairs happen at once (in the same microtask checkpoint, before the page can paint), but at most
  // MAX_REPAIRS_PER_SECOND: a page whose own observer fights back cannot pull both into an endless loop.
  let windowStart = 0;
  let repairs = 0;
  let retry: ReturnType<typeof setTimeout> | undefined;
  const repair = () => {
    if (removed) return;
    const now = Date.now();
    if (now - windowStart > 1000) {
      windowStart = now;
      repairs = 0;
    }
    if (repairs >= MAX_REPAIRS_PER_SECOND) {
      retry ??= setTimeout(() => {
        retry = undefined;
        repair();
      }, 1000 - (now - windowStart));
      return;
    }
    if (!element.isConnected) {
      if (options.followAnchor && !after?.isConnected) return;
      repairs++;
      attach();
      for (const fn of reattached) fn();
    }
    if (element.getAttribute('style') !== style) {
      repairs++;
      element.setAttribute('style', style);
    }
    for (const [name, value] of owned) {
      if (element.getAttribute(name) === value) continue;
      repairs++;
      writeOwned(name, value);
    }
  };
  const guard = new MutationObserver(repair);
  guard.observe(document.documentElement, { childList: true, subtree: true, attributes: true, attributeFilter: ['style', 'class', 'hidden', ...owned.keys()] });
  return {
    root,
    element,
    remove: () => {
      removed = true;
      guard.disconnect();
      element.remove();
    },
    onReattach: (fn) => reattached.push(fn),
    setOwned: (name, value) => {
      if (!owned.has(name)) throw new TypeError(`${name} is not an owned attribute of this host`);
      owned.set(name, value);
      writeOwned(name, value);
    },
  };
}

/**
 * `:host` rules are !important: the host's inline `all: initial !important` wins over plain ones (the UI was drawn in
 * the browser's default serif font at 16 px), and an important `:host` rule wins over the page's important ones too.
 */
export const BASE_CSS = `
:host { font: 14px/1.45 system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif !important; color: #1c2330 !important; }
* { box-sizing: border-box; }
button { font: inherit; border-radius: 6px; padding: 8px 14px; border: 1px solid #c3c9d4; background: #f3f5f9; color: #1c2330; cursor: pointer; }
button.primary { background: #1e4fa3; border-color: #1e4fa3; color: #fff; }
button.danger { background: #c62828; border-color: #c62828; color: #fff; }
button:focus-visible { outline: 3px solid #7aa7ff; outline-offset: 2px; }
`;
