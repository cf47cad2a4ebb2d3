import browser from 'webextension-polyfill';
import { parkLeft, restorableFor, withoutDocuments, type LeftDocument } from '../core';
import type { DocumentLives } from './navigation';
import { updateSession } from './session-update';

/**
 * A feature's parked state of documents its tabs have left (core/documents/left.ts), in storage.session (a worker
 * restart keeps it; it never reaches disk) or, for state that must not be written anywhere, in the worker's memory.
 */
export interface LeftDocuments<T> {
  /** Parks the state of documents the tab has just left. */
  park(tabId: number, parked: { documentId: string; topOrigin: string; state: T }[]): Promise<void>;
  /**
   * After a navigation of the tab's top frame to `url`: the parked documents that are the tab's again (restored from
   * the back/forward cache), taken out of the list.
   */
  restore(tabId: number, url: string, lives: DocumentLives): Promise<LeftDocument<T>[]>;
  forget(tabId: number): Promise<void>;
}

type Update = (tabId: number, change: (current: unknown[] | undefined) => unknown[] | null | undefined) => Promise<void>;

function leftDocuments<T>(read: (tabId: number) => Promise<unknown[] | undefined>, update: Update): LeftDocuments<T> {
  return {
    park: (tabId, parked) => {
      const now = Date.now();
      return parked.length ? update(tabId, (current) => parkLeft<T>(current, parked.map((p) => ({ ...p, leftAt: now })), now)) : Promise.resolve();
    },
    async restore(tabId, url, lives) {
      const candidates = restorableFor<T>(await read(tabId), url, Date.now());
      if (!candidates.length) return [];
      const back = (await Promise.all(candidates.map(async (d) => ((await lives(d.documentId)) ? d : null)))).filter((d): d is LeftDocument<T> => d !== null);
      if (!back.length) return [];
      const ids = new Set(back.map((d) => d.documentId));
      let taken: LeftDocument<T>[] = [];
      // Read afresh in the write: only what is still parked is taken (another navigation may have taken it meanwhile).
      await update(tabId, (current) => {
        const now = Date.now();
        taken = restorableFor<T>(current, url, now).filter((d) => ids.has(d.documentId));
        const kept = withoutDocuments<T>(current, ids, now);
        return kept.length ? kept : null;
      });
      return taken;
    },
    forget: (tabId) => update(tabId, () => null),
  };
}

/** Parked state in storage.session under `left:<feature>:<tabId>`. */
export function sessionLeftDocuments<T>(feature: string): LeftDocuments<T> {
  const key = (tabId: number) => `left:${feature}:${tabId}`;
  return leftDocuments<T>(
    async (tabId) => (await browser.storage.session.get(key(tabId)))[key(tabId)] as unknown[] | undefined,
    (tabId, change) => updateSession<unknown[]>(key(tabId), change),
  );
}

/** Parked state in the worker's memory only (gone with the worker, like the state it parks). */
export function memoryLeftDocuments<T>(): LeftDocuments<T> {
  const byTab = new Map<number, unknown[]>();
  return leftDocuments<T>(
    async (tabId) => byTab.get(tabId),
    async (tabId, change) => {
      const next = change(byTab.get(tabId));
      if (next === null) byTab.delete(tabId);
      else if (next !== undefined) byTab.set(tabId, next);
    },
  );
}
