import { formatMessage, type MessageBundle } from '../../core/i18n/format';
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

let fallback: MessageBundle | undefined;

export const msg = (key: string, subs?: string | string[]): string => chrome.i18n.getMessage(key, subs) || (fallback && formatMessage(fallback, key, subs)) || key;

/**
 * When this world's chrome.i18n answers '' (Chromium sometimes starts a launch so: see ui/message-bundle.ts), the
 * messages come from the service worker instead. Call before the first text is shown; costs one read otherwise.
 */
export async function ensureMessages(): Promise<void> {
  if (chrome.i18n.getMessage('extName')) return;
  const bundle = (await chrome.runtime.sendMessage({ type: 'i18n/messages' }).catch(() => null)) as MessageBundle | null;
  if (bundle && typeof bundle === 'object') fallback = bundle;
}

/** Only a real user gesture counts: a page script can dispatch synthetic events, but they are not trusted. */
export function trusted(handler: (e: Event) => void): (e: Event) => void {
  return (e) => {
    if (e.isTrusted) handler(e);
  };
}
