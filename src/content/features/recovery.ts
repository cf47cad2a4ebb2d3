import type { ConsoleContext, RecoveryStatus } from '../../core/messages';
import { BASE_CSS, createHost } from '../ui/host';
import { h, msg } from '../ui/dom';
import { showBanner } from '../ui/banner';
import { local } from '../ui/lang';
import { readerShowsAt, recoveryReaderFor } from '../../core/recovery/readers';
import { classifyView } from '../../core/signin/classify';
import { currentRoute, onConsoleView } from '../route-watch';
import { collectSignInView } from './signin';

/** Forgot-password links by their text, in English and German, where the catalogue has no selector that matches. */
const FORGOT_TEXT = /forgot|reset (your )?password|can.t (sign|log) in|passwort vergessen|kennwort vergessen|passwort zurücksetzen|kennwort zurücksetzen/i;
/** How long the page is watched for the link or the address to appear (3CX shows the link only after a failed attempt). */
const WATCH_MS = 60_000;
const FRESHNESS = new Set(['recoveryEmailMissing', 'recoveryEmailUnverified', 'recoveryEmailStale']);


function findForgotLink(selectors: string[]): HTMLElement | null {
  for (const s of selectors) {
    try {
      const el = document.querySelector<HTMLElement>(s);
      if (el) return el;
    } catch {
      // A catalogue selector this browser cannot parse: try the next.
    }
  }
  for (const a of document.querySelectorAll<HTMLElement>('a, button, [role=link]')) if (FORGOT_TEXT.test(a.textContent ?? '')) return a;
  return null;
}

/** Fields the user has typed into: what they hold is being edited, not what the console has stored. */
const edited = new WeakSet<EventTarget>();
addEventListener(
  'input',
  (e) => {
    if (e.isTrusted && e.target) edited.add(e.target);
  },
  true,
);

function findRecoveryEmail(selectors: string[]): string | null {
  for (const s of selectors) {
    try {
      const el = document.querySelector<HTMLElement>(s);
      if (!el || edited.has(el) || el === document.activeElement) continue;
      const value = el instanceof HTMLInputElement ? el.value : el.textContent;
      if (value && value.includes('@')) return value.slice(0, 1000);
    } catch {
      // Unparseable selector: skip.
    }
  }
  return null;
}

/** Calls `check` now and on DOM changes (debounced) until it returns true or the watch time is over. */
function watchUntil(check: () => boolean): void {
  if (check()) return;
  const stopAt = Date.now() + WATCH_MS;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const observer = new MutationObserver(() => {
    if (timer !== undefined) return;
    timer = setTimeout(() => {
      timer = undefined;
      if (check() || Date.now() > stopAt) observer.disconnect();
    }, 300);
  });
  observer.observe(document.documentElement, { childList: true, subtree: true });
  setTimeout(() => observer.disconnect(), WATCH_MS);
}

const NOTE_CSS = `${BASE_CSS}
.note { margin: 6px 0; padding: 6px 10px; border-left: 4px solid #b35900; background: #fff4e5; color: #5c2e00; border-radius: 4px; font-size: 13px; max-width: 420px; }
`;

function showForgotNote(link: HTMLElement, status: RecoveryStatus): void {
  const findings = status.findings.filter((f) => FRESHNESS.has(f.id));
  if (!findings.length) return;
  const host = createHost('margin: 4px 0 !important;', NOTE_CSS, link);
  host.root.append(h('div', { class: 'note', role: 'note', 'data-finding': findings[0]!.id }, ...findings.map((f) => h('div', {}, local(f)))));
}

function showChanged(status: RecoveryStatus): void {
  const changed = status.findings.find((f) => f.id === 'recoveryEmailChanged');
  if (!changed) return;
  const remove = showBanner(msg('recoveryChangedTitle'), local(changed), [
    {
      label: msg('recoveryChangedYes'),
      onClick: () => {
        void chrome.runtime.sendMessage({ type: 'recovery/acceptSeen' });
        remove();
      },
    },
    { label: msg('recoveryChangedNo'), onClick: () => remove() },
  ]);
}

/**
 * The address is read whenever the product's page that shows it is on screen (route changes of a single-page console
 * included: 3CX's Settings › E-Mail is opened minutes after the sign-in, in the same document), never from a login
 * view and never from a field being edited. A product with a reader (core/recovery/readers) is read only on its
 * routes; one with only catalogue selectors on any view that is not a login form.
 */
function watchRecoveryAddress(ctx: ConsoleContext, catalogueSelectors: string[]): void {
  const productId = ctx.verdict.detection.productId;
  const reader = recoveryReaderFor(productId);
  if (!reader && !catalogueSelectors.length) return;
  let reported = '';
  const read = (): void => {
    const { path, hash } = currentRoute();
    const selectors = reader ? (readerShowsAt(reader, `${path}${hash}`, location.search) ? reader.selectors : []) : catalogueSelectors;
    if (!selectors.length) return;
    const email = findRecoveryEmail(selectors);
    if (!email || email === reported) return;
    // A login page shows who signs in, never where recovery mail goes: nothing is learnt there. (Judged only once an
    // address is found: the view's facts cost more than the selectors.)
    if (classifyView(productId, collectSignInView()).kind === 'password') return;
    reported = email;
    void (chrome.runtime.sendMessage({ type: 'recovery/seen', email }) as Promise<RecoveryStatus | null>)
      .then((s) => s && showChanged(s))
      .catch(() => undefined);
  };
  onConsoleView(read);
}

/**
 * Login page: a note beside the forgot-password link when the recovery email is unknown, unconfirmed or stale.
 * Settings or profile page: the address the console shows is learnt or compared with the recorded one.
 */
export function startRecovery(ctx: ConsoleContext): void {
  if (ctx.verdict.origin.kind !== 'trusted') return;
  const forgot = ctx.selectors.forgotPassword ?? [];
  const recovery = ctx.selectors.recoveryEmail ?? [];
  if (ctx.verdict.detection.isLogin) {
    void (chrome.runtime.sendMessage({ type: 'recovery/status' }) as Promise<RecoveryStatus | null>).then((status) => {
      if (!status || !status.findings.some((f) => FRESHNESS.has(f.id))) return;
      watchUntil(() => {
        const link = findForgotLink(forgot);
        if (link) showForgotNote(link, status);
        return !!link;
      });
    });
  }
  watchRecoveryAddress(ctx, recovery);
}

