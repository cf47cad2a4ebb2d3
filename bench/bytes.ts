import { existsSync, readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';
import { manifestOf } from './browser';

const ALL_PAGES = new Set(['<all_urls>', '*://*/*', 'http://*/*', 'https://*/*']);

/** Every file a content script pulls in: static and dynamic imports and runtime.getURL loaders, followed transitively. */
function closure(dir: string, entry: string): string[] {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file) || !existsSync(join(dir, file))) return;
    seen.add(file);
    if (!file.endsWith('.js')) return;
    const src = readFileSync(join(dir, file), 'utf8');
    const refs = [
      ...src.matchAll(/\bimport\s*\(\s*["'`]([^"'`]+)["'`]/g),
      ...src.matchAll(/\bfrom\s*["'`]([^"'`]+)["'`]/g),
      ...src.matchAll(/\bimport\s*["'`]([^"'`]+)["'`]/g),
      ...src.matchAll(/runtime\.getURL\(\s*["'`]([^"'`]+)["'`]/g),
    ].map((m) => m[1]!);
    for (const ref of refs) {
      if (/^[a-z-]+:/.test(ref)) continue;
      visit(ref.startsWith('/') ? ref.slice(1) : posix.normalize(posix.join(posix.dirname(file), ref)));
    }
  };
  visit(entry);
  return [...seen];
}

export interface InjectedBytes {
  gzip: number;
  raw: number;
  files: { file: string; bytes: number; gzip: number }[];
}

/**
 * What an unpacked extension injects into every http(s) page: the content scripts (and styles) its manifest declares
 * for all pages, plus every file they import, gzip -9 each.
 */
export function injectedBytes(dir: string): InjectedBytes {
  const entries = (manifestOf(dir).content_scripts ?? []).filter((cs) => cs.matches.some((m) => ALL_PAGES.has(m))).flatMap((cs) => [...(cs.js ?? []), ...(cs.css ?? [])]);
  const files = [...new Set(entries.flatMap((e) => closure(dir, e)))].map((file) => {
    const buf = readFileSync(join(dir, file));
    return { file, bytes: buf.length, gzip: gzipSync(buf, { level: 9 }).length };
  });
  return { gzip: files.reduce((a, f) => a + f.gzip, 0), raw: files.reduce((a, f) => a + f.bytes, 0), files };
}
