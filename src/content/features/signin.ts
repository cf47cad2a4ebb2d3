/**
 * The sign-in watcher's eyes in a console frame: it tells the worker that a password form was submitted (never
 * the password), that the user handed the sign-in to an identity provider, and what each following view shows
 * (plain facts: fields' names, short texts, link targets; never a value). The worker runs the state machine
 * (core/signin) across documents, since many consoles sign in through a full page load.
 * One-time codes: whether the user typed into a code field is learnt from input events; the field's value is
 * never read.
 */
import type { ConsoleContext, SignInViewResponse } from '../../core/messages';
import { isTypedInput } from '../../core/form-roles';
import { classifyView, isCodeInput, MAX_VIEW, ssoHandOff, type SignInView } from '../../core/signin';
import { showBanner } from '../ui/banner';
import { msg } from '../ui/dom';
import { local } from '../ui/lang';
import { currentRoute, onConsoleView } from '../route-watch';

const clip = (s: string | null | undefined, n: number) => (s ?? '').replace(/\s+/g, ' ').trim().slice(0, n);

function visible(el: Element): boolean {
  const check = (el as Element & { checkVisibility?: (o?: object) => boolean }).checkVisibility;
  return check ? check.call(el, { visibilityProperty: true, opacityProperty: false }) : (el as HTMLElement).offsetParent !== null;
}

function labelOf(input: HTMLInputElement): string {
  const aria = input.getAttribute('aria-label');
  if (aria) return aria;
  const byFor = input.id ? document.querySelector(`label[for="${CSS.escape(input.id)}"]`) : null;
  return (byFor ?? input.closest('label'))?.textContent ?? '';
}

function describeInput(i: HTMLInputElement): string {
  return clip(
    [i.type, i.name || i.getAttribute('formcontrolname'), i.id, i.getAttribute('autocomplete'), i.placeholder, labelOf(i)].map((p) => clip(p, 60)).join(' '),
    MAX_VIEW.input,
  );
}

const TEXT_SELECTOR = 'h1, h2, h3, h4, label, legend, button, a, [role=button], [role=heading], [role=menuitem], input[type=submit], p';

/** Path and hash of a link or form target, without query: queries can carry tokens (osTicket's logout.php?auth=…). */
function targetOf(raw: string | null): string {
  if (!raw) return '';
  try {
    const u = new URL(raw, location.href);
    return clip(`${u.pathname}${u.hash.split('?')[0]}`, MAX_VIEW.link);
  } catch {
    return '';
  }
}

export function collectSignInView(): SignInView {
  const route = currentRoute();
  const inputs: string[] = [];
  let passwordFields = 0;
  for (const i of document.querySelectorAll<HTMLInputElement>('input:not([type=hidden])')) {
    if (inputs.length >= MAX_VIEW.inputs) break;
    if (!isTypedInput(i.type) || !visible(i)) continue;
    if (i.type === 'password') passwordFields++;
    inputs.push(describeInput(i));
  }
  let text = '';
  for (const el of document.querySelectorAll(TEXT_SELECTOR)) {
    if (text.length >= MAX_VIEW.text) break;
    const t = el instanceof HTMLInputElement ? clip(el.value, 60) : clip(el.textContent, 120);
    if (t) text += `${t}\n`;
  }
  const links: string[] = [];
  for (const el of document.querySelectorAll('a[href], form[action]')) {
    if (links.length >= MAX_VIEW.links) break;
    const target = targetOf(el.getAttribute(el.localName === 'form' ? 'action' : 'href'));
    if (target) links.push(target);
  }
  return { path: clip(route.path, MAX_VIEW.path), hash: clip(route.hash, MAX_VIEW.path), passwordFields, inputs, text: text.slice(0, MAX_VIEW.text), links };
}

/** The form (or the nearest container with a button) a field belongs to. */
function scopeOf(el: Element): Element {
  const form = (el as HTMLInputElement).form ?? el.closest('form');
  if (form) return form;
  for (let node = el.parentElement; node; node = node.parentElement) if (node.querySelector('button, input[type=submit], [role=button]')) return node;
  return document.body ?? document.documentElement;
}

const SUBMIT_TEXT = /\b(?:log ?in|sign ?in|login|anmelden|einloggen|weiter|continue|next|submit|ok)\b/i;

/** A control that submits its form (not a "show password" toggle beside the field). */
function isSubmitControl(control: Element): boolean {
  if (control instanceof HTMLButtonElement) return control.type === 'submit' || (control.type !== 'button' && control.type !== 'reset') || SUBMIT_TEXT.test(control.textContent ?? '');
  if (control instanceof HTMLInputElement) return control.type === 'submit' || control.type === 'image';
  return SUBMIT_TEXT.test(control.textContent ?? '');
}

export function startSignInWatch(ctx: ConsoleContext): void {
  // A look-alike gets the full-page warning; what happens on it says nothing about the real console.
  if (ctx.verdict.origin.kind === 'lookalike') return;
  const productId = ctx.verdict.detection.productId;

  /** Code fields the user typed into (the element, never its value). */
  const typedCode = new WeakSet<Element>();
  /** Whether the worker wants this console's views: until the first answer, and after a sign-in starts here. */
  let watching = true;
  let lastSent = '';
  let lastSubmitAt = 0;
  let bannerShown = false;

  const isCodeField = (el: EventTarget | null): el is HTMLInputElement =>
    el instanceof HTMLInputElement && el.type !== 'password' && el.type !== 'hidden' && isCodeInput(describeInput(el));

  addEventListener('input', (e) => {
    if (!e.isTrusted || !isCodeField(e.target)) return;
    // The code step is seen at the first key, not after the page settles: a code typed and sent at once
    // (a password manager, a fast typist) may leave the step on screen for less than the settle time.
    if (!typedCode.has(e.target)) {
      typedCode.add(e.target);
      sendView();
    }
  }, true);

  const sendView = (force = false) => {
    if (!watching && !force) return;
    const view = collectSignInView();
    const key = JSON.stringify(view);
    if (key === lastSent && !force) return;
    lastSent = key;
    void (chrome.runtime.sendMessage({ type: 'signin/view', view }) as Promise<SignInViewResponse | null>)
      .then((res) => {
        if (!res) return;
        watching = res.watching;
        if (res.banner && !bannerShown) {
          bannerShown = true;
          showBanner(msg('signinBannerTitle'), `${local(res.banner.text)}${res.banner.switchOn ? ` ${local(res.banner.switchOn)}` : ''}`);
        }
      })
      .catch(() => undefined);
  };

  /** A password form is being submitted: the user's password is in it (its length is checked, nothing else). */
  const passwordSubmitted = (scope: Element) => {
    const fields = [...scope.querySelectorAll<HTMLInputElement>('input[type=password]')];
    if (!fields.some((f) => f.value.length > 0)) return;
    const now = Date.now();
    if (now - lastSubmitAt < 1500) return; // the click and the submit it causes
    // Only a login form starts a sign-in: a change-password form or a re-authentication prompt inside the signed-in
    // console (a way to sign out is on the page) is no sign-in.
    if (classifyView(productId, collectSignInView()).kind !== 'password') return;
    lastSubmitAt = now;
    const codeTyped = [...scope.querySelectorAll('input')].some((i) => typedCode.has(i));
    watching = true;
    lastSent = '';
    void chrome.runtime.sendMessage({ type: 'signin/password', codeTyped }).catch(() => undefined);
  };

  addEventListener('submit', (e) => {
    if (e.isTrusted && e.target instanceof Element && e.target.querySelector('input[type=password]')) passwordSubmitted(e.target);
  }, true);
  addEventListener('keydown', (e) => {
    if (e.isTrusted && (e as KeyboardEvent).key === 'Enter' && e.target instanceof HTMLInputElement && scopeOf(e.target).querySelector('input[type=password]')) passwordSubmitted(scopeOf(e.target));
  }, true);
  addEventListener('click', (e) => {
    if (!e.isTrusted || !(e.target instanceof Element)) return;
    const control = e.target.closest('a, button, input[type=submit], [role=button]');
    if (!control) return;
    const scope = scopeOf(control);
    if (control.localName !== 'a' && scope.querySelector('input[type=password]')) {
      if (isSubmitControl(control)) passwordSubmitted(scope);
      return;
    }
    const href = control.getAttribute('href') ?? (control as HTMLButtonElement).form?.getAttribute('action') ?? control.getAttribute('formaction') ?? undefined;
    const sso = ssoHandOff({ ...(href ? { href } : {}), text: clip(control.textContent || control.getAttribute('aria-label') || (control as HTMLInputElement).value, 200) }, location.origin);
    // A link to the SSO settings inside the signed-in console is no hand-off of a sign-in.
    if (sso && classifyView(productId, collectSignInView()).kind !== 'signedIn') {
      watching = true;
      lastSent = '';
      void chrome.runtime.sendMessage({ type: 'signin/sso', ...(sso.idp ? { idp: sso.idp } : {}) }).catch(() => undefined);
    }
  }, true);

  onConsoleView((reason) => sendView(reason === 'start'));
  // The page is left for the identity provider or the next page: the worker has every event before that.
}
