import { ENGINE_TARGET, type EngineRequest, type EngineResponse } from '../offscreen/protocol';
import { testHooks } from './context';

/**
 * The service worker's side of the engine (see offscreen/protocol.ts): creates the offscreen document on first
 * use and sends it requests. The document outlives the service worker's sleeps, so the estimator stays warm.
 */
const DOCUMENT = 'src/offscreen/index.html';
let creating: Promise<void> | null = null;

/** The engine (a renderer with ~17 MB of dictionaries) is closed after this long without a request. */
const IDLE_MINUTES = 10;
const IDLE_ALARM = 'engine-idle';
/** Until when the document must live whatever happens (a pending clipboard clear); in storage.session. */
const KEEP_UNTIL_KEY = 'engineKeepUntil';
let lastTouch = 0;

async function touch(keepForMs = 0): Promise<void> {
  const now = Date.now();
  if (keepForMs === 0 && now - lastTouch < 60_000) return;
  lastTouch = now;
  const { [KEEP_UNTIL_KEY]: current } = await chrome.storage.session.get(KEEP_UNTIL_KEY);
  let keep = Number(current) || 0;
  if (keepForMs > 0) {
    keep = Math.max(keep, now + keepForMs + 5_000);
    await chrome.storage.session.set({ [KEEP_UNTIL_KEY]: keep });
  }
  await chrome.alarms.create(IDLE_ALARM, { when: Math.max(now + IDLE_MINUTES * 60_000, keep) });
}

async function closeIfIdle(): Promise<void> {
  const { [KEEP_UNTIL_KEY]: keep } = await chrome.storage.session.get(KEEP_UNTIL_KEY);
  if (Date.now() < (Number(keep) || 0)) {
    await chrome.alarms.create(IDLE_ALARM, { when: Number(keep) });
    return;
  }
  if (await documentExists()) await chrome.offscreen.closeDocument().catch(() => undefined);
}

/** Registers the idle alarm's listener (at the worker's top level, as MV3 requires). */
export function watchEngine(): void {
  chrome.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === IDLE_ALARM) void closeIfIdle();
  });
  testHooks['engineIdle'] = closeIfIdle;
  testHooks['engineOpen'] = documentExists;
}

async function documentExists(): Promise<boolean> {
  const contexts = await chrome.runtime.getContexts({ contextTypes: [chrome.runtime.ContextType.OFFSCREEN_DOCUMENT], documentUrls: [chrome.runtime.getURL(DOCUMENT)] });
  return contexts.length > 0;
}

export async function ensureEngine(): Promise<void> {
  if (await documentExists()) return;
  creating ??= chrome.offscreen
    .createDocument({
      url: DOCUMENT,
      reasons: [chrome.offscreen.Reason.WORKERS, chrome.offscreen.Reason.CLIPBOARD],
      justification: 'Runs the password strength estimator and the offline breach list in a worker; clears copied credentials from the clipboard.',
    })
    .catch(async (e: unknown) => {
      // Another call created it in the meantime: fine.
      if (!(await documentExists())) throw e;
    })
    .finally(() => {
      creating = null;
    });
  await creating;
}

export async function askEngine<R extends EngineRequest>(req: R): Promise<EngineResponse<R['op']>> {
  await ensureEngine();
  void touch(req.op === 'copy' ? req.clearAfterMs : 0).catch(() => undefined);
  // A document that is still starting has no listener yet: retry briefly.
  for (let attempt = 0; ; attempt++) {
    try {
      const res = (await chrome.runtime.sendMessage({ target: ENGINE_TARGET, req })) as EngineResponse<R['op']> | { error: string } | undefined;
      if (res === undefined) throw new Error('Receiving end does not exist');
      if (typeof res === 'object' && res !== null && 'error' in res && typeof res.error === 'string') throw new Error(res.error);
      return res as EngineResponse<R['op']>;
    } catch (e) {
      const message = e instanceof Error ? e.message : String(e);
      if (attempt >= 20 || !/Receiving end does not exist|message port closed/i.test(message)) throw e;
      await new Promise((r) => setTimeout(r, 25));
    }
  }
}
