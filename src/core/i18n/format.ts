/** One entry of an extension's `_locales/<lang>/messages.json`. */
export interface MessageEntry {
  message: string;
}
export type MessageBundle = Record<string, MessageEntry | undefined>;

/**
 * A message of a bundle with its `$1`…`$9` substitutions, as `chrome.i18n.getMessage` formats it (`$$` is a dollar
 * sign; a missing substitution is empty). '' for a key the bundle lacks. Named placeholders are not used here.
 */
export function formatMessage(bundle: MessageBundle, key: string, substitutions: string | string[] = []): string {
  const entry = Object.hasOwn(bundle, key) ? bundle[key] : undefined;
  if (!entry || typeof entry.message !== 'string') return '';
  const subs = Array.isArray(substitutions) ? substitutions : [substitutions];
  return entry.message.replace(/\$(\$|[1-9])/g, (_, d: string) => (d === '$' ? '$' : String(subs[Number(d) - 1] ?? '')));
}
