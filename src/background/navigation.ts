import browser from 'webextension-polyfill';

/**
 * A tab's top-level navigations, for state that belongs to a document (its verdict and badge, its advisory findings).
 * Chromium reports a same-document navigation (a hash route, history.pushState/replaceState, going back within one
 * document) through tabs.onUpdated exactly as it reports the load of a new document: status "loading" with the new
 * url, nothing else (checked with Chromium 156). Whether a document is still there is asked of the browser instead:
 * an empty function run in it succeeds while it lives and fails once the tab has moved on to another document.
 *
 * A document the tab left into the back/forward cache is not gone: Back or Forward brings the same document back
 * (same documentId) and no content script runs in it again. Chromium 156 does not fail the function run in such a
 * document: it runs it in the tab's current document and answers with that one's id (probed). So a document lives
 * only when the answer comes from it; a feature that parks what it knew about a left document (left-documents.ts)
 * takes it back when the document lives again after a later navigation.
 */
export type DocumentLives = (documentId: string | undefined) => Promise<boolean>;
export type TopNavigationListener = (tabId: number, url: string, lives: DocumentLives) => Promise<void>;

const listeners: TopNavigationListener[] = [];

async function documentExists(tabId: number, documentId: string): Promise<boolean> {
  try {
    const answers = await browser.scripting.executeScript({ target: { tabId, documentIds: [documentId] }, func: () => 0, injectImmediately: true } as Parameters<typeof browser.scripting.executeScript>[0]);
    return answers.some((a) => (a as { documentId?: string }).documentId === documentId);
  } catch {
    return false;
  }
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
      const asked = new Map<string, Promise<boolean>>();
      const lives: DocumentLives = (id) => {
        if (!id) return Promise.resolve(false);
        let answer = asked.get(id);
        if (!answer) asked.set(id, (answer = documentExists(tabId, id)));
        return answer;
      };
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
