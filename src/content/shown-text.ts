/** What a console page shows as text, bounded, for the version reader (advisories). */

/** Elements whose text the page does not show: a version inside a script is not one the console shows. */
const UNSHOWN = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA']);

/**
 * The start of an element's text, up to `max` characters, without its scripts and styles. Read from the text nodes:
 * `innerText` would lay out the page first (and of the whole body, to keep 3,000 characters of it).
 */
export function shownText(root: Element, max: number): string {
  let text = '';
  const walker = (root.ownerDocument ?? document).createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  // Markup's indentation is most of many pages' text nodes: read more than `max` before whitespace is collapsed.
  for (let node = walker.nextNode() as Text | null; node && text.length < 4 * max; node = walker.nextNode() as Text | null) {
    if (!UNSHOWN.has(node.parentElement?.tagName ?? '')) text += node.data;
  }
  return text.replace(/\s+/g, ' ').trim().slice(0, max);
}
