/**
 * The offscreen document: a relay between the service worker and the engine's worker, and the clipboard
 * (an offscreen document may write to it with execCommand; the service worker has no clipboard, and a popup
 * closes before a clearing timer could fire). Only messages addressed to the engine are answered here.
 */
import { ENGINE_TARGET, type EngineRequest } from './protocol';

const worker = new Worker(new URL('./engine.worker.ts', import.meta.url), { type: 'module' });
let nextId = 0;
const pending = new Map<number, (res: unknown) => void>();
worker.onmessage = (e: MessageEvent<{ id: number; res: unknown }>) => {
  pending.get(e.data.id)?.(e.data.res);
  pending.delete(e.data.id);
};

function ask(req: EngineRequest): Promise<unknown> {
  const id = ++nextId;
  return new Promise((resolve) => {
    pending.set(id, resolve);
    worker.postMessage({ id, req });
  });
}

const area = document.getElementById('clip') as HTMLTextAreaElement;

/** Writes `text` (or empties the clipboard when it is '') through a copy event: no selection, no focus needed. */
function writeClipboard(text: string): boolean {
  const onCopy = (e: ClipboardEvent) => {
    e.clipboardData?.setData('text/plain', text);
    e.preventDefault();
  };
  document.addEventListener('copy', onCopy);
  try {
    return document.execCommand('copy');
  } finally {
    document.removeEventListener('copy', onCopy);
  }
}

/** What the clipboard holds now (needs the optional clipboardRead permission); null if it cannot be read. */
function readClipboard(): string | null {
  area.value = '';
  area.focus();
  const ok = document.execCommand('paste');
  const value = area.value;
  area.value = '';
  return ok ? value : null;
}

let clearTimer: ReturnType<typeof setTimeout> | undefined;
let copied: string | null = null;
let onlyIfUnchanged = false;

function copy(text: string, clearAfterMs: number, clearOnlyIfUnchanged: boolean): boolean {
  const ok = writeClipboard(text);
  if (clearTimer !== undefined) clearTimeout(clearTimer);
  copied = ok && clearAfterMs > 0 ? text : null;
  onlyIfUnchanged = clearOnlyIfUnchanged;
  clearTimer = copied === null ? undefined : setTimeout(clearOnTimer, clearAfterMs);
  return ok;
}

/**
 * The timed clear. By default the clipboard is emptied whatever it holds (no permission to read it is needed).
 * With `onlyIfUnchanged` (the user granted clipboardRead) it is emptied only if it still holds the copied value,
 * so whatever the user copied since stays; if it cannot be read after all, it is emptied.
 */
function clearOnTimer(): void {
  clearTimer = undefined;
  const value = copied;
  copied = null;
  if (value === null) return;
  if (onlyIfUnchanged) {
    const now = readClipboard();
    if (now !== null && now !== value) return;
  }
  writeClipboard('');
}

const ownOrigin = new URL(chrome.runtime.getURL('/')).origin;

chrome.runtime.onMessage.addListener((message: unknown, sender, sendResponse) => {
  const m = message as { target?: unknown; req?: EngineRequest };
  if (m?.target !== ENGINE_TARGET || !m.req) return undefined;
  // Only the service worker talks to the engine: not a content script, not a tab.
  if (sender.id !== chrome.runtime.id || sender.tab || !sender.url || new URL(sender.url).origin !== ownOrigin) return undefined;
  if (m.req.op === 'copy') {
    sendResponse({ ok: copy(m.req.text, m.req.clearAfterMs, m.req.onlyIfUnchanged === true) });
    return undefined;
  }
  void ask(m.req).then(sendResponse);
  return true;
});

void ask({ op: 'warm' });
