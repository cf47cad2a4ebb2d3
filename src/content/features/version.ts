import type { AdvisoryFinding } from '../../core/advisories/match';
import type { PageFacts } from '../../core/advisories/facts';
import { hash53 } from '../../core/breach/gcs';
import { shownText } from '../shown-text';
import type { ConsoleContext } from '../../core/messages';
import { onConsoleView } from '../route-watch';
import { showBanner } from '../ui/banner';
import { h, msg } from '../ui/dom';
import { local } from '../ui/lang';

/**
 * Reads what a console page already reveals of its version (the URLs of what it loaded, its meta tags, a bounded bit
 * of its text: footer, "about" and version elements, the start of the body) and asks the worker which advisories
 * apply. Passive: it sends no request of its own anywhere but to the extension. Runs only in console frames (the
 * console module), at injection, once more after the page's load settles, and after each route change of a
 * single-page console (3CX shows its version on a view opened minutes after the sign-in, in the same document).
 */
const SETTLE_MS = 1500;
/**
 * After a route change the view's DOM settles are read too for this long: a view often renders what it fetched a
 * moment after its route. Outside these windows DOM changes cost the reader nothing.
 */
const ROUTE_WINDOW_MS = 3000;
/** Facts sent per minute at most: a console that changes its route without end cannot keep the worker busy. */
const MAX_SENDS_PER_MINUTE = 12;
/** Facts already sent are remembered by a hash (facts can be 100 KB), this many at most. */
const MAX_REMEMBERED = 500;
const MAX_URLS = 300;
const TEXT_SELECTORS = 'footer, #footer, .footer, [id*=version i], [class*=version i], [id*=about i], [class*=about i]';

function collectFacts(): PageFacts {
  const urls = new Set<string>();
  const add = (u: string | null | undefined) => {
    if (u && urls.size < MAX_URLS && u.length <= 600 && !u.startsWith('data:')) urls.add(u);
  };
  for (const s of document.querySelectorAll<HTMLScriptElement>('script[src]')) add(s.src);
  for (const l of document.querySelectorAll<HTMLLinkElement>('link[href]')) add(l.href);
  for (const e of performance.getEntriesByType('resource')) add(e.name);
  const metas = [...document.querySelectorAll<HTMLMetaElement>('meta[name][content], meta[property][content]')]
    .slice(0, 40)
    .map((m) => ({ name: (m.getAttribute('name') ?? m.getAttribute('property') ?? '').toLowerCase(), content: m.content.slice(0, 300) }));
  let text = '';
  for (const el of document.querySelectorAll<HTMLElement>(TEXT_SELECTORS)) {
    if (text.length > 2000) break;
    text += `${shownText(el, 500)}\n`;
  }
  if (document.body) text += shownText(document.body, 3000);
  return { urls: [...urls], metas, text: text.slice(0, 6000) };
}

const shown = new Set<string>();

function showFindings(ctx: ConsoleContext, findings: AdvisoryFinding[]): void {
  const fresh = findings.filter((f) => !shown.has(`${f.advisoryId}|${f.version}`));
  if (!fresh.length) return;
  for (const f of fresh) shown.add(`${f.advisoryId}|${f.version}`);
  const first = fresh[0]!;
  const version = first.component ? `${first.component} ${first.version}` : first.version;
  const details = h(
    'div',
    { 'data-advisories': fresh.map((f) => f.advisoryId).join(' ') },
    ...fresh.map((f) =>
      h(
        'div',
        { class: 'advisory' },
        h('div', {}, local(f.title)),
        h(
          'ul',
          {},
          ...f.cves.map((c) => h('li', {}, c.kevDateAdded ? msg('advisoryKev', [c.id, c.kevDateAdded]) : msg('advisoryNotKev', c.id))),
        ),
        h('div', {}, msg('advisoryFix', local(f.fix))),
        h('a', { href: f.url, target: '_blank', rel: 'noopener noreferrer' }, msg('advisoryLink')),
      ),
    ),
  );
  showBanner(msg('advisoryBannerTitle', [ctx.verdict.detection.productName, version]), msg('advisoryVersionSeen', [version, first.evidence]), [], details);
}

/** Whether the worker judged the facts (null: it has no verdict on this frame, e.g. not yet after a route change). */
async function readAndAsk(ctx: ConsoleContext, facts: PageFacts): Promise<boolean> {
  const findings = (await chrome.runtime.sendMessage({ type: 'advisory/facts', facts })) as AdvisoryFinding[] | null;
  if (!Array.isArray(findings)) return false;
  if (findings.length) showFindings(ctx, findings);
  return true;
}

export function startVersionReader(ctx: ConsoleContext): void {
  if (ctx.verdict.origin.kind === 'lookalike') return;
  const sent = new Set<number>();
  const sentAt: number[] = [];
  const read = () => {
    const now = Date.now();
    while (sentAt.length && now - sentAt[0]! > 60_000) sentAt.shift();
    if (sentAt.length >= MAX_SENDS_PER_MINUTE) return;
    const facts = collectFacts();
    const key = hash53(JSON.stringify(facts));
    if (sent.has(key)) return;
    if (sent.size >= MAX_REMEMBERED) sent.delete(sent.values().next().value!);
    sent.add(key);
    sentAt.push(now);
    // Facts the worker did not judge are not "sent": the next read offers them again.
    void readAndAsk(ctx, facts).then((judged) => judged || sent.delete(key), () => sent.delete(key));
  };
  read();
  // The read once the load has settled finds new facts only where the page changed or loaded more since.
  let viewChanged = false;
  const resources = () => performance.getEntriesByType('resource').length;
  const loadedBefore = resources();
  const again = () =>
    setTimeout(() => {
      if (viewChanged || resources() !== loadedBefore) read();
    }, SETTLE_MS);
  if (document.readyState === 'complete') again();
  else addEventListener('load', again, { once: true });
  let routeChangedAt = Number.NEGATIVE_INFINITY;
  onConsoleView((reason) => {
    if (reason !== 'start') viewChanged = true;
    if (reason === 'route') routeChangedAt = Date.now();
    else if (reason === 'start' || Date.now() - routeChangedAt > ROUTE_WINDOW_MS) return;
    read();
  });
}
