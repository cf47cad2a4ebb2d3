export * from './view';
export * from './classify';
export * from './machine';
export * from './findings';
export * from './products';
export * from './switch-on';
