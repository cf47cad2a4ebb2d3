export * from './events';
export * from './envelope';
export * from './queue';
export * from './transport';
export * from './recovery';
export * from './otlp';
