/**
 * Views of a console document, for the console module's features: the first view, every route change (hash,
 * history, the Navigation API's navigations) and every settled DOM change (a single-page console that swaps the
 * login form for a code form, or renders the settings page a while after its route). Runs only in console frames:
 * the all-pages detector stays as small as it is.
 *
 * Cost: one MutationObserver per document shared by all subscribers; a mutation burst costs one timer, and the
 * subscribers run once per SETTLE_MS at most.
 */
export type ViewReason = 'start' | 'route' | 'dom';
export type ViewCallback = (reason: ViewReason) => void;

const SETTLE_MS = 300;

const subscribers = new Set<ViewCallback>();
let timer: ReturnType<typeof setTimeout> | undefined;
let pendingReason: ViewReason = 'dom';
let lastUrl = '';
let started = false;

function run(): void {
  timer = undefined;
  const url = location.href;
  const reason: ViewReason = url !== lastUrl ? 'route' : pendingReason;
  lastUrl = url;
  pendingReason = 'dom';
  for (const cb of [...subscribers]) call(cb, reason);
}

function call(cb: ViewCallback, reason: ViewReason): void {
  try {
    cb(reason);
  } catch (e) {
    // One feature's failure on a hostile page must not stop the others from seeing the view.
    console.warn('Admin Console Guard: view handler failed:', e instanceof Error ? e.message : e);
  }
}

function schedule(reason: ViewReason): void {
  if (reason === 'route') pendingReason = 'route';
  if (timer === undefined) timer = setTimeout(run, SETTLE_MS);
}

/** The extension's own elements (a banner put in, a host's style put back) are no change of the console's view. */
function isOwnChange(r: MutationRecord): boolean {
  if ((r.target as Element).localName === 'acg-guard') return true;
  if (r.type !== 'childList') return false;
  const nodes = [...r.addedNodes, ...r.removedNodes];
  return nodes.length > 0 && nodes.every((n) => (n as Element).localName === 'acg-guard');
}

function start(): void {
  started = true;
  lastUrl = location.href;
  addEventListener('hashchange', () => schedule('route'));
  addEventListener('popstate', () => schedule('route'));
  // history.pushState fires no event a content script sees; the Navigation API (Chromium 102+) does.
  const nav = (globalThis as { navigation?: EventTarget }).navigation;
  nav?.addEventListener('navigatesuccess', () => schedule('route'));
  new MutationObserver((records) => {
    if (!records.every(isOwnChange)) schedule('dom');
  }).observe(document, { childList: true, subtree: true, attributes: true, attributeFilter: ['hidden', 'style', 'class', 'aria-hidden'] });
}

/**
 * Calls `cb` with the view now (reason `start`, on the next task) and then on every route change and settled DOM
 * change of this document. Returns a function that stops the calls.
 */
export function onConsoleView(cb: ViewCallback): () => void {
  subscribers.add(cb);
  if (!started) start();
  setTimeout(() => {
    if (subscribers.has(cb)) call(cb, 'start');
  }, 0);
  return () => void subscribers.delete(cb);
}

/** The view's route as the readers and the sign-in watcher match it: path and hash, never the query. */
export function currentRoute(): { path: string; hash: string } {
  const hash = location.hash.split('?')[0] ?? '';
  return { path: location.pathname, hash };
}
