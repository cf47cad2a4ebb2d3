import type { PageSnapshot, SnapshotInput } from '../core/snapshot';
import { dom as r } from './unclobbered';

/**
 * Reads a bounded snapshot of the document: what detection needs and nothing else. Never reads input values.
 * The lists are read as attribute nodes of XPath queries, capped in the query: no element gets a wrapper in this world,
 * which on a small sign-in page is most of what reading it costs (bench/README.md, issue 16). Metas and `<link>`s are
 * read from the head only (a query of the document walks a large page to its end). The page text, ids and custom
 * element names of the full snapshot come from one walk over the first CAP.scan elements of the body.
 */
const CAP = { scripts: 40, styles: 30, icons: 10, images: 30, inputs: 60, forms: 10, links: 80, attrs: 60, ids: 80, tags: 20, text: 4000, item: 300, scan: 500 } as const;
const LABEL_SCAN = 200;

const clip = (s: string | null | undefined, n: number = CAP.item): string => (s ?? '').replace(/\s+/g, ' ').trim().slice(0, n);

/** One element as its attribute nodes give it: its attributes by name, and one attribute node to read it further by. */
interface ElementAttrs {
  attrs: Partial<Record<string, string>>;
  /** The context of further XPath reads of the element (`..` is the element). */
  node: Attr;
}

/**
 * The elements an XPath selects, in document order, at most `cap` (elements without attributes are left out), read as
 * attribute nodes of one XPath query: this world builds no wrapper for the elements themselves. The first element
 * wrapper in a content script's world costs a page ~0.5 ms (the Element interfaces), each further element interface
 * ~0.1–0.3 ms (bench/README.md); attribute nodes cost neither. `value` attributes are not read: a page may keep a
 * control's current value there.
 */
function elementAttrs(doc: Document, path: string, cap: number): ElementAttrs[] {
  const out: ElementAttrs[] = [];
  // 7: XPathResult.ORDERED_NODE_SNAPSHOT_TYPE (the global differs between worlds and test DOMs). The cap is in the
  // query: the attribute nodes of every match would be collected and sorted otherwise.
  const found = r.evaluate(doc, `(${path})[${cap}>=position()]/@*[name()!='value']`, doc, null, 7, null);
  for (let i = 0, prev: Attr | undefined; i < found.snapshotLength; i++) {
    const a = found.snapshotItem(i) as Attr;
    // 32: DOCUMENT_POSITION_IMPLEMENTATION_SPECIFIC, set only between attributes of one element.
    if (!(prev && prev.compareDocumentPosition(a) & 32)) out.push({ attrs: Object.create(null) as ElementAttrs['attrs'], node: a });
    out[out.length - 1]!.attrs[a.name] = a.value;
    prev = a;
  }
  return out;
}

/** A string XPath expression read with an attribute node as its context (`..` is its element). */
const xstring = (doc: Document, expr: string, at: Attr): string => r.evaluate(doc, expr, at, null, 2, null).stringValue;

/** `input:not([type=hidden]), select, textarea`. */
const FORM_CONTROLS = "//input[not(translate(@type,'HIDEN','hiden')='hidden')]|//select|//textarea";
/** CSS `[rel~=token i]`. */
const relHas = (rel: string | undefined, token: string) => (rel ?? '').toLowerCase().split(/[\t\n\f\r ]+/).includes(token);

/**
 * The control's label as `labels[0]` gives it, without `labels` (which Blink answers by walking the whole document for
 * every control): its aria-label, else the first of the first LABEL_SCAN labels whose `for` names its id (indexed
 * once, and only when a control has an id to look up), else the label around it.
 */
function labeller(doc: Document): (control: ElementAttrs) => string {
  let byFor: Map<string, Attr> | undefined;
  const index = (): Map<string, Attr> => {
    const map = new Map<string, Attr>();
    const found = r.evaluate(doc, '//label/@for', doc, null, 7, null);
    for (let i = 0; i < found.snapshotLength && i < LABEL_SCAN; i++) {
      const a = found.snapshotItem(i) as Attr;
      if (!map.has(a.value)) map.set(a.value, a);
    }
    return map;
  };
  return ({ attrs, node }) => {
    if (attrs['aria-label']) return clip(attrs['aria-label'], 100);
    const forAttr = attrs.id && (byFor ??= index()).get(attrs.id);
    return clip(forAttr ? xstring(doc, 'string(..)', forAttr) : xstring(doc, 'string(../ancestor::label[1])', node), 100);
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

/**
 * The class and id attributes of the page root, the body, the body's first 20 children and the usual app mount
 * points with their framework root (Angular, React on the mount's first child): where layout and framework markers
 * sit. Every `attr` signal of the catalogue reads one of the two.
 */
const MARKER_ATTRS = "(/*|/*/body|/*/body/*[21>position()]|id('app root')|id('app root')/*[1][@ng-version|@ng-app|@data-reactroot])/@*[name()='class' or name()='id']";

/**
 * `cheap`: the first stage on a page with a password field and no console hint. Everything but what the walk and the
 * links cost (text, links, and the ids and custom tags of walked elements): those stay empty, and the worker decides
 * from the rest whether the page could be a console at all (`mayDetect` in src/core/detect.ts) and asks for the full
 * snapshot only then. Every other field is read exactly as in the full snapshot.
 */
export function collectSnapshot(doc: Document, url: string = doc.location?.href ?? '', cheap = false): PageSnapshot {
  const base = r.baseURI(doc);
  const abs = (raw: string | undefined): string => {
    if (!raw) return '';
    try {
      return clip(new URL(raw, base).href);
    } catch {
      return clip(raw);
    }
  };
  const labelOf = labeller(doc);
  const inputs: SnapshotInput[] = elementAttrs(doc, FORM_CONTROLS, CAP.inputs).map((control) => {
    const { attrs: a, node } = control;
    return {
      // No type attribute: the element's name (input, select, textarea).
      type: clip(a.type ?? xstring(doc, 'local-name(..)', node), 30).toLowerCase(),
      name: clip(a.name, 100),
      id: clip(a.id, 100),
      autocomplete: clip(a.autocomplete, 60),
      placeholder: clip(a.placeholder, 100),
      label: labelOf(control),
    };
  });

  const attrs: string[] = [];
  const markers = r.evaluate(doc, MARKER_ATTRS, doc, null, 7, null);
  for (let i = 0; i < markers.snapshotLength && i < CAP.attrs; i++) {
    const a = markers.snapshotItem(i) as Attr;
    attrs.push(clip(`${a.name}=${a.value}`, 200));
  }
  let text = '';
  if (!cheap) {
    const walked = walkBody(doc);
    text = walked.text;
    for (const id of walked.ids) attrs.push(clip(`id=${id}`, 120));
    for (const name of walked.tags) attrs.push(`tag=${name}`);
  }
  const links = elementAttrs(doc, '/*/head/link[@rel]', 300).map((l) => l.attrs);

  return {
    url,
    title: clip(r.title(doc), 200),
    metas: elementAttrs(doc, '/*/head/meta[@name or @property]', 30).map(({ attrs: m }) => [clip(m.name ?? m.property, 60), clip(m.content, 200)]),
    scripts: elementAttrs(doc, '//script[@src]', CAP.scripts).map(({ attrs }) => abs(attrs.src)),
    styles: links
      .filter((l) => relHas(l.rel, 'stylesheet'))
      .slice(0, CAP.styles)
      .map((l) => abs(l.href)),
    icons: links
      .filter((l) => relHas(l.rel, 'icon') || /^(apple-touch-icon|manifest)$/i.test(l.rel!))
      .slice(0, CAP.icons)
      .map((l) => abs(l.href)),
    images: elementAttrs(doc, '//img[@src]', CAP.images).map(({ attrs }) => abs(attrs.src)),
    inputs,
    forms: elementAttrs(doc, '//form', CAP.forms).map(({ attrs: f }) => clip(`${f.action ?? ''} ${f.id ?? ''} ${f.name ?? ''} ${f.class ?? ''}`)),
    passwordFields: r.queryAll(doc, 'input[type=password]').length,
    text,
    attrs,
    links: cheap ? [] : elementAttrs(doc, '//a[@href]', CAP.links).map(({ attrs }) => abs(attrs.href)),
  };
}
