import type { Signal } from '../types';

/**
 * Signals every PBX signature shares. A password field is weak on its own (every login page has one) but it is
 * what turns "a page about the product" into "the product's login page" when paired with a hosted domain or a title.
 */
export function passwordField(product: string, weight = 10): Signal {
  return { field: 'input', pattern: /^password /, weight, note: { en: `${product}: the page asks for a password`, de: `${product}: die Seite fragt nach einem Kennwort` } };
}

/** The product's name in visible text: a mention, capped by the engine, never enough alone. */
export function namedInText(product: string, pattern: RegExp, weight = 10): Signal {
  return { field: 'text', pattern, weight, note: { en: `the page names ${product}`, de: `die Seite nennt ${product}` } };
}
