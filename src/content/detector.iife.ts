/**
 * The all-pages content script. On an ordinary page it reads the title, the URL and one selector, and stops.
 * Only a page with a password field or a console hint is snapshotted and sent to the service worker, which
 * decides; single-page apps are followed through route changes with a bounded, debounced observer.
 * Uses chrome.* directly: the polyfill stays out of every page (size budget).
 */
import { hasConsoleHint, hintedUrl } from '../core/catalogue/hints';
import { collectSnapshot } from './snapshot';
import { dom } from './unclobbered';

const DEBOUNCE_MS = 250;
const PASSWORD_FIELD = 'input[type=password]';
/**
 * Once a route has been snapshotted and the page still looks the same to the cheap check (URL, title, password
 * field), each further evaluation waits twice as long, up to this: on an SPA that never stops changing (bench: 1,000
 * mutations/s, a route a second) this halves the snapshots, while a login form or a route appearing is still seen
 * within a second.
 */
const MAX_BACKOFF_MS = 1000;
/** Evaluations allowed per URL before the observer gives up until the next route change. */
const MAX_EVALUATIONS_PER_ROUTE = 12;
/** How long after a route change DOM mutations are still watched. */
const WATCH_MS = 15_000;

let evaluations = 0;
/** Counts routes, so an answer about an earlier route is not taken for the current one. */
let route = 0;
let routeEvaluations = 0;
let lastSent = '';
/** The cheap state (see cheapState) when the last snapshot was taken on this route. */
let snapshotState = '';
let routeSnapshots = 0;
/** Empty until the first evaluation, which starts the first route. */
let lastUrl = '';
let detected = false;
/** The route on which a password field was in use (see onPasswordUse). */
let focusedPasswordRoute = -1;
/** The route on which snapshots are full ones: it has a console hint, or the worker asked (see send). */
let fullRoute = -1;
let timer: ReturnType<typeof setTimeout> | undefined;
let timerDueAt = 0;
let watchUntil = 0;
/**
 * Armed only while no evaluation is pending: the first mutation after an evaluation disconnects it and schedules
 * the next, so a page that changes its DOM a thousand times a second costs one callback per evaluation.
 * It observes the document node: touching document.documentElement would make this world build the element
 * wrappers (~0.3 ms on every page). Created on first use, like everything else here: the script's top level only
 * adds listeners.
 */
let observer: MutationObserver | undefined;

function onMutation(): void {
  observer!.disconnect();
  if (dom.url(document) === lastUrl && Date.now() > watchUntil) return;
  schedule(routeSnapshots > 0 && cheapState() === snapshotState ? Math.min(DEBOUNCE_MS * 2 ** routeSnapshots, MAX_BACKOFF_MS) : DEBOUNCE_MS);
}

/**
 * What changes when a console's login view appears: a new route, a new title, a password field. A count of a NodeList
 * (no element wrapper), which walks the whole document: a snapshot's own count is passed in.
 */
function cheapState(passwordFields = dom.queryAll(document, PASSWORD_FIELD).length): string {
  return `${dom.url(document)}|${dom.title(document)}|${passwordFields}`;
}

function schedule(delay = DEBOUNCE_MS): void {
  if (timer !== undefined) return;
  timerDueAt = Date.now() + delay;
  timer = setTimeout(evaluate, delay);
}

/**
 * The check every page gets, kept to one function: on an ordinary page each further function costs its first
 * compile (~30 µs). The document's URL rather than `location`: building this world's Location object costs more
 * than the read.
 */
function evaluate(): void {
  // A route event before DOMContentLoaded may have scheduled one already: at most one evaluation is ever pending.
  if (timer !== undefined) {
    clearTimeout(timer);
    timer = undefined;
  }
  try {
    const url = dom.url(document);
    // history.pushState fires no event a content script can see: a route change shows as a new URL here.
    if (url !== lastUrl) newRoute(url);
    evaluations++;
    routeEvaluations++;
    const meta = dom.query(document, 'meta[name=generator]');
    const hinted = hasConsoleHint(dom.title(document), hintedUrl(url), (meta && dom.attr(meta, 'content')) ?? '');
    if (hinted || dom.queryAll(document, PASSWORD_FIELD).length) send(url, hinted);
  } finally {
    // Whatever a hostile page made throw, the next change is still watched (within the caps).
    if (!detected && timer === undefined && routeEvaluations < MAX_EVALUATIONS_PER_ROUTE && Date.now() < watchUntil) {
      (observer ??= new MutationObserver(onMutation)).observe(document, { childList: true, subtree: true });
    }
  }
}

/**
 * A page with a console hint gets the full snapshot at once. A password page without one first gets the cheap
 * snapshot (no body walk, no links); the worker asks for the full one (`more`) only when the cheap one cannot rule a
 * console out, and from then on this route always gets the full one.
 */
function send(url: string, hinted = false, used = false): void {
  routeSnapshots++;
  const cheap = !hinted && fullRoute !== route;
  if (!cheap) fullRoute = route;
  const snapshot = collectSnapshot(document, url, cheap);
  snapshotState = cheapState(snapshot.passwordFields);
  if (focusedPasswordRoute === route) snapshot.passwordFields ||= 1;
  // Re-send only when something detection looks at has changed.
  const key = `${cheap}|${snapshot.url}|${snapshot.title}|${snapshot.passwordFields}|${snapshot.inputs.length}|${snapshot.scripts.length}|${snapshot.text.length}`;
  if (key === lastSent && !used) return;
  lastSent = key;
  const sentOnRoute = route;
  chrome.runtime
    .sendMessage({ type: 'page/snapshot', snapshot, evaluations, cheap, used })
    .then((res: { console?: boolean; more?: boolean } | undefined) => {
      if (sentOnRoute !== route) return;
      detected = !!res?.console;
      if (detected) observer?.disconnect();
      else if (res?.more && fullRoute !== route) send(dom.url(document), true);
    })
    .catch(() => {
      // Extension reloaded or the service worker is gone: nothing to do on this page any more.
      observer?.disconnect();
    });
}

function newRoute(url: string): void {
  route++;
  lastUrl = url;
  routeEvaluations = 0;
  routeSnapshots = 0;
  watchUntil = Date.now() + WATCH_MS;
  detected = false;
}

function onRouteEvent(): void {
  newRoute(dom.url(document));
  observer?.disconnect();
  // A pending backed-off evaluation would make the new route wait; a pending short one is kept, so a page that
  // changes its hash faster than the debounce cannot keep pushing the evaluation back.
  if (timer !== undefined && timerDueAt - Date.now() > DEBOUNCE_MS) {
    clearTimeout(timer);
    timer = undefined;
  }
  schedule();
}

// Reads of `document` go through `dom`: a page's named elements cannot shadow them (see unclobbered.ts). The window's
// own addEventListener is safe here: at document_start the page has no elements yet.
addEventListener('hashchange', onRouteEvent);
addEventListener('popstate', onRouteEvent);
/**
 * A password field in use (focused, or given a value by the user, an autofill or the page): the worker hears of it
 * once per route with `used`, and only then injects the reuse watcher (where a console password is fingerprinted).
 * Most pages with a password field are never typed into and never pay for the watcher. Also how the worker hears of
 * a field the selector cannot see (inside a shadow root) or one shown after the observer stopped watching.
 * Registered first, in the capture phase on the window: no page listener can keep these events from this script.
 */
function onPasswordUse(e: Event): void {
  const field = e.composedPath()[0];
  if (focusedPasswordRoute === route || !(field instanceof HTMLInputElement) || field.type !== 'password') return;
  focusedPasswordRoute = route;
  send(dom.url(document), fullRoute === route, true);
}
addEventListener('focusin', onPasswordUse, true);
addEventListener('input', onPasswordUse, true);
// Injected at document_start the DOM is not there yet: evaluate at DOMContentLoaded, before the page's first layout
// and paint (at document_idle, the default, Chromium runs the script ~20 ms later; see bench/README.md).
if (dom.readyState(document) === 'loading') dom.listen(document, 'DOMContentLoaded', evaluate, { once: true });
else evaluate();
