import browser from 'webextension-polyfill';

/**
 * One read-change-write of a storage.session key at a time. Per-tab state is written from messages and from
 * navigation clean-ups at once; without this, a clean-up that read the old value overwrote what a new document had
 * set meanwhile (a lost update). `change` returns the new value, `null` to remove the key, `undefined` to leave it.
 */
const pending = new Map<string, Promise<unknown>>();

export function updateSession<T>(key: string, change: (current: T | undefined) => T | null | undefined): Promise<void> {
  const run = (pending.get(key) ?? Promise.resolve()).then(async () => {
    const next = change((await browser.storage.session.get(key))[key] as T | undefined);
    if (next === null) await browser.storage.session.remove(key);
    else if (next !== undefined) await browser.storage.session.set({ [key]: next });
  });
  const settled = run.catch(() => undefined);
  pending.set(key, settled);
  void settled.then(() => pending.get(key) === settled && pending.delete(key));
  return run;
}
