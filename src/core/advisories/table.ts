import { THREECX } from './products/3cx';
import { FREEPBX } from './products/freepbx';
import { GLPI } from './products/glpi';
import { MANAGEENGINE } from './products/manageengine';
import { MITEL } from './products/mitel';
import { SYSAID } from './products/sysaid';
import type { ProductAdvisories } from './products/types';
import type { PageFacts, VersionSeen } from './facts';
import type { Advisory } from './schema';

/**
 * The shipped table, one file per product family. ServiceNow (CVE-2024-4879, CVE-2024-5217) is not in it: KEV lists
 * both, but the vendor's KB articles with the fixed patch levels are behind a login and no ServiceNow page is known
 * to reveal its release and patch passively, so an entry could never be matched. A fleet can add it by feed.
 */
export const PRODUCT_FAMILIES: readonly ProductAdvisories[] = [THREECX, FREEPBX, GLPI, MANAGEENGINE, MITEL, SYSAID];

export const SHIPPED_ADVISORIES: readonly Advisory[] = PRODUCT_FAMILIES.flatMap((f) => f.advisories);

/** The versions a page of `productId` reveals (none for a product without extraction rules: never a guess). */
export function extractVersions(productId: string, facts: PageFacts): VersionSeen[] {
  const family = PRODUCT_FAMILIES.find((f) => f.products.includes(productId));
  if (!family?.extract) return [];
  try {
    return family.extract(facts);
  } catch {
    return [];
  }
}
