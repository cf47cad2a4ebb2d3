/**
 * DOM reads a page cannot redirect by naming its elements (DOM clobbering). A page's named forms, images, iframes,
 * embeds and objects shadow `document`'s own properties (`<img name=title>` makes `document.title` that image,
 * `<form name=querySelector>` makes `document.querySelector` a form), and a form's fields shadow the form's
 * (`<input name=id>`), in content scripts' isolated worlds too. The getters and methods on the prototypes are this
 * world's own and cannot be shadowed: reads of the document, and of elements that may be forms, go through them.
 * Taken from the receivers' prototype chains, not from globals, so they also work on a test DOM (jsdom).
 */
type Getter<T> = (self: object) => T;
type Method<A extends unknown[], R> = (self: object, ...args: A) => R;

function descriptor(start: object | null, name: string): PropertyDescriptor {
  for (let proto = start; proto; proto = Object.getPrototypeOf(proto) as object | null) {
    const d = Object.getOwnPropertyDescriptor(proto, name);
    if (d) return d;
  }
  throw new TypeError(`no ${name} on this prototype chain`);
}

/**
 * Resolved on first use, from the first receiver's prototype chain (never from the receiver itself), so each
 * accessor serves one kind of receiver: `query` and `evaluate` the document, `elementsByTag` elements.
 */
function getter<T>(name: string): Getter<T> {
  let get: (() => unknown) | undefined;
  return (self) => (get ??= descriptor(Object.getPrototypeOf(self) as object, name).get!).call(self) as T;
}

function method<A extends unknown[], R>(name: string): Method<A, R> {
  let fn: ((...args: A) => R) | undefined;
  return (self, ...args) => (fn ??= descriptor(Object.getPrototypeOf(self) as object, name).value as (...args: A) => R).apply(self, args);
}

/**
 * Each read resolves its getter or method once, lazily: an ordinary page uses three of them, and building them all
 * up front (with an element to reach Element.prototype) cost the small page ~1 ms (bench).
 */
export const dom = {
  query: method<[string], Element | null>('querySelector'),
  queryAll: method<[string], NodeListOf<Element>>('querySelectorAll'),
  evaluate: method<Parameters<Document['evaluate']>, XPathResult>('evaluate'),
  title: getter<string>('title'),
  body: getter<HTMLElement | null>('body'),
  readyState: getter<DocumentReadyState>('readyState'),
  url: getter<string>('URL'),
  baseURI: getter<string>('baseURI'),
  listen: method<[string, EventListener, AddEventListenerOptions?], void>('addEventListener'),
  localName: getter<string>('localName'),
  id: getter<string>('id'),
  attr: method<[string], string | null>('getAttribute'),
  hasAttrs: method<[], boolean>('hasAttributes'),
  matches: method<[string], boolean>('matches'),
  text: getter<string | null>('textContent'),
  elementsByTag: method<[string], HTMLCollectionOf<Element>>('getElementsByTagName'),
};
