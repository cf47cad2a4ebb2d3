export * from './schema';
export * from './defaults';
export * from './parse';
export * from './merge';
export * from './transfer';
export * from './console-list';
