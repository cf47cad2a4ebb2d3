/**
 * The credential fields of a console page, found and classified (core/form-roles), each with its inline widget.
 * The meter and the generator work on these entries. Fields that appear later (single-page apps) are picked up by
 * a debounced observer; a field that leaves the page takes its widget with it. Never reads a value to keep it.
 */
import { classifyForm, isTypedInput, type CatalogueField, type ClassifiedForm, type FieldFacts, type FieldRole, type FormKind } from '../../core/form-roles';
import type { ConsoleContext } from '../../core/messages';
import { createFieldWidget, type FieldWidget } from '../ui/field-widget';

export interface FieldEntry {
  el: HTMLInputElement;
  role: FieldRole;
  scope: FormScope;
  widget: FieldWidget;
  /** For a confirmation field: the new-password field it repeats. */
  confirmOf?: FieldEntry;
}

export interface FormScope {
  /** The <form>, or the nearest ancestor holding a button (forms without a <form>). */
  el: Element;
  kind: FormKind;
  entries: FieldEntry[];
  /** The rating context the form shows: read at the moment of use, never stored. */
  context(): { username?: string; email?: string; extension?: string };
}

const CATALOGUE_KEYS: CatalogueField[] = ['extensionNumber', 'extensionPassword', 'voicemailPin', 'authId'];
const MAX_FIELDS = 40;
const SCAN_DEBOUNCE_MS = 200;
const clip = (s: string | null | undefined, n = 120) => (s ?? '').replace(/\s+/g, ' ').trim().slice(0, n);

function matches(el: Element, selectors: string[] | undefined): boolean {
  for (const s of selectors ?? []) {
    try {
      if (el.matches(s)) return true;
    } catch {
      // A selector this browser cannot parse: skip it.
    }
  }
  return false;
}

function labelOf(el: HTMLInputElement): string {
  const aria = el.getAttribute('aria-label');
  if (aria) return clip(aria);
  const by = el.getAttribute('aria-labelledby');
  if (by) {
    const text = by
      .split(/\s+/)
      .map((id) => document.getElementById(id)?.textContent ?? '')
      .join(' ');
    if (text.trim()) return clip(text);
  }
  const label = el.labels?.[0];
  if (label) return clip(label.textContent);
  const prev = el.previousElementSibling;
  return prev?.tagName === 'LABEL' ? clip(prev.textContent) : '';
}

function scopeElementOf(el: HTMLInputElement): Element {
  if (el.form) return el.form;
  let node: Element | null = el.parentElement;
  for (let depth = 0; node && node !== document.body && depth < 10; depth++, node = node.parentElement) {
    if (node.querySelector('button, input[type=submit], [role=button]')) return node;
  }
  return document.body ?? document.documentElement;
}

function inputsOf(scope: Element): HTMLInputElement[] {
  return Array.from(scope.querySelectorAll<HTMLInputElement>('input'))
    .filter((i) => isTypedInput(i.type))
    .slice(0, MAX_FIELDS);
}

function scopeText(scope: Element): string {
  let text = '';
  for (const el of scope.querySelectorAll('h1, h2, h3, h4, legend, button, [role=heading], input[type=submit]')) {
    text += ` ${el.tagName === 'INPUT' ? (el as HTMLInputElement).value : (el.textContent ?? '')}`;
    if (text.length > 600) break;
  }
  // A form inside a page section: the section's heading names it ("Change password").
  const heading = scope.closest('section, article, main, [role=dialog], dialog')?.querySelector('h1, h2, h3');
  return clip(`${heading?.textContent ?? ''} ${text}`, 600);
}

export interface FieldRegistry {
  scopes(): FormScope[];
  entryFor(el: Element): FieldEntry | undefined;
  /** Called for each new entry (and again for entries whose scope was re-classified). */
  onEntry(fn: (entry: FieldEntry) => void): void;
  stop(): void;
}

export function watchPasswordFields(ctx: ConsoleContext): FieldRegistry {
  const scopes = new Map<Element, FormScope & { signature: string }>();
  const listeners: ((e: FieldEntry) => void)[] = [];
  const byField = new WeakMap<Element, FieldEntry>();

  const catalogueOf = (el: HTMLInputElement): CatalogueField | undefined => CATALOGUE_KEYS.find((k) => matches(el, ctx.selectors[k]));
  // A "show password" button turns the field into type=text for a moment: it is still the same password field.
  const wasPassword = new WeakSet<HTMLInputElement>();
  const isPassword = (el: HTMLInputElement) => {
    if (el.type === 'password') wasPassword.add(el);
    return wasPassword.has(el);
  };
  const isCredential = (el: HTMLInputElement) => isPassword(el) || (catalogueOf(el) !== undefined && catalogueOf(el) !== 'extensionNumber');

  function dropScope(el: Element): void {
    const scope = scopes.get(el);
    if (!scope) return;
    for (const entry of scope.entries) {
      entry.widget.remove();
      if (byField.get(entry.el) === entry) byField.delete(entry.el);
    }
    scopes.delete(el);
  }

  function buildScope(el: Element): void {
    const inputs = inputsOf(el);
    const facts: FieldFacts[] = inputs.map((i) => ({
      type: isPassword(i) ? 'password' : (i.getAttribute('type') ?? 'text').toLowerCase(),
      name: clip(i.getAttribute('name') ?? i.getAttribute('formcontrolname'), 80),
      id: clip(i.id, 80),
      autocomplete: clip(i.getAttribute('autocomplete'), 60),
      label: labelOf(i),
      placeholder: clip(i.getAttribute('placeholder'), 80),
      inputMode: clip(i.getAttribute('inputmode'), 20),
      ...(catalogueOf(i) ? { catalogue: catalogueOf(i)! } : {}),
    }));
    const classified: ClassifiedForm = classifyForm({ fields: facts, text: scopeText(el), isLoginPage: ctx.verdict.detection.isLogin });
    // Same fields, same roles: keep the widgets (and whatever they show).
    const signature = inputs.map((i, k) => `${k}:${classified.roles[k]}`).join(',') + `|${classified.kind}`;
    const old = scopes.get(el);
    if (old && old.signature === signature && old.entries.every((e) => e.el.isConnected && inputs.includes(e.el))) return;
    dropScope(el);
    const valueAt = (k: number | undefined) => (k === undefined ? undefined : inputs[k]?.value.trim().slice(0, 256) || undefined);
    const scope: FormScope & { signature: string } = {
      el,
      kind: classified.kind,
      entries: [],
      signature,
      context: () => {
        const username = valueAt(classified.usernameIndex);
        const email = valueAt(classified.emailIndex) ?? (username?.includes('@') ? username : undefined);
        const extension = valueAt(classified.extensionIndex);
        return { ...(username ? { username } : {}), ...(email ? { email } : {}), ...(extension ? { extension } : {}) };
      },
    };
    const entryAt = new Map<number, FieldEntry>();
    inputs.forEach((input, k) => {
      const role = classified.roles[k]!;
      if (role === 'other' || !(isCredential(input) || role === 'authId')) return;
      const entry: FieldEntry = { el: input, role, scope, widget: createFieldWidget(input) };
      entryAt.set(k, entry);
      scope.entries.push(entry);
      byField.set(input, entry);
    });
    for (const [c, n] of Object.entries(classified.confirms)) {
      const confirm = entryAt.get(Number(c));
      const target = entryAt.get(n);
      if (confirm && target) confirm.confirmOf = target;
    }
    if (scope.entries.length === 0) return;
    scopes.set(el, scope);
    for (const entry of scope.entries) for (const fn of listeners) fn(entry);
  }

  function scan(): void {
    for (const [el, scope] of scopes) if (!el.isConnected || scope.entries.some((e) => !e.el.isConnected)) dropScope(el);
    const seen = new Set<Element>();
    for (const input of Array.from(document.querySelectorAll<HTMLInputElement>('input')).slice(0, 400)) {
      if (!isCredential(input)) continue;
      const scopeEl = scopeElementOf(input);
      if (seen.has(scopeEl)) continue;
      seen.add(scopeEl);
      buildScope(scopeEl);
    }
  }

  let timer: ReturnType<typeof setTimeout> | undefined;
  const observer = new MutationObserver((records) => {
    // Our own widgets' changes are not the page's.
    const ours = (r: MutationRecord) => {
      if ((r.target as Element).localName === 'acg-guard') return true;
      const nodes = [...r.addedNodes, ...r.removedNodes];
      return r.type === 'childList' && nodes.length > 0 && nodes.every((n) => (n as Element).localName === 'acg-guard');
    };
    if (records.every(ours)) return;
    if (timer !== undefined) return;
    timer = setTimeout(() => {
      timer = undefined;
      scan();
    }, SCAN_DEBOUNCE_MS);
  });
  observer.observe(document.documentElement, { childList: true, subtree: true, attributes: true, attributeFilter: ['type', 'name', 'autocomplete'] });
  // The first scan waits for the listeners (meter, generator) to register.
  queueMicrotask(scan);

  return {
    scopes: () => [...scopes.values()],
    entryFor: (el) => byField.get(el),
    onEntry: (fn) => listeners.push(fn),
    stop: () => {
      observer.disconnect();
      for (const el of [...scopes.keys()]) dropScope(el);
    },
  };
}
