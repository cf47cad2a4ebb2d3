import type { PageFacts, VersionSeen } from '../facts';
import type { Advisory } from '../schema';

/** One product family: how its pages reveal their version, and the shipped advisories for it. */
export interface ProductAdvisories {
  /** Catalogue product ids this family's pages are detected as. */
  products: string[];
  /** Reads the versions a page reveals; nothing when it reveals none (never a guess). */
  extract?: (facts: PageFacts) => VersionSeen[];
  advisories: Advisory[];
}
