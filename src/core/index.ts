/** The public surface of the pure core: other code and acceptance tests import from here. */
export * from './settings';
export * from './snapshot';
export type * from './catalogue/types';
export * from './catalogue';
export * from './tiers';
export * from './detect';
export * from './messages';
export * from './origin';
export * from './recovery';
export * from './report';
export * from './rate';
export * from './breach';
export * from './generate';
export * from './form-roles';
export * from './advisories';
export * from './signin';
export * from './documents/left';
