import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { crx } from '@crxjs/vite-plugin';
import preact from '@preact/preset-vite';
import { defineConfig, type Plugin } from 'vite';
import manifest from './manifest.json' with { type: 'json' };

/**
 * crxjs declares every `?iife` script web-accessible. The console module is injected with chrome.scripting,
 * which needs no such entry, and a web-accessible file would let any page detect the extension.
 */
function noWebAccessibleResources(): Plugin {
  return {
    name: 'acg:no-web-accessible-resources',
    enforce: 'post',
    apply: 'build',
    // After crxjs has written its manifest: its own hooks add the entry late in generateBundle.
    closeBundle() {
      const file = 'dist/manifest.json';
      const json = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
      delete json['web_accessible_resources'];
      writeFileSync(file, `${JSON.stringify(json, null, 2)}\n`);
    },
  };
}

/** This project's src/core/ (not any folder of that name above the checkout). */
const CORE_DIR = fileURLToPath(new URL('./src/core/', import.meta.url));

export default defineConfig({
  plugins: [preact(), crx({ manifest: manifest as never }), noWebAccessibleResources()],
  build: {
    target: 'chrome120',
    sourcemap: false,
    emptyOutDir: true,
    // Extension pages not named in the manifest.
    rollupOptions: {
      input: { blocked: 'src/blocked/index.html', offscreen: 'src/offscreen/index.html', welcome: 'src/welcome/index.html' },
      // src/core is pure (no top-level effects), so a module of it that an entry does not use can be left out of
      // that entry. Without this every entry that imports the core barrel pulls all of it into one shared chunk.
      treeshake: { moduleSideEffects: (id: string) => !id.startsWith(CORE_DIR) },
    },
  },
});
