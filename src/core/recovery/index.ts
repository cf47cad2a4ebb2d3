export * from './dates';
export * from './email';
export * from './freemail';
export * from './findings';
export * from './stale';
export * from './readers';
