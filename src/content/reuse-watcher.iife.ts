/**
 * The reuse watcher: injected by the service worker only into frames that have a password field and are not the
 * trusted origin of a console whose password is fingerprinted (and only when one is). It reads what is typed into
 * password fields, in this isolated world, and sends it to the worker for comparison; the page never sees the
 * comparison or its answer, only (on a match) the warning it cannot read.
 *
 * Hostile pages: values are read from the fields themselves, not from key events, on `input` (capture, on the
 * window) and by a 100 ms poll of the focused field (through open and closed shadow roots) and of every field seen,
 * so a page that swallows key events, types the value itself, re-creates its field or hides it in a shadow root
 * is still read; a password split over several short inputs of one form is joined.
 */
import type { ReuseMatch } from '../core/messages';
import { candidateValues } from '../core/reuse/candidates';
import { showReuseWarning } from './ui/reuse-warning';
import { ensureMessages } from './ui/dom';

const INIT = Symbol.for('admin-console-guard.reuse');
const scope = globalThis as { [INIT]?: boolean };
const POLL_MS = 100;
/** Inputs of one group (form or parent) considered together for a split password. */
const MAX_GROUP = 64;

/** Password inputs seen in this frame (also after a "show password" toggle made them type=text). */
const seen = new Set<HTMLInputElement>();
/** What was last sent for a field's group, so an unchanged value is not sent again. */
const lastSent = new WeakMap<Element, string>();
let inFlight = false;
let again: { field: HTMLInputElement; atSubmit: boolean } | null = null;
let warningOpen = false;

// This world's own getters and methods: a page's named elements cannot shadow them (`<img name=activeElement>`,
// `<input name=querySelectorAll>` in a form), see unclobbered.ts.
const activeOf = Object.getOwnPropertyDescriptor(Document.prototype, 'activeElement')!.get!;
const hasFocus = Document.prototype.hasFocus;
const queryAllIn = Element.prototype.querySelectorAll;
const queryAllInDocument = Document.prototype.querySelectorAll;

const isPasswordInput = (el: unknown): el is HTMLInputElement => el instanceof HTMLInputElement && (el.type === 'password' || seen.has(el));

/** The chrome.dom API opens closed shadow roots for content scripts; open ones are readable anyway. */
function shadowOf(el: Element): ShadowRoot | null {
  if (!(el instanceof HTMLElement)) return null;
  return chrome.dom?.openOrClosedShadowRoot?.(el) ?? el.shadowRoot;
}

function deepActiveElement(): Element | null {
  let active = activeOf.call(document) as Element | null;
  for (let depth = 0; active && depth < 32; depth++) {
    const inner = shadowOf(active)?.activeElement;
    if (!inner) break;
    active = inner;
  }
  return active;
}

function track(el: HTMLInputElement): void {
  if (seen.size > 64) for (const f of seen) if (!f.isConnected) seen.delete(f);
  seen.add(el);
}

/** The password inputs checked together with `field`: its form's, or its grandparent's for form-less split inputs. */
function groupOf(field: HTMLInputElement): { key: Element; fields: HTMLInputElement[] } {
  const container: Element | null = field.form ?? field.parentElement?.parentElement ?? field.parentElement;
  if (!container) return { key: field, fields: [field] };
  const fields = [...(queryAllIn.call(container, 'input') as NodeListOf<HTMLInputElement>)].filter((i) => i.type === 'password' || seen.has(i)).slice(0, MAX_GROUP);
  return { key: container, fields: fields.includes(field) ? fields : [field] };
}

function check(field: HTMLInputElement, atSubmit = false): void {
  if (warningOpen) return;
  const group = groupOf(field);
  const values = candidateValues(group.fields.map((f) => ({ value: f.value, maxLength: f.maxLength })));
  const key = values.join('\u0000');
  if (!atSubmit && lastSent.get(group.key) === key) return;
  lastSent.set(group.key, key);
  if (values.length === 0) return;
  if (inFlight) {
    again = { field, atSubmit: atSubmit || again?.atSubmit === true };
    return;
  }
  inFlight = true;
  const active = (navigator as { userActivation?: { isActive: boolean } }).userActivation?.isActive === true;
  void (chrome.runtime.sendMessage({ type: 'reuse/check', values, active, atSubmit }) as Promise<ReuseMatch | null | { error: string }>)
    .then((res) => {
      if (res && !('error' in res)) warn(res);
    })
    .catch(() => stop())
    .finally(() => {
      inFlight = false;
      const next = again;
      again = null;
      if (next) {
        lastSent.delete(groupOf(next.field).key);
        check(next.field, next.atSubmit);
      }
    });
}

function warn(match: ReuseMatch): void {
  if (warningOpen) return;
  warningOpen = true;
  (deepActiveElement() as HTMLElement | null)?.blur?.();
  // The texts are asked for now, not when the watcher arrives: their answer (the whole message bundle) would
  // otherwise land in the page while the user types.
  void ensureMessages().then(() =>
    showReuseWarning(
      match,
      {
        leave: () => void chrome.runtime.sendMessage({ type: 'reuse/leave' }),
        contested: () => void chrome.runtime.sendMessage({ type: 'reuse/leave' }),
        openConsole: () => void chrome.runtime.sendMessage({ type: 'reuse/openConsole' }),
        trust: async () => ((await chrome.runtime.sendMessage({ type: 'reuse/trustOrigin' })) as { ok?: boolean } | undefined)?.ok === true,
      },
      () => (warningOpen = false),
    ),
  );
}

function onInput(e: Event): void {
  const target = e.composedPath()[0];
  if (isPasswordInput(target)) {
    track(target);
    check(target);
  }
}

function onFocus(e: Event): void {
  const target = e.composedPath()[0];
  if (isPasswordInput(target)) track(target);
}

/** A form about to be submitted: its password fields are checked now, marked as at submit. */
function onSubmit(e: Event): void {
  const form = e.composedPath()[0];
  if (!(form instanceof HTMLFormElement)) return;
  for (const f of seen) if (f.form === form && f.value) check(f, true);
}

function onKey(e: Event): void {
  const target = e.composedPath()[0];
  if ((e as KeyboardEvent).key === 'Enter' && isPasswordInput(target) && target.value) check(target, true);
}

let poll: ReturnType<typeof setInterval> | undefined;
/** Each field's value at the last poll: an unchanged field costs one read per poll. */
const polled = new WeakMap<HTMLInputElement, string>();
function pollFields(): void {
  if (hasFocus.call(document)) {
    const active = deepActiveElement();
    if (isPasswordInput(active)) track(active);
  }
  for (const f of seen) {
    if (!f.isConnected) {
      seen.delete(f);
      continue;
    }
    const value = f.value;
    if (polled.get(f) === value) continue;
    polled.set(f, value);
    if (value) check(f);
  }
}

function stop(): void {
  clearInterval(poll);
  for (const [type, fn] of listeners) removeEventListener(type, fn, true);
}

const listeners: [string, (e: Event) => void][] = [
  ['input', onInput],
  ['focusin', onFocus],
  ['submit', onSubmit],
  ['keydown', onKey],
];

/** The worker shows a match from a sub-frame here, in the top frame, where the page cannot cover it with its own frame. */
function onMessage(message: unknown, sender: chrome.runtime.MessageSender): void {
  if (sender.id !== chrome.runtime.id || sender.tab) return;
  const m = message as { type?: string; match?: ReuseMatch };
  if (m.type === 'reuse/show' && m.match) warn(m.match);
}

if (!scope[INIT]) {
  scope[INIT] = true;
  for (const [type, fn] of listeners) addEventListener(type, fn, true);
  chrome.runtime.onMessage.addListener(onMessage);
  for (const f of queryAllInDocument.call(document, 'input[type=password]') as NodeListOf<HTMLInputElement>) track(f);
  poll = setInterval(pollFields, POLL_MS);
  pollFields();
}
