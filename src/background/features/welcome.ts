import browser from 'webextension-polyfill';

/**
 * First run: a fresh install opens the welcome page (what the extension does and never does, the allow-list
 * import, how to pin the toolbar button). Not for an install the organisation manages: a force-installed
 * extension (installType "admin") or one that has policy values gets its setup from the administrator; policy that
 * arrives within LATE_POLICY_MS of the install closes the welcome tab again.
 * What happened is kept under FIRST_RUN_KEY (the e2e harness waits for it instead of guessing).
 */
export const FIRST_RUN_KEY = 'firstRun';
export const WELCOME_PAGE = 'src/welcome/index.html';

export type FirstRun = { at: string; welcome: 'opened' | 'managedInstall' | 'policy' | 'failed' };

async function managedBy(): Promise<FirstRun['welcome'] | null> {
  // management.getSelf needs no permission.
  const self = await chrome.management.getSelf().catch(() => null);
  if (self?.installType === 'admin') return 'managedInstall';
  const policy = await browser.storage.managed.get().catch(() => ({}));
  return Object.keys(policy).length > 0 ? 'policy' : null;
}

/** Policy can reach chrome.storage.managed seconds after the browser starts: until then it may still turn up. */
const LATE_POLICY_MS = 30_000;

const record = (welcome: FirstRun['welcome']) => browser.storage.local.set({ [FIRST_RUN_KEY]: { at: new Date().toISOString(), welcome } satisfies FirstRun });

/** Closes the welcome tab again if the organisation's policy arrives shortly after the install. */
function closeOnLatePolicy(tabId: number): void {
  const onChanged = (changes: Record<string, unknown>, area: string) => {
    if (area !== 'managed' || Object.keys(changes).length === 0) return;
    stop();
    void browser.tabs.remove(tabId).catch(() => undefined);
    void record('policy');
  };
  const stop = () => {
    browser.storage.onChanged.removeListener(onChanged);
    clearTimeout(timer);
  };
  const timer = setTimeout(stop, LATE_POLICY_MS);
  browser.storage.onChanged.addListener(onChanged);
}

async function firstRun(): Promise<void> {
  let welcome: FirstRun['welcome'];
  try {
    welcome = (await managedBy()) ?? 'opened';
    if (welcome === 'opened') {
      const tab = await browser.tabs.create({ url: browser.runtime.getURL(WELCOME_PAGE) });
      if (tab.id !== undefined) closeOnLatePolicy(tab.id);
    }
  } catch (e) {
    console.warn('Admin Console Guard: welcome page not opened:', e instanceof Error ? e.message : e);
    welcome = 'failed';
  }
  await record(welcome);
}

export function watchInstall(): void {
  browser.runtime.onInstalled.addListener((details) => {
    if (details.reason === 'install') void firstRun();
  });
}
