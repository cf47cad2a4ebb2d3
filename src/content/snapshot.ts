import type { PageSnapshot, SnapshotInput } from '../core/snapshot';
import { dom as r } from './unclobbered';

/**
 * Reads a bounded snapshot of the document: what detection needs and nothing else. Never reads input values.
 * Caps keep the cost flat on huge pages and the message small on hostile ones: lists are read from lazily
 * evaluated tag collections that stop at their cap, and text and custom element names from one walk over the
 * first CAP.scan elements. (A querySelectorAll, even when the loop over it stops early, first matches its selector
 * against every element: on a 10,000-element page the selectors this used to run cost ~9 ms; see bench/.)
 */
const CAP = { scripts: 40, styles: 30, icons: 10, images: 30, inputs: 60, forms: 10, links: 80, attrs: 60, ids: 80, tags: 20, text: 4000, item: 300, scan: 500 } as const;
const LABEL_SCAN = 200;

const clip = (s: string | null | undefined, n: number = CAP.item): string => (s ?? '').replace(/\s+/g, ' ').trim().slice(0, n);

/** The first `cap` elements with this tag that pass `keep`, in document order, without visiting the rest. */
function firstOfTag<K extends keyof HTMLElementTagNameMap>(doc: Document, tag: K, cap: number, keep: (el: HTMLElementTagNameMap[K]) => boolean): HTMLElementTagNameMap[K][] {
  const out: HTMLElementTagNameMap[K][] = [];
  const all = r.byTag(doc, tag) as HTMLCollectionOf<HTMLElementTagNameMap[K]>;
  // No `all.length`: it would count the whole document.
  for (let i = 0, el = all[0]; el && out.length < cap; el = all[++i]) if (keep(el)) out.push(el);
  return out;
}

const hasAttr = (name: string) => (el: Element) => el.hasAttribute(name);
const all = () => true;

/** `input:not([type=hidden]), select, textarea`: the first `cap` in document order. */
function formControls(doc: Document, cap: number): (HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement)[] {
  const inputs = firstOfTag(doc, 'input', cap, (i) => (i.getAttribute('type') ?? '').toLowerCase() !== 'hidden');
  const others = [...firstOfTag(doc, 'select', cap, all), ...firstOfTag(doc, 'textarea', cap, all)];
  if (others.length === 0) return inputs;
  // 4 = Node.DOCUMENT_POSITION_FOLLOWING (the Node global differs between worlds and test DOMs).
  return [...inputs, ...others].sort((a, b) => (a.compareDocumentPosition(b) & 4 ? -1 : 1)).slice(0, cap);
}
/** CSS `[rel~=token i]`. */
const relHas = (el: Element, token: string) => (el.getAttribute('rel') ?? '').toLowerCase().split(/[\t\n\f\r ]+/).includes(token);

/**
 * The input's label as `input.labels[0]` gives it, without `labels`, which Blink answers by walking the whole
 * document for every input: the first LABEL_SCAN labels are indexed by their `for` once, then the enclosing label.
 */
function labeller(doc: Document): (input: Element) => string {
  let byFor: Map<string, Element> | undefined;
  return (input) => {
    const aria = input.getAttribute('aria-label');
    if (aria) return clip(aria, 100);
    if (!byFor) {
      byFor = new Map();
      for (const label of firstOfTag(doc, 'label', LABEL_SCAN, (l) => l.hasAttribute('for'))) {
        const target = label.getAttribute('for')!;
        if (!byFor.has(target)) byFor.set(target, label);
      }
    }
    const label = (input.id && byFor.get(input.id)) || input.closest('label');
    return label ? clip(label.textContent, 100) : '';
  };
}

/** Elements whose text detection reads: headings, labels, buttons, links, and footer/branding containers. */
const TEXT_TAGS: ReadonlySet<string> = new Set(['h1', 'h2', 'h3', 'label', 'button', 'legend', 'a', 'footer']);
const TEXT_ATTR_SELECTOR =
  '[role=button], input[type=submit], img[alt], [class*="footer" i], [id*="footer" i], [class*="copyright" i], [class*="powered" i], [class*="logo" i], [class*="brand" i]';

/**
 * One walk over the first CAP.scan elements of the body, in document order: the page text, element ids and the
 * names of custom elements (Angular/Web Components consoles: login-component, app-root). Console login pages have a
 * few hundred elements at most. Every element walked gets a wrapper in this world, the main cost: on a 10,000-element
 * page a walk of 1,000 elements took ~2.5 ms cold, of 500 ~1.2 ms (bench/README.md).
 */
function walkBody(doc: Document): { text: string; tags: Set<string>; ids: string[] } {
  let text = '';
  const tags = new Set<string>();
  const ids: string[] = [];
  const body = r.body(doc);
  if (!body) return { text, tags, ids };
  const all = r.elementsByTag(body, '*');
  // No `all.length`: it would count the whole document. Any element may be a form, whose fields shadow its properties.
  for (let i = 0, el = all[0]; el && i < CAP.scan; el = all[++i]) {
    const name = r.localName(el);
    if (tags.size < CAP.tags && name.includes('-')) tags.add(name);
    if (!r.hasAttrs(el) && !TEXT_TAGS.has(name)) continue;
    const id = r.id(el);
    if (ids.length < CAP.ids && id) ids.push(id);
    if (text.length < CAP.text && (TEXT_TAGS.has(name) || r.matches(el, TEXT_ATTR_SELECTOR))) {
      const t = name === 'img' ? clip(r.attr(el, 'alt'), 100) : name === 'input' ? clip(r.attr(el, 'value'), 60) : clip(r.text(el), 200);
      if (t) text += `${t}\n`;
    }
  }
  return { text: text.slice(0, CAP.text), tags, ids };
}

/** The page root, body, the body's first children and the usual app mount points: where layout and framework markers sit. */
function markerElements(doc: Document): Set<Element> {
  const out = new Set<Element>();
  const root = r.root(doc);
  const body = r.body(doc);
  if (root) out.add(root);
  if (body) out.add(body);
  for (let el = body && r.firstChild(body), n = 0; el && n < 20; el = r.next(el), n++) out.add(el);
  for (const id of ['app', 'root']) {
    const mount = r.byId(doc, id);
    if (mount) out.add(mount);
    // Framework roots (Angular, React) sit on the mount point or its first child.
    const first = mount && r.firstChild(mount);
    if (first && (r.hasAttr(first, 'ng-version') || r.hasAttr(first, 'ng-app') || r.hasAttr(first, 'data-reactroot'))) out.add(first);
  }
  return out;
}

/**
 * `cheap`: the first stage on a page with a password field and no console hint. Everything but what the walk and the
 * links cost (text, links, and the ids and custom tags of walked elements): those stay empty, and the worker decides
 * from the rest whether the page could be a console at all (`mayDetect` in src/core/detect.ts) and asks for the full
 * snapshot only then. Every other field is read exactly as in the full snapshot.
 */
export function collectSnapshot(doc: Document, url: string = doc.location?.href ?? '', cheap = false): PageSnapshot {
  const base = r.baseURI(doc);
  // The element's own URL property resolves natively (cheaper than new URL per link); SVG links have none.
  const abs = (el: Element, attr: 'href' | 'src'): string => {
    const raw = el.getAttribute(attr);
    if (!raw) return '';
    const resolved = (el as unknown as Record<string, unknown>)[attr];
    if (typeof resolved === 'string') return clip(resolved);
    try {
      return clip(new URL(raw, base).href);
    } catch {
      return clip(raw);
    }
  };
  const labelOf = labeller(doc);
  const inputs: SnapshotInput[] = formControls(doc, CAP.inputs).map((i) => ({
    type: clip(i.getAttribute('type') ?? i.tagName.toLowerCase(), 30).toLowerCase(),
    name: clip(i.getAttribute('name'), 100),
    id: clip(i.id, 100),
    autocomplete: clip(i.getAttribute('autocomplete'), 60),
    placeholder: clip(i.getAttribute('placeholder'), 100),
    label: labelOf(i),
  }));

  const attrs: string[] = [];
  for (const el of markerElements(doc)) {
    for (const a of Array.from(r.attributes(el))) {
      if (attrs.length >= CAP.attrs) break;
      attrs.push(clip(`${a.name}=${a.value}`, 200));
    }
  }
  let text = '';
  if (!cheap) {
    const walked = walkBody(doc);
    text = walked.text;
    for (const id of walked.ids) attrs.push(clip(`id=${id}`, 120));
    for (const name of walked.tags) attrs.push(`tag=${name}`);
  }

  return {
    url,
    title: clip(r.title(doc), 200),
    metas: firstOfTag(doc, 'meta', 30, (m) => m.hasAttribute('name') || m.hasAttribute('property')).map((m) => [
      clip(m.getAttribute('name') ?? m.getAttribute('property'), 60),
      clip(m.getAttribute('content'), 200),
    ]),
    scripts: firstOfTag(doc, 'script', CAP.scripts, hasAttr('src')).map((e) => abs(e, 'src')),
    styles: firstOfTag(doc, 'link', CAP.styles, (l) => relHas(l, 'stylesheet')).map((e) => abs(e, 'href')),
    icons: firstOfTag(doc, 'link', CAP.icons, (l) => relHas(l, 'icon') || /^(apple-touch-icon|manifest)$/i.test(l.getAttribute('rel') ?? '')).map((e) =>
      abs(e, 'href'),
    ),
    images: firstOfTag(doc, 'img', CAP.images, hasAttr('src')).map((e) => abs(e, 'src')),
    inputs,
    forms: firstOfTag(doc, 'form', CAP.forms, all).map((f) => clip(`${r.attr(f, 'action') ?? ''} ${r.id(f)} ${r.attr(f, 'name') ?? ''} ${r.attr(f, 'class') ?? ''}`)),
    passwordFields: r.queryAll(doc, 'input[type=password]').length,
    text,
    attrs,
    links: cheap ? [] : firstOfTag(doc, 'a', CAP.links, hasAttr('href')).map((a) => abs(a, 'href')),
  };
}
