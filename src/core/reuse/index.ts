export * from './fingerprint';
export * from './store';
export * from './budget';
export * from './candidates';
