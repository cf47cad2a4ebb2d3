import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';

/**
 * src/core is imported by tools that run in plain Node (npm run policy-check), not only by the bundler. Vitest
 * resolves modules the way vite does, so this runs a separate Node process with tsx's loader and nothing else.
 */
describe('src/core in plain Node', () => {
  it('imports src/core/index.ts with node --import tsx and decodes an IDN host', () => {
    const core = pathToFileURL(resolve('src/core/index.ts')).href;
    const script = `const core = await import(${JSON.stringify(core)}); console.log(JSON.stringify({ keys: Object.keys(core).length, host: core.displayHost('xn--mller-kva.example') }));`;
    const out = execFileSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { encoding: 'utf8', timeout: 80_000 });
    const result = JSON.parse(out.trim().split('\n').pop()!) as { keys: number; host: string };
    expect(result.keys).toBeGreaterThan(50);
    expect(result.host).toBe('müller.example');
  }, 90_000);
});
