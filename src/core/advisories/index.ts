export * from './schema';
export * from './version';
export * from './facts';
export * from './match';
export * from './feed';
export { PRODUCT_FAMILIES, SHIPPED_ADVISORIES, extractVersions } from './table';
export type { ProductAdvisories } from './products/types';
