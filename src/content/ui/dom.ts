import { formatMessage, type MessageBundle } from '../../core/i18n/format';
import { uiLang } from './lang';
/** A tiny element builder for the in-page UI: text is always set as text, never parsed as HTML. */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Record<string, string | number | boolean | ((e: Event) => void)> = {},
  ...children: (Node | string | null | undefined | false)[]
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(props)) {
    if (typeof v === 'function') el.addEventListener(k.replace(/^on/, '').toLowerCase(), v as EventListener);
    else if (typeof v === 'boolean') {
      if (v) el.setAttribute(k, '');
    } else el.setAttribute(k, String(v));
  }
  for (const c of children) if (c !== null && c !== undefined && c !== false) el.append(typeof c === 'string' ? document.createTextNode(c) : c);
  return el;
}

/*
 * The texts come from the service worker, not from this world's chrome.i18n: its first call in a renderer fetches
 * the extension's whole catalogue from the browser, blocking the page (~1.5 ms, each site its own renderer), and
 * Chromium sometimes starts a launch whose i18n answers '' for every key (see ui/message-bundle.ts).
 * chrome.i18n is the last resort, for a worker that could not answer.
 */
let bundle: MessageBundle | undefined;

export const msg = (key: string, subs?: string | string[]): string => (bundle && formatMessage(bundle, key, subs)) || chrome.i18n.getMessage(key, subs) || key;

/** Takes the messages the worker sent along (the console module's context). */
export function useMessages(messages: MessageBundle | null | undefined): void {
  if (messages && typeof messages === 'object') bundle = messages;
}

/** Asks the worker for the messages, unless they are here. Call before the first text is shown. */
export async function ensureMessages(): Promise<void> {
  if (bundle) return;
  useMessages((await chrome.runtime.sendMessage({ type: 'i18n/messages', lang: uiLang() }).catch(() => null)) as MessageBundle | null);
}

/** Only a real user gesture counts: a page script can dispatch synthetic events, but they are not trusted. */
export function trusted(handler: (e: Event) => void): (e: Event) => void {
  return (e) => {
    if (e.isTrusted) handler(e);
  };
}
