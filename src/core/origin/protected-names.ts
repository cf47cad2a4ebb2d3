import { analyzeHost, skeleton } from './host';

/**
 * Protected names (`protectedNames` in settings and policy): names an organisation is known by (`acme`, `contoso`).
 * A detected console on a host that carries one of them in a label, and that is not on the allow-list, is a
 * look-alike: nobody but the organisation should run a console under its name. Naming a brand trusts nothing.
 *
 * Names and labels are compared as confusable skeletons with diacritics folded (`ácmé`, `аcme` with a Cyrillic а,
 * `acrne`), and with hyphens ignored (`ac-me`). A name is looked for inside each label before the public suffix
 * (`acme-login.com`, `acmesupport.de`, `acme.zendesk.com`), never across labels.
 */

/** Shorter names would match inside too many unrelated words. */
export const MIN_PROTECTED_NAME_LENGTH = 3;

/** The folded form a protected name is compared in, or null when it is too short to protect anything. */
export function foldProtectedName(name: string): string | null {
  const folded = skeleton(name.trim().toLowerCase().normalize('NFC')).replace(/[^\p{L}\p{N}]/gu, '');
  return [...folded].length >= MIN_PROTECTED_NAME_LENGTH ? folded : null;
}

/**
 * The first protected name (as the administrator wrote it) that a host carries, or null. IP addresses and
 * single-label names never carry one (nobody can register them on the public internet).
 */
export function protectedNameIn(hostAscii: string, names: readonly string[]): string | null {
  if (names.length === 0) return null;
  const h = analyzeHost(hostAscii);
  if (h.isIp || h.labels.length < 2) return null;
  // Labels before the public suffix; for a name without a known suffix, all but the last.
  const end = h.siteLabelIndex >= 0 ? h.siteLabelIndex + 1 : h.labels.length - 1;
  const labels = h.sLabels.slice(0, end).map((l) => l.replace(/-/g, ''));
  for (const name of names) {
    const folded = foldProtectedName(name);
    if (folded && labels.some((l) => l.includes(folded))) return name.trim();
  }
  return null;
}
