import browser from 'webextension-polyfill';

/**
 * First run: a fresh install opens the welcome page (what the extension does and never does, the allow-list
 * import, how to pin the toolbar button). Not for an install the organisation manages: a force-installed
 * extension (installType "admin") or one that already has policy values gets its setup from the administrator.
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

async function firstRun(): Promise<void> {
  let welcome: FirstRun['welcome'];
  try {
    welcome = (await managedBy()) ?? 'opened';
    if (welcome === 'opened') await browser.tabs.create({ url: browser.runtime.getURL(WELCOME_PAGE) });
  } catch (e) {
    console.warn('Admin Console Guard: welcome page not opened:', e instanceof Error ? e.message : e);
    welcome = 'failed';
  }
  await browser.storage.local.set({ [FIRST_RUN_KEY]: { at: new Date().toISOString(), welcome } satisfies FirstRun });
}

export function watchInstall(): void {
  browser.runtime.onInstalled.addListener((details) => {
    if (details.reason === 'install') void firstRun();
  });
}
