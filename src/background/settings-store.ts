import browser from 'webextension-polyfill';
import {
  exportSettings,
  lockedKeysIn,
  mergeSettings,
  parseImport,
  parseSettingsObject,
  parseStoredSettings,
  SETTINGS_VERSION,
  STORAGE_KEY,
  type EffectiveSettings,
  type ImportResult,
  type Settings,
  type SettingsProblem,
  type SettingsView,
  type UpdateResult,
} from '../core';

/** Last policy seen, so detection does not wait seconds for chrome.storage.managed after a restart. */
const POLICY_CACHE_KEY = 'policyCache';
/** A copy of stored settings that could not be read completely, kept before anything is written over them. */
const BACKUP_KEY = 'settingsBackup';

type Listener = (s: EffectiveSettings) => void;

/**
 * The service worker's one source of truth for settings: defaults < user settings < managed policy.
 * Reads are cached; writes validate first and never replace stored data that could not be fully read
 * without keeping a backup of it.
 */
export class SettingsStore {
  private user: Partial<Settings> = {};
  private policy: Partial<Settings> = {};
  private storedProblems: SettingsProblem[] = [];
  private policyProblems: SettingsProblem[] = [];
  private preserveRaw = false;
  private rawStored: unknown;
  private policyLoaded = false;
  private effective: EffectiveSettings = mergeSettings({}, {});
  private listeners = new Set<Listener>();
  private ready: Promise<void>;

  constructor() {
    this.ready = this.loadLocal();
    void this.ready.then(() => this.loadPolicy());
    browser.storage.onChanged.addListener((changes, area) => {
      if (area === 'managed') void this.loadPolicy();
      else if (area === 'local' && STORAGE_KEY in changes) {
        const written = changes[STORAGE_KEY]?.newValue;
        // Our own writes were counted in write(); anything else (a restore, DevTools) counts here.
        if (JSON.stringify(written) !== JSON.stringify(this.rawStored)) this.revision++;
        // Readers wait for the reload: get() must not hand out settings that storage already says were replaced
        // (an e2e test writing settings and at once running the daily check read the previous consoles).
        // If the reload fails, the last settings read stay in force.
        this.ready = this.ready.then(() => this.loadLocal()).catch(() => undefined);
      }
    });
  }

  private async loadLocal(): Promise<void> {
    const got = await browser.storage.local.get([STORAGE_KEY, POLICY_CACHE_KEY]);
    this.rawStored = got[STORAGE_KEY];
    const parsed = parseStoredSettings(this.rawStored);
    this.user = parsed.values;
    this.storedProblems = parsed.problems;
    this.preserveRaw = parsed.preserveRaw;
    if (!this.policyLoaded && got[POLICY_CACHE_KEY]) {
      const cached = parseSettingsObject('policy', got[POLICY_CACHE_KEY]);
      this.policy = cached.values;
    }
    this.recompute();
  }

  private async loadPolicy(): Promise<void> {
    let raw: unknown = {};
    try {
      raw = await browser.storage.managed.get(null);
    } catch {
      // No managed storage on this platform or no schema: no policy.
    }
    const parsed = parseSettingsObject('policy', raw);
    this.policy = parsed.values;
    this.policyProblems = parsed.problems;
    this.policyLoaded = true;
    await browser.storage.local.set({ [POLICY_CACHE_KEY]: parsed.values });
    this.recompute();
  }

  private recompute(): void {
    this.effective = mergeSettings(this.user, this.policy, [...this.storedProblems, ...this.policyProblems]);
    for (const l of this.listeners) l(this.effective);
  }

  async get(): Promise<EffectiveSettings> {
    await this.ready;
    return this.effective;
  }

  async view(): Promise<SettingsView> {
    await this.ready;
    return { effective: this.effective, user: this.user, problems: this.effective.problems, policyLoaded: this.policyLoaded, revision: this.revision };
  }

  onChange(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Writes happen one after the other: each sees the result of the one before (no lost updates). */
  private writes: Promise<unknown> = Promise.resolve();
  /** Counts writes, so an editor can tell that the settings changed under it since it loaded them. */
  private revision = 0;

  /**
   * Applies a user change after validating it as a whole; locked keys are refused, nothing is half-written.
   * With `expectRevision`, the change is refused when the settings were written since that revision.
   */
  update(change: Partial<Settings>, expectRevision?: number): Promise<UpdateResult> {
    return this.updateWith(() => change, expectRevision);
  }

  /** Like update, with the change computed from the user settings as they are at the moment of writing. */
  updateWith(makeChange: (user: Partial<Settings>) => Partial<Settings> | UpdateResult, expectRevision?: number): Promise<UpdateResult> {
    const run = this.writes.then(async () => {
      await this.ready;
      if (expectRevision !== undefined && expectRevision !== this.revision)
        return { ok: false as const, problems: [{ source: 'import' as const, key: '*', message: 'the settings were changed elsewhere since this page loaded them; nothing was saved — reload and try again' }] };
      const change = makeChange(this.user);
      if ('ok' in change && typeof change.ok === 'boolean') return change as UpdateResult;
      return this.write(change as Partial<Settings>);
    });
    this.writes = run.catch(() => undefined);
    return run;
  }

  private async write(change: Partial<Settings>): Promise<UpdateResult> {
    const parsed = parseSettingsObject('import', change);
    if (parsed.problems.length) return { ok: false, problems: parsed.problems };
    const locked = lockedKeysIn(parsed.values, this.effective);
    if (locked.length)
      return { ok: false, problems: locked.map((key) => ({ source: 'import' as const, key, message: `${key}: set by your organisation, cannot be changed` })) };
    if (this.preserveRaw) {
      await browser.storage.local.set({ [BACKUP_KEY]: { savedAt: new Date().toISOString(), data: this.rawStored } });
      this.preserveRaw = false;
    }
    const next = { ...this.user, ...parsed.values, version: SETTINGS_VERSION };
    await browser.storage.local.set({ [STORAGE_KEY]: next });
    this.revision++;
    await this.loadLocal();
    return { ok: true };
  }

  async import(text: string): Promise<ImportResult> {
    const parsed = parseImport(text);
    if (!parsed.ok) return parsed;
    const result = await this.update(parsed.settings);
    return result.ok ? parsed : { ok: false, problems: result.problems };
  }

  async export(): Promise<string> {
    await this.ready;
    return exportSettings(this.user);
  }
}
