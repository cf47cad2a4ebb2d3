import { BASE_CSS, createHost, type InlineHost } from './host';
import { h, trusted } from './dom';

const CSS = `${BASE_CSS}
:host { font-size: 12.5px !important; }
.box { margin: 3px 0 6px; max-width: 460px; }
.box > :not([hidden]) ~ :not([hidden]) { margin-top: 3px; }
.bar { display: flex; gap: 2px; height: 5px; max-width: 200px; }
.bar i { flex: 1; background: #dde1e8; border-radius: 2px; }
.fail .bar i.on { background: #c62828; }
.pass .bar i.on { background: #2e7d32; }
.pending .bar i.on { background: #8a94a6; }
.title { font-weight: 600; }
.fail .title, .mismatch { color: #b71c1c; }
.pass .title, .match { color: #1b5e20; }
ul { margin: 0; padding-left: 18px; }
li.info { color: #4a5568; list-style: circle; }
.findings { border-left: 3px solid #c62828; padding-left: 8px; color: #7f1010; }
.note { color: #1e4fa3; }
.actions { display: flex; gap: 6px; flex-wrap: wrap; }
.actions button { padding: 3px 10px; font-size: 12px; }
[hidden] { display: none !important; }
:host([data-unseen]) { position: absolute !important; width: attr(data-unseen px) !important; height: 0 !important; contain: strict !important; }
`;

const IN_FLOW = 'margin: 0 !important;';
/** The host's attribute while it is an unseen stand-in (see the :host rule); the host guard undoes a page's changes. */
const UNSEEN = 'data-unseen';
/*
 * Prepared unseen (see prepare), the host is out of the page's flow, of no height and painting nothing outside it
 * (:host([data-unseen]), its value the width): nothing beside the field moves, nothing can scroll, nothing shows. It
 * is laid out at the width it will have in the flow (see flowWidth), so showing it moves the page but does not lay
 * its text out again. Showing it removes the attribute: rewriting the host's inline style instead made the page
 * parse and compute it again from its `all: initial` (~0.3–0.7 ms on the first key; where attr() takes no type,
 * before Chromium 133, the width is 0 and the first key lays the text out). Its live region is in the accessibility
 * tree, empty (the stand-in meter inside is aria-hidden; hiding it with CSS made every element of it change style
 * when it was shown), so the first verdict is announced as a change.
 */

/**
 * The width the widget gets in the page's flow where the field's parent lays it out as a block (most forms); in any
 * other layout the estimate is off and showing the widget lays it out again, as it would anyway.
 */
function flowWidth(field: Element): number {
  const parent = field.parentElement;
  if (!parent) return 0;
  const style = getComputedStyle(parent);
  const width = parent.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
  return Number.isFinite(width) && width > 0 ? Math.round(width) : 0;
}

export type MeterLevel = 'pass' | 'fail' | 'pending';

export interface MeterState {
  level: MeterLevel;
  /** 0–4, shown as filled bar segments (score + 1). */
  score: number;
  title: string;
  reasons: string[];
  infos: string[];
}

/**
 * The extension's inline UI beside one credential field: meter, reasons, findings, notes and actions. The host
 * element enters the page when it is prepared (unseen, once the user has entered the field) or when there is
 * something to show: a login page stays untouched until then.
 */
export interface FieldWidget {
  /**
   * Puts the widget into the page with `state` as a hidden stand-in, taking no room, until something is shown (or
   * replaces the stand-in's state while it is one). Called when the user enters the field: the widget's elements,
   * styles and fonts are then set up before the first key, not on it.
   */
  prepare(state: MeterState): void;
  setMeter(state: MeterState | null): void;
  /** A one-line status in place of a meter (confirmation match, PIN check). */
  setStatus(text: string | null, tone?: 'good' | 'bad'): void;
  setFindings(lines: string[]): void;
  setNote(text: string | null): void;
  addAction(label: string, onClick: () => void, name: string): HTMLButtonElement;
  remove(): void;
}

/** Text that is already shown is not set again: each write costs the page a layout (the confirmation's status is set on every key). */
function setText(el: HTMLElement, text: string): void {
  const only = el.firstChild;
  if (only instanceof Text && only === el.lastChild) {
    // Changed in place: replacing the text node made the page build a new text box for it on every key.
    if (only.data !== text) only.data = text;
  } else if (el.textContent !== text) el.textContent = text;
}

/**
 * The reasons list, updated in place: while typing, usually one line's text changes ("now 7" → "now 8"), and
 * rebuilding the list each key made the page style and lay out new elements on every keystroke.
 */
function updateList(list: HTMLUListElement, items: { text: string; info: boolean }[]): void {
  while (list.children.length > items.length) list.lastElementChild!.remove();
  items.forEach((item, i) => {
    const li = (list.children[i] as HTMLLIElement | undefined) ?? list.appendChild(h('li'));
    li.className = item.info ? 'info' : '';
    setText(li, item.text);
  });
}

export function createFieldWidget(field: Element): FieldWidget {
  let host: InlineHost | undefined;
  let removed = false;
  let lastMeter = '';
  let answers = 0;
  const segments = Array.from({ length: 5 }, () => h('i'));
  const bar = h('div', { class: 'bar', 'aria-hidden': 'true' }, ...segments);
  const title = h('div', { class: 'title' });
  const reasons = h('ul');
  const meter = h('div', { class: 'meter', hidden: true }, bar, title, reasons);
  const status = h('div', { class: 'status', hidden: true });
  const findings = h('div', { class: 'findings', hidden: true });
  const note = h('div', { class: 'note', hidden: true });
  const actions = h('div', { class: 'actions', hidden: true });
  const box = h('div', { class: 'box', role: 'status', 'aria-live': 'polite' }, meter, status, findings, note, actions);
  let standIn = false;
  const attach = (): InlineHost | undefined => {
    if (host || removed || !field.isConnected) return host;
    host = createHost(IN_FLOW, CSS, field, { followAnchor: true, ownedAttributes: [UNSEEN] });
    host.root.append(box);
    return host;
  };
  const show = (el: HTMLElement, on: boolean) => {
    if (!on) {
      el.setAttribute('hidden', '');
      return;
    }
    if (standIn) {
      // The prepared meter was a stand-in: only a real verdict shows a meter (and hiding the meter only to show it
      // again made the page restyle it and its children).
      standIn = false;
      if (el !== meter) meter.setAttribute('hidden', '');
      meter.removeAttribute('aria-hidden');
      host?.setOwned(UNSEEN, null);
    }
    attach();
    el.removeAttribute('hidden');
  };
  const renderMeter = (state: MeterState) => {
    const key = JSON.stringify(state);
    if (key === lastMeter) return;
    lastMeter = key;
    meter.className = `meter ${state.level}`;
    segments.forEach((seg, i) => seg.classList.toggle('on', i <= state.score));
    setText(title, state.title);
    updateList(reasons, [...state.reasons.map((text) => ({ text, info: false })), ...state.infos.map((text) => ({ text, info: true }))]);
  };
  return {
    prepare(state) {
      if (removed || (host && !standIn)) return;
      if (!host) {
        // Measured before the host is in the page: laid out in the flow even once, it would leave the page's
        // layout changed (a collapsed space beside it stays collapsed).
        const width = flowWidth(field);
        const placed = attach();
        if (!placed) return;
        placed.setOwned(UNSEEN, String(width));
        standIn = true;
        meter.setAttribute('aria-hidden', 'true');
        meter.removeAttribute('hidden');
      }
      renderMeter(state);
    },
    setMeter(state) {
      show(meter, !!state);
      // Each answer is marked (a cheap attribute, no re-layout) so the benchmark can time it even when unchanged.
      box.dataset['answer'] = String(++answers);
      // Most keystrokes leave the verdict as it was: touching the DOM anyway costs the page a frame per key.
      if (state) renderMeter(state);
    },
    setStatus(text, tone) {
      show(status, !!text);
      setText(status, text ?? '');
      status.className = `status ${tone === 'good' ? 'match' : tone === 'bad' ? 'mismatch' : ''}`;
    },
    setFindings(lines) {
      show(findings, lines.length > 0);
      findings.replaceChildren(...lines.map((l) => h('div', {}, l)));
    },
    setNote(text) {
      show(note, !!text);
      setText(note, text ?? '');
    },
    addAction(label, onClick, name) {
      const button = h('button', { type: 'button', 'data-action': name, onclick: trusted(onClick) }, label);
      actions.append(button);
      show(actions, true);
      return button;
    },
    remove() {
      removed = true;
      host?.remove();
    },
  };
}
