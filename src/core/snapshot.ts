/**
 * What the all-pages content script reads from a page: cheap, bounded, plain data. Detection runs on this
 * in the service worker, so the catalogue never has to be shipped into ordinary pages.
 * Every list is capped by the collector (see src/content/snapshot.ts) so a hostile page cannot make it huge.
 */
export interface SnapshotInput {
  type: string;
  name: string;
  id: string;
  autocomplete: string;
  placeholder: string;
  /** Text of the associated <label>, aria-label or aria-labelledby, trimmed. */
  label: string;
}

export interface PageSnapshot {
  /** The frame's URL as the browser reports it (location.href); the origin verdict uses the sender's URL instead. */
  url: string;
  title: string;
  /** [name or property, content] of the head's <meta> tags, e.g. ['generator', 'FreePBX']. */
  metas: [string, string][];
  /** src of <script> elements (absolute URLs). */
  scripts: string[];
  /** href of the head's <link rel=stylesheet>. */
  styles: string[];
  /** href of the head's <link rel~=icon>, manifest and apple-touch-icon. */
  icons: string[];
  /** src of <img> elements. */
  images: string[];
  /** Inputs of the page with at least one attribute (not their values, ever). */
  inputs: SnapshotInput[];
  /** action, id, name, class of <form> elements with at least one attribute, joined by spaces. */
  forms: string[];
  /** Number of <input type=password>. */
  passwordFields: number;
  /** Visible short text: headings, labels, buttons, link texts, logos' alt texts. Capped at a few KB. */
  text: string;
  /**
   * Notable attributes: `class=…` and `id=…` of the root elements (html, body, its first children, app roots), then
   * `id=…` of elements with an id and `tag=…` for custom elements (`tag=login-component`).
   */
  attrs: string[];
  /** href of <a> elements (absolute), capped. */
  links: string[];
}

export function emptySnapshot(url: string): PageSnapshot {
  return { url, title: '', metas: [], scripts: [], styles: [], icons: [], images: [], inputs: [], forms: [], passwordFields: 0, text: '', attrs: [], links: [] };
}
