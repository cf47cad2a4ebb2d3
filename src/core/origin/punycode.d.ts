/**
 * punycode's ES module, imported by path so that plain Node resolves the package (a bare `punycode` is Node's
 * deprecated built-in) exactly as the bundler does.
 */
declare module 'punycode/punycode.es6.js' {
  export * from 'punycode';
}
