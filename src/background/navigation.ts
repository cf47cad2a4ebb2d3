import browser from 'webextension-polyfill';

/**
 * A tab's top-level navigations, for state that belongs to a document (its verdict and badge, its advisory findings).
 * Chromium reports a same-document navigation (a hash route, history.pushState/replaceState, going back within one
 * document) through tabs.onUpdated exactly as it reports the load of a new document: status "loading" with the new
 * url, nothing else (checked with Chromium 156). Whether a document is still there is asked of the browser instead:
 * an empty function run in it succeeds while it lives and fails once the tab has moved on to another document.
 */
export type DocumentLives = (documentId: string | undefined) => Promise<boolean>;
export type TopNavigationListener = (tabId: number, url: string, lives: DocumentLives) => Promise<void>;

const listeners: TopNavigationListener[] = [];

async function documentExists(tabId: number, documentId: string): Promise<boolean> {
  try {
    await browser.scripting.executeScript({ target: { tabId, documentIds: [documentId] }, func: () => 0, injectImmediately: true } as Parameters<typeof browser.scripting.executeScript>[0]);
    return true;
  } catch {
    return false;
  }
}

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
      for (const listener of listeners) void listener(tabId, change.url, lives).catch(() => undefined);
    });
  }
  listeners.push(fn);
}
