import type { AdvisoryFinding } from '../../core/advisories/match';
import type { PageFacts } from '../../core/advisories/facts';
import type { ConsoleContext } from '../../core/messages';
import { showBanner } from '../ui/banner';
import { h, msg } from '../ui/dom';
import { local } from '../ui/lang';

/**
 * Reads what a console page already reveals of its version (the URLs of what it loaded, its meta tags, a bounded bit
 * of its text: footer, "about" and version elements, the start of the body) and asks the worker which advisories
 * apply. Passive: it sends no request of its own anywhere but to the extension. Runs only in console frames (the
 * console module), at injection and once more after the page's load settles.
 */
const SETTLE_MS = 1500;
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
    text += `${(el.innerText ?? el.textContent ?? '').slice(0, 500)}\n`;
  }
  text += (document.body?.innerText ?? '').slice(0, 3000);
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

async function readAndAsk(ctx: ConsoleContext, facts: PageFacts): Promise<void> {
  const findings = (await chrome.runtime.sendMessage({ type: 'advisory/facts', facts })) as AdvisoryFinding[] | null;
  if (Array.isArray(findings) && findings.length) showFindings(ctx, findings);
}

export function startVersionReader(ctx: ConsoleContext): void {
  if (ctx.verdict.origin.kind === 'lookalike') return;
  const first = collectFacts();
  void readAndAsk(ctx, first);
  const again = () =>
    setTimeout(() => {
      const later = collectFacts();
      if (JSON.stringify(later) !== JSON.stringify(first)) void readAndAsk(ctx, later);
    }, SETTLE_MS);
  if (document.readyState === 'complete') again();
  else addEventListener('load', again, { once: true });
}
