/**
 * The in-page password meter: each credential field of a console gets a small meter and the failed rules in
 * words, updated as the user types (the estimator runs in the extension's engine, never here).
 * Login: a failing current password means "change it". New passwords: rated, and submitting a failing one asks
 * first. Confirmations: whether they match. Extension forms: the vendor's weak-extension findings by the fields.
 * The password goes to the service worker and nowhere else; the widget never shows it.
 */
import type { ConsoleContext, RatingSummary } from '../../core/messages';
import { weakExtensionFindings, type ExtensionCredentials, type WeakExtensionFinding } from '../../core/rate/weak-extension';
import { confirmWeakPassword } from '../ui/confirm-weak';
import { msg } from '../ui/dom';
import { local } from '../ui/lang';
import type { MeterState } from '../ui/field-widget';
import type { FieldEntry, FieldRegistry, FormScope } from './password-fields';

/*
 * While typing, at most one rating is in flight per field: a key is rated at once, keys typed meanwhile are rated
 * together as soon as the answer is back (see rateWhileTyping). The worker is never flooded, and no debounce timer
 * delays a key or costs the page a task of its own (a paste or an autofill is one input event anyway).
 */
/** A pause this long counts as "done typing": the final rating (with the online breach check, where it is on). */
const PAUSE_MS = 800;
/**
 * "Checking…" appears only when the first verdict for a value takes longer than this (a cold engine): a verdict
 * that comes sooner (~40 ms) would replace it within a frame, and showing it cost the page a second style and layout
 * pass on the first key (bench, trace).
 */
const PENDING_DELAY_MS = 150;
/** The page sends at most this much of a value; the real length travels alongside. */
const SEND_CAP = 4096;

interface FieldState {
  /** Bumped on every change of the value: an answer about an older value is stale. */
  version: number;
  seq: number;
  last?: { summary: RatingSummary; version: number };
  /** A rating request is on its way; `dirty`: the value changed since it was sent. */
  inFlight: boolean;
  dirty: boolean;
  pause?: ReturnType<typeof setTimeout>;
  /** Shows "Checking…" if no verdict has come by then. */
  pending?: ReturnType<typeof setTimeout>;
  /** Findings of the weak-extension rules for this field (ids, to drop the rating's duplicate). */
  findings: WeakExtensionFinding[];
  /** The version last reported as used (submitted). */
  usedVersion?: number;
  /** The meter's stand-in was asked for (see prepare). */
  sampled?: boolean;
}

const states = new WeakMap<FieldEntry, FieldState>();
let nextSeq = 0;

const rated = (e: FieldEntry) => e.role === 'current' || e.role === 'new';
const codePoints = (s: string) => {
  let n = 0;
  for (const _ of s) n++;
  return n;
};

function stateOf(entry: FieldEntry): FieldState {
  let s = states.get(entry);
  if (!s) {
    s = { version: 0, seq: 0, findings: [], inFlight: false, dirty: false };
    states.set(entry, s);
  }
  return s;
}

function meterState(entry: FieldEntry, summary: RatingSummary, hidden: Set<string>): MeterState {
  const tier = msg(`tierShort_${summary.tier}`);
  const title = summary.passes
    ? msg('meterPasses', [tier])
    : entry.role === 'current' && entry.scope.kind === 'login'
      ? msg('meterLoginFails', [tier])
      : msg('meterFails', [tier]);
  return {
    level: summary.passes ? 'pass' : 'fail',
    score: summary.score,
    title,
    reasons: summary.reasons.filter((r) => r.severity === 'fail' && !hidden.has(r.rule)).map(local),
    infos: summary.reasons.filter((r) => r.severity === 'info').map(local),
  };
}

/**
 * Entering a rated field prepares its meter unseen, showing the verdict a one-character value gets there (asked of
 * the worker, neither recorded nor shown as such): the user's first key then changes a few words of a meter that is
 * already styled and laid out at its width, instead of building one, and the code that shows a verdict has run once.
 * Its title stays "Checking…": the first real verdict always changes the live region's text, so it is announced
 * even when its reasons are the stand-in's. Without an answer (worker gone, error) the first key builds the meter.
 */
function prepare(entry: FieldEntry): void {
  const state = stateOf(entry);
  if (!rated(entry) || state.sampled) return;
  state.sampled = true;
  void (chrome.runtime.sendMessage({ type: 'rate/sample', context: entry.scope.context() }) as Promise<RatingSummary | null | { error: string }>).then(
    (res) => {
      if (res && !('error' in res)) entry.widget.prepare({ ...meterState(entry, res, hiddenRules(state)), title: msg('meterChecking') });
    },
    () => undefined,
  );
}

/** The weak-extension finding says it better than the rating's "not the extension number". */
const hiddenRules = (state: FieldState) =>
  new Set(state.findings.some((f) => f.id === 'passwordEqualsExtension' || f.id === 'authPasswordEqualsExtension') ? ['equalsExtension'] : []);

const pendingMeter = (): MeterState => ({ level: 'pending', score: -1, title: msg('meterChecking'), reasons: [], infos: [] });

function render(entry: FieldEntry): void {
  const state = stateOf(entry);
  const value = entry.el.value;
  if (!value) {
    entry.widget.setMeter(null);
    return;
  }
  const last = state.last;
  if (last && last.version === state.version) entry.widget.setMeter(meterState(entry, last.summary, hiddenRules(state)));
  else if (!last) {
    state.pending ??= setTimeout(() => {
      state.pending = undefined;
      if (!state.last && entry.el.value) entry.widget.setMeter(pendingMeter());
    }, PENDING_DELAY_MS);
  }
  // A newer value is on its way: keep showing the previous verdict rather than flicker.
}

/** Sends the field's value for rating; resolves with the answer unless a newer request overtook it. */
function requestRating(entry: FieldEntry, options: { final?: boolean; use?: boolean } = {}): Promise<RatingSummary | null> {
  const state = stateOf(entry);
  const value = entry.el.value;
  if (!value) return Promise.resolve(null);
  const seq = ++nextSeq;
  state.seq = seq;
  const version = state.version;
  return (
    chrome.runtime.sendMessage({
      type: 'rate/password',
      password: value.slice(0, SEND_CAP),
      length: codePoints(value),
      field: { role: entry.role, form: entry.scope.kind },
      context: entry.scope.context(),
      final: options.final === true,
      use: options.use === true,
      seq,
    }) as Promise<RatingSummary | null | { error: string }>
  ).then(
    (res) => {
      if (!res || 'error' in res) return null;
      // An answer about a value the field no longer has is dropped. One overtaken by a newer request for the same
      // value is still that value's verdict: a submit waiting for its final rating gets it (it was dropped too, and
      // the field left out of the check). Only the newest is shown.
      if (version !== state.version) return null;
      if (res.seq === state.seq) {
        state.last = { summary: res, version };
        clearTimeout(state.pending);
        state.pending = undefined;
        render(entry);
      }
      return res;
    },
    () => null,
  );
}

/** A rating while typing: one at a time per field, the newest value next. */
function rateWhileTyping(entry: FieldEntry): void {
  const state = stateOf(entry);
  if (state.inFlight) {
    state.dirty = true;
    return;
  }
  state.inFlight = true;
  state.dirty = false;
  void requestRating(entry).finally(() => {
    state.inFlight = false;
    if (state.dirty && entry.el.value) rateWhileTyping(entry);
  });
}

function onInput(entry: FieldEntry): void {
  const state = stateOf(entry);
  state.version++;
  clearTimeout(state.pause);
  if (!entry.el.value) {
    state.last = undefined;
    clearTimeout(state.pending);
    state.pending = undefined;
    render(entry);
    return;
  }
  render(entry);
  rateWhileTyping(entry);
  state.pause = setTimeout(() => void requestRating(entry, { final: true }), PAUSE_MS);
}

function onLeave(entry: FieldEntry): void {
  const state = stateOf(entry);
  if (!entry.el.value || (state.last?.version === state.version && state.last.summary.final)) return;
  clearTimeout(state.pause);
  void requestRating(entry, { final: true });
}

/** Confirmation fields: match or not, never rated themselves. */
function renderConfirm(confirm: FieldEntry): void {
  const target = confirm.confirmOf;
  if (!target || !confirm.el.value) return confirm.widget.setStatus(null);
  const same = confirm.el.value === target.el.value;
  confirm.widget.setStatus(msg(same ? 'confirmMatches' : 'confirmMismatch'), same ? 'good' : 'bad');
}

/** 3CX's weak-extension rules over the extension form: each finding shown by the field it is about. */
function renderExtensionFindings(scope: FormScope): void {
  if (scope.kind !== 'newExtension') return;
  const extension = scope.context().extension;
  const byField = new Map<WeakExtensionFinding['field'], FieldEntry>();
  const creds: ExtensionCredentials = { extension: extension ?? '' };
  for (const e of scope.entries) {
    const name = `${e.el.name} ${e.el.id} ${e.el.getAttribute('formcontrolname') ?? ''}`;
    if (e.role === 'new' && /auth/i.test(name) && !byField.has('authPassword')) {
      byField.set('authPassword', e);
      creds.authPassword = e.el.value;
    } else if (e.role === 'new' && !byField.has('password')) {
      byField.set('password', e);
      creds.password = e.el.value;
    } else if (e.role === 'pin') {
      byField.set('voicemailPin', e);
      creds.voicemailPin = e.el.value;
    } else if (e.role === 'authId') {
      byField.set('authId', e);
      creds.authId = e.el.value;
    }
  }
  const findings = extension ? weakExtensionFindings(creds) : [];
  for (const e of scope.entries) {
    const mine = findings.filter((f) => byField.get(f.field) === e);
    stateOf(e).findings = mine;
    e.widget.setFindings(mine.map(local));
    if (e.role === 'pin' || e.role === 'authId') {
      e.widget.setStatus(e.el.value && extension && mine.length === 0 ? msg(e.role === 'pin' ? 'pinNoFinding' : 'authIdNoFinding') : null, 'good');
    }
    if (rated(e)) render(e);
  }
}

/** Is this element a control that submits its form scope (a real submit button, or a "Save"-like button)? */
const SAVE_TEXT = /^\s*(save|submit|ok|apply|change|update|create|add|speichern|übernehmen|ändern|aktualisieren|anlegen|erstellen|hinzufügen|sichern)\b/i;
function submitControl(target: EventTarget | null): HTMLElement | null {
  const el = (target as Element | null)?.closest?.('button, input[type=submit], input[type=image], [role=button]') as HTMLElement | null;
  if (!el) return null;
  if (el instanceof HTMLButtonElement) return el.type === 'submit' || SAVE_TEXT.test(el.textContent ?? '') ? el : null;
  if (el instanceof HTMLInputElement) return el;
  return SAVE_TEXT.test(el.textContent ?? '') ? el : null;
}

function scopeContaining(registry: FieldRegistry, el: Element): FormScope | undefined {
  const matching = registry.scopes().filter((s) => s.el.contains(el));
  // The innermost form wins.
  return matching.sort((a, b) => (a.el.contains(b.el) ? 1 : b.el.contains(a.el) ? -1 : 0))[0];
}

/** Latest final rating of each new password in the scope, asking for any that is missing or out of date. */
async function finalRatings(scope: FormScope): Promise<{ entry: FieldEntry; summary: RatingSummary }[]> {
  const out: { entry: FieldEntry; summary: RatingSummary }[] = [];
  for (const entry of scope.entries.filter((e) => e.role === 'new' && e.el.value)) {
    const state = stateOf(entry);
    let summary = state.last?.version === state.version && state.last.summary.final ? state.last.summary : null;
    summary ??= await requestRating(entry, { final: true });
    if (summary) out.push({ entry, summary });
  }
  return out;
}

function problemsOf(scope: FormScope, ratings: { entry: FieldEntry; summary: RatingSummary }[]): string[] {
  const lines: string[] = [];
  for (const { summary } of ratings) for (const r of summary.reasons) if (r.severity === 'fail') lines.push(local(r));
  for (const e of scope.entries) for (const f of stateOf(e).findings) lines.push(local(f));
  for (const e of scope.entries) if (e.confirmOf && e.el.value !== e.confirmOf.el.value) lines.push(msg('confirmMismatch'));
  return [...new Set(lines)];
}

function guardSubmits(registry: FieldRegistry): void {
  /** Set while the extension itself re-submits after the user chose "use it anyway". */
  let bypass = false;
  /** Scopes whose check is under way: further clicks wait for it. */
  const checking = new WeakSet<FormScope>();

  const resubmit = (scope: FormScope, submitter: HTMLElement | null) => {
    bypass = true;
    try {
      if (submitter?.isConnected) submitter.click();
      else if (scope.el instanceof HTMLFormElement) scope.el.requestSubmit();
    } finally {
      bypass = false;
    }
  };

  /** Each value is reported as used once, though a click and the submit it causes both come here. */
  const markUsed = (entry: FieldEntry): boolean => {
    const state = stateOf(entry);
    if (state.usedVersion === state.version) return false;
    state.usedVersion = state.version;
    return true;
  };

  const decide = (scope: FormScope, e: Event, submitter: HTMLElement | null) => {
    // Login: never in the way; the worker remembers whether the password used meets the tier.
    if (scope.kind === 'login') {
      for (const entry of scope.entries) if (entry.role === 'current' && entry.el.value && markUsed(entry)) void requestRating(entry, { final: true, use: true });
      return;
    }
    const fresh = scope.entries.filter((x) => x.role === 'new' && x.el.value);
    if (fresh.length === 0) return;
    // Known good already (final ratings of these values, no findings, confirmations match): not in the way.
    const known = fresh.map((x) => stateOf(x).last).filter((l, i) => l && l.version === stateOf(fresh[i]!).version && l.summary.final);
    if (known.length === fresh.length && known.every((l) => l!.summary.passes) && problemsOf(scope, []).length === 0) {
      for (const entry of fresh) if (markUsed(entry)) void requestRating(entry, { final: true, use: true });
      return;
    }
    e.preventDefault();
    e.stopImmediatePropagation();
    if (checking.has(scope)) return;
    checking.add(scope);
    void (async () => {
      try {
        const ratings = await finalRatings(scope);
        const problems = problemsOf(scope, ratings);
        if (problems.length > 0) {
          if (!(await confirmWeakPassword(problems))) {
            (ratings.find((r) => !r.summary.passes)?.entry ?? fresh[0]!).el.focus();
            return;
          }
        }
        // Used: failing ones are reported (rule ids only), a passing change clears the console's weak-login note.
        for (const { entry } of ratings) if (markUsed(entry)) void requestRating(entry, { final: true, use: true });
        resubmit(scope, submitter);
      } finally {
        checking.delete(scope);
      }
    })();
  };

  addEventListener(
    'click',
    (e) => {
      if (bypass || !e.isTrusted) return;
      const control = submitControl(e.target);
      const scope = control && scopeContaining(registry, control);
      if (scope) decide(scope, e, control);
    },
    true,
  );
  addEventListener(
    'submit',
    (e) => {
      if (bypass) return;
      const scope = scopeContaining(registry, e.target as Element);
      if (scope) decide(scope, e, (e as SubmitEvent).submitter as HTMLElement | null);
    },
    true,
  );
}

export function startPasswordMeter(_ctx: ConsoleContext, registry: FieldRegistry): void {
  let warmed = false;
  registry.onEntry((entry) => {
    if (!warmed) {
      warmed = true;
      void chrome.runtime.sendMessage({ type: 'rate/warm' }).catch(() => undefined);
      // The first message lookup loads the extension's message catalogue into the page (~1.5 ms): here, once, rather
      // than on the user's first key.
      msg('meterChecking');
    }
    if (rated(entry) && entry.el.value) onInput(entry);
    // Focused before this module started (autofocus): no focusin will come.
    else if (entry.el === document.activeElement) prepare(entry);
    if (entry.confirmOf) renderConfirm(entry);
    if (entry.scope.kind === 'newExtension') renderExtensionFindings(entry.scope);
  });

  // One delegated listener: the registry's entries change when a single-page app re-renders a form.
  addEventListener(
    'input',
    (e) => {
      const target = e.target as Element | null;
      if (!(target instanceof HTMLInputElement)) return;
      const entry = registry.entryFor(target);
      if (entry && rated(entry)) onInput(entry);
      const scope = entry?.scope ?? scopeContaining(registry, target);
      if (!scope) return;
      for (const c of scope.entries) if (c.confirmOf && (c === entry || c.confirmOf === entry)) renderConfirm(c);
      // Any field of an extension form can change a finding (the extension number, the auth ID).
      if (scope.kind === 'newExtension') renderExtensionFindings(scope);
    },
    { capture: true, passive: true },
  );
  addEventListener(
    'focusin',
    (e) => {
      const entry = e.target instanceof HTMLInputElement ? registry.entryFor(e.target) : undefined;
      if (entry) prepare(entry);
    },
    { capture: true, passive: true },
  );
  addEventListener(
    'focusout',
    (e) => {
      const entry = e.target instanceof HTMLInputElement ? registry.entryFor(e.target) : undefined;
      if (entry && rated(entry)) onLeave(entry);
    },
    { capture: true, passive: true },
  );
  guardSubmits(registry);
}
