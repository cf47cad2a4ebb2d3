import type { Signal } from './types';

/**
 * For hosted products whose login markup is not public: the page loads its scripts, stylesheets and images from the
 * vendor's own domains. The snapshot records them as absolute URLs, so this holds on the real login page and on a
 * copy of it that still loads the vendor's assets (a saved page or a phishing kit's clone on a foreign host), which
 * is what lets the origin check call such a copy a look-alike.
 *
 * Signatures that use it also set `requiresPasswordField`: the vendor's marketing and help pages load the same assets
 * and name the product, but they have no password field.
 */
export function vendorAssets(product: string, domains: readonly string[]): Signal[] {
  const hosts = domains.map((d) => d.replace(/\./g, '\\.')).join('|');
  const pattern = new RegExp(String.raw`^https?://(?:[\w.-]*\.)?(?:${hosts})(?::\d+)?/`, 'i');
  return [
    { field: 'script', pattern, weight: 10, note: { en: `loads scripts from ${product}'s domain`, de: `lädt Skripte von einer Domain von ${product}` } },
    { field: 'style', pattern, weight: 10, note: { en: `loads stylesheets from ${product}'s domain`, de: `lädt Stylesheets von einer Domain von ${product}` } },
    { field: 'image', pattern, weight: 10, note: { en: `shows images from ${product}'s domain`, de: `zeigt Bilder von einer Domain von ${product}` } },
  ];
}
