import browser from 'webextension-polyfill';

/**
 * A tab's top-level navigations, for state that belongs to a document (its verdict and badge, its advisory findings).
 * Chromium reports a same-document navigation (a hash route, history.pushState/replaceState, going back within one
 * document) through tabs.onUpdated exactly as it reports the load of a new document: status "loading" with the new
 * url, nothing else (checked with Chromium 156). Whether a document is still there is asked of the browser instead:
 * the documents the tab shows after the navigation (see documentsShown).
 *
 * A document the tab left into the back/forward cache is not gone: Back or Forward brings the same document back
 * (same documentId) and no content script runs in it again. A feature parks what it knew about a left document
 * (left-documents.ts) and takes it back when a later navigation shows that document again.
 */
export type DocumentLives = (documentId: string | undefined) => Promise<boolean>;
export type TopNavigationListener = (tabId: number, url: string, lives: DocumentLives) => Promise<void>;

const listeners: TopNavigationListener[] = [];

/**
 * The documents the tab shows now: its top frame's and its frames'. Asked of the whole tab, not of a document by id:
 * a function run by id in a document that is in the back/forward cache does not fail, Chromium 156 runs it in the
 * tab's current document and answers with that one's id (probed), and an extension had better not reach into a
 * cached page at all. One call per navigation, whichever features ask.
 */
async function documentsShown(tabId: number): Promise<Set<string>> {
  const ask = async (target: { tabId: number; allFrames?: boolean; frameIds?: number[] }) => {
    const answers = await browser.scripting.executeScript({ target, func: () => 0, injectImmediately: true } as Parameters<typeof browser.scripting.executeScript>[0]);
    return new Set(answers.map((a) => (a as { documentId?: string }).documentId).filter((id): id is string => typeof id === 'string'));
  };
  // A frame going away during the call fails it all: then at least the top document is known.
  return ask({ tabId, allFrames: true })
    .catch(() => ask({ tabId, frameIds: [0] }))
    .catch(() => new Set<string>()); // A page the extension may not script (the block page, a browser page).
}

/** Per listener and tab, the handling of the last navigation: a tab's navigations are handled in order. */
const handling = new Map<string, Promise<void>>();

/**
 * Calls `fn` on each top-level navigation of a tab, with a check of whether a given document of the tab survived it
 * (asked once per document and navigation, whoever asks; a state without a document id counts as gone).
 */
export function onTopNavigation(fn: TopNavigationListener): void {
  if (!listeners.length) {
    browser.tabs.onUpdated.addListener((tabId, change) => {
      if (change.status !== 'loading' || !change.url) return;
      let shown: Promise<Set<string>> | undefined;
      const lives: DocumentLives = async (id) => !!id && (await (shown ??= documentsShown(tabId))).has(id);
      const url = change.url;
      listeners.forEach((listener, i) => {
        // What one navigation parks, the next one (Back, at once) must find: each waits for the one before.
        const key = `${i}|${tabId}`;
        const run = (handling.get(key) ?? Promise.resolve()).then(() => listener(tabId, url, lives)).catch(() => undefined);
        handling.set(key, run);
        void run.then(() => handling.get(key) === run && handling.delete(key));
      });
    });
  }
  listeners.push(fn);
}
