// npm run policy-check FILE [--id EXTENSION_ID] [--strict]: checks this extension's policy in a Chrome/Edge policy
// JSON file (Linux, or Google Admin's per-extension JSON), a macOS .mobileconfig or a Windows .reg export before it
// is deployed. Two layers, as in a browser:
//   1. what Chromium itself drops before the extension sees it (keys not in public/managed_schema.json, values of
//      the wrong type, list entries of the wrong type): warnings;
//   2. what the extension rejects (the same schema and the same messages as the options page): errors.
// Exit code: 1 on any error (with --strict also on warnings), 2 when the file cannot be read; else 0.
import { readFileSync } from 'node:fs';
import { basename, extname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseSettingsObject } from '../src/core/settings';
import { extensionIdFromManifestKey } from './pack-crx';
import type { JsonSchema } from './policy-templates';

export type PolicyFormat = 'json' | 'google-admin-json' | 'mobileconfig' | 'reg';

export interface PolicyFinding {
  level: 'error' | 'warning';
  /** Key path inside the extension's policy, e.g. `consoles.1.origins.0`; `*` for the file as a whole. */
  path: string;
  message: string;
}

export interface PolicyCheck {
  format: PolicyFormat;
  extensionId: string | null;
  findings: PolicyFinding[];
  /** The values as the extension would receive them (after Chromium's drops). */
  delivered: Record<string, unknown>;
}

class PolicyFileError extends Error {}

// ---------------------------------------------------------------------------------------------------------------
// Reading the formats

/** A macOS property list (XML form): dict, array, string, integer, real, true, false, date, data. */
export function parsePlist(xml: string): unknown {
  const tokens = [...xml.replace(/<!--[\s\S]*?-->/g, '').matchAll(/<(\/?)([a-zA-Z]+)(?:\s[^>]*?)?\s*(\/?)>|([^<]+)/g)];
  let i = 0;
  const skipText = () => {
    while (i < tokens.length && tokens[i]![4] !== undefined) i++;
  };
  const decode = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&#(\d+);/g, (_, n) => String.fromCodePoint(Number(n))).replace(/&#x([0-9a-f]+);/gi, (_, n) => String.fromCodePoint(parseInt(n, 16))).replace(/&amp;/g, '&');
  const textUntil = (tag: string): string => {
    let text = '';
    while (i < tokens.length && !(tokens[i]![1] === '/' && tokens[i]![2] === tag)) text += tokens[i++]![0];
    if (i >= tokens.length) throw new PolicyFileError(`plist: <${tag}> is not closed`);
    i++;
    return decode(text);
  };
  const value = (): unknown => {
    skipText();
    const t = tokens[i++];
    if (!t || t[1] === '/') throw new PolicyFileError('plist: a value was expected');
    const tag = t[2]!;
    const empty = t[3] === '/';
    switch (tag) {
      case 'true':
      case 'false':
        if (!empty) textUntil(tag);
        return tag === 'true';
      case 'string':
        return empty ? '' : textUntil(tag);
      case 'integer': {
        const s = textUntil(tag).trim();
        if (!/^[+-]?\d+$/.test(s)) throw new PolicyFileError(`plist: <integer>${s}</integer> is not an integer`);
        return Number(s);
      }
      case 'real':
        return Number(textUntil(tag).trim());
      case 'date':
        return textUntil(tag).trim();
      case 'data':
        return { plistData: textUntil(tag).replace(/\s+/g, '') };
      case 'array': {
        const out: unknown[] = [];
        if (empty) return out;
        for (;;) {
          skipText();
          if (tokens[i]?.[1] === '/' && tokens[i]![2] === 'array') return i++, out;
          out.push(value());
        }
      }
      case 'dict': {
        const out: Record<string, unknown> = {};
        if (empty) return out;
        for (;;) {
          skipText();
          const k = tokens[i];
          if (k?.[1] === '/' && k[2] === 'dict') return i++, out;
          if (k?.[2] !== 'key') throw new PolicyFileError('plist: <key> expected in <dict>');
          i++;
          const key = textUntil('key');
          out[key] = value();
        }
      }
      default:
        throw new PolicyFileError(`plist: unknown element <${tag}>`);
    }
  };
  // Skip the XML declaration, doctype and <plist>.
  const start = tokens.findIndex((t) => t[2] === 'plist' && t[1] === '');
  if (start < 0) throw new PolicyFileError('not a property list (no <plist> element); a signed profile must be checked before signing');
  i = start + 1;
  return value();
}

/** Registry values of one key, as Windows' .reg export writes them. */
type RegValue = { kind: 'sz' | 'expand_sz'; value: string } | { kind: 'dword' | 'qword'; value: number } | { kind: 'multi_sz'; value: string[] } | { kind: 'binary'; value: number[] };
export interface RegKey {
  values: Record<string, RegValue>;
  subkeys: Record<string, RegKey>;
}

function utf16(bytes: number[]): string {
  let s = '';
  for (let k = 0; k + 1 < bytes.length; k += 2) s += String.fromCharCode(bytes[k]! | (bytes[k + 1]! << 8));
  return s;
}

/** Parses a .reg export (REGEDIT4 or version 5.00; UTF-16 files are decoded by the caller) into a key tree by path. */
export function parseReg(text: string): Map<string, RegKey> {
  const keys = new Map<string, RegKey>();
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  if (!/^(Windows Registry Editor Version 5\.00|REGEDIT4)\s*$/.test(lines[0] ?? '')) throw new PolicyFileError('not a .reg export: the first line must be "Windows Registry Editor Version 5.00"');
  let current: RegKey | null = null;
  for (let n = 1; n < lines.length; n++) {
    let line = lines[n]!.trim();
    while (line.endsWith('\\') && /=(hex|dword)/i.test(line) && n + 1 < lines.length) line = line.slice(0, -1) + lines[++n]!.trim();
    if (!line || line.startsWith(';')) continue;
    const section = /^\[(-?)(.+)\]$/.exec(line);
    if (section) {
      const path = section[2]!.toLowerCase();
      if (section[1] === '-') {
        for (const k of [...keys.keys()]) if (k === path || k.startsWith(`${path}\\`)) keys.delete(k);
        current = null;
      } else {
        current = keys.get(path) ?? { values: {}, subkeys: {} };
        keys.set(path, current);
      }
      continue;
    }
    const entry = /^(@|"((?:[^"\\]|\\.)*)")=(.*)$/.exec(line);
    if (!entry || !current) throw new PolicyFileError(`.reg line ${n + 1} is not a value of a key: ${line.slice(0, 80)}`);
    const name = entry[1] === '@' ? '' : entry[2]!.replace(/\\(.)/g, '$1');
    const data = entry[3]!;
    let value: RegValue | null = null;
    const str = /^"((?:[^"\\]|\\.)*)"$/.exec(data);
    const hex = /^hex(?:\(([0-9a-f]+)\))?:([0-9a-f,\s]*)$/i.exec(data);
    if (str) value = { kind: 'sz', value: str[1]!.replace(/\\(.)/g, '$1') };
    else if (/^dword:[0-9a-f]{1,8}$/i.test(data)) value = { kind: 'dword', value: parseInt(data.slice(6), 16) | 0 };
    else if (data === '-') delete current.values[name];
    else if (hex) {
      const bytes = hex[2]!.split(',').map((b) => b.trim()).filter(Boolean).map((b) => parseInt(b, 16));
      const type = (hex[1] ?? '3').toLowerCase();
      if (type === '2') value = { kind: 'expand_sz', value: utf16(bytes).replace(/\0+$/, '') };
      else if (type === '1') value = { kind: 'sz', value: utf16(bytes).replace(/\0+$/, '') };
      else if (type === '7') value = { kind: 'multi_sz', value: utf16(bytes).replace(/\0+$/, '').split('\0') };
      else if (type === 'b') value = { kind: 'qword', value: bytes.reduceRight((acc, b) => acc * 256 + b, 0) };
      else if (type === '4') value = { kind: 'dword', value: bytes.reduceRight((acc, b) => acc * 256 + b, 0) | 0 };
      else value = { kind: 'binary', value: bytes };
    } else throw new PolicyFileError(`.reg line ${n + 1}: unreadable value ${data.slice(0, 40)}`);
    if (value) current.values[name] = value;
  }
  // Link subkeys to their parents.
  for (const [path, key] of keys) {
    const cut = path.lastIndexOf('\\');
    const parent = cut > 0 ? keys.get(path.slice(0, cut)) : undefined;
    if (parent) parent.subkeys[path.slice(cut + 1)] = key;
  }
  return keys;
}

/**
 * A registry key as Chromium reads it for a schema (registry_dict.cc): JSON text in a REG_SZ becomes a list or
 * dictionary where the schema wants one, DWORDs become integers or booleans, a subkey becomes a dictionary (or a
 * list, its values named 1, 2, …).
 */
function regToValue(value: RegValue | RegKey, schema: JsonSchema | undefined): unknown {
  if ('subkeys' in value) {
    const entries: [string, unknown][] = [
      ...Object.entries(value.values).map(([k, v]): [string, unknown] => [k, regToValue(v, schema?.type === 'array' ? schema.items : schema?.properties?.[k] ?? schema?.additionalProperties)]),
      ...Object.entries(value.subkeys).map(([k, v]): [string, unknown] => [k, regToValue(v, schema?.type === 'array' ? schema.items : schema?.properties?.[k] ?? schema?.additionalProperties)]),
    ];
    if (schema?.type === 'array') return entries.filter(([k]) => /^\d+$/.test(k)).sort(([a], [b]) => Number(a) - Number(b)).map(([, v]) => v);
    return Object.fromEntries(entries);
  }
  const want = schema?.type;
  if (value.kind === 'sz' || value.kind === 'expand_sz') {
    if (want === 'array' || want === 'object') {
      try {
        return JSON.parse(value.value);
      } catch {
        return value.value;
      }
    }
    if (want === 'integer' && /^-?\d+$/.test(value.value.trim())) return Number(value.value.trim());
    return value.value;
  }
  if (value.kind === 'dword' || value.kind === 'qword') return want === 'boolean' && (value.value === 0 || value.value === 1) ? value.value === 1 : value.value;
  return value.value;
}

// ---------------------------------------------------------------------------------------------------------------
// Finding this extension's policy in a file

type Extracted = { format: PolicyFormat; byId: Map<string, Record<string, unknown>> | null; bare?: Record<string, unknown> };

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const EXTENSION_ID = /^[a-p]{32}$/;

function fromJson(text: string): Extracted {
  let raw: unknown;
  try {
    raw = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    throw new PolicyFileError(`not valid JSON (${(e as Error).message})`);
  }
  if (!isObject(raw)) throw new PolicyFileError('the file must hold a JSON object');
  const third = raw['3rdparty'];
  if (third !== undefined) {
    const extensions = isObject(third) ? third['extensions'] : undefined;
    if (!isObject(extensions)) throw new PolicyFileError('"3rdparty" must hold { "extensions": { "<extension id>": { … } } }');
    const byId = new Map<string, Record<string, unknown>>();
    for (const [id, v] of Object.entries(extensions)) byId.set(id, isObject(v) ? v : { '': v });
    return { format: 'json', byId };
  }
  const values = Object.values(raw);
  if (values.length > 0 && values.every((v) => isObject(v) && Object.keys(v).join() === 'Value'))
    return { format: 'google-admin-json', byId: null, bare: Object.fromEntries(Object.entries(raw).map(([k, v]) => [k, (v as { Value: unknown }).Value])) };
  return { format: 'json', byId: null, bare: raw };
}

/** A bare object counts as this extension's settings only if it names at least one of them. */
function namesASetting(raw: Record<string, unknown>, schema: JsonSchema): boolean {
  return Object.keys(raw).some((k) => schema.properties?.[k] !== undefined);
}

function fromMobileconfig(text: string): Extracted {
  const root = parsePlist(text);
  const payloads = isObject(root) && Array.isArray(root['PayloadContent']) ? root['PayloadContent'] : [root];
  const byId = new Map<string, Record<string, unknown>>();
  for (const p of payloads) {
    if (!isObject(p) || typeof p['PayloadType'] !== 'string') continue;
    const m = /^(?:com\.google\.Chrome|com\.microsoft\.Edge|org\.chromium\.Chromium)\.extensions\.([a-p]{32})$/.exec(p['PayloadType']);
    if (!m) continue;
    byId.set(m[1]!, Object.fromEntries(Object.entries(p).filter(([k]) => !k.startsWith('Payload'))));
  }
  return { format: 'mobileconfig', byId };
}

function fromReg(text: string, schema: JsonSchema): Extracted {
  const keys = parseReg(text);
  const byId = new Map<string, Record<string, unknown>>();
  for (const [path, key] of keys) {
    const m = /\\3rdparty\\extensions\\([a-p]{32})\\policy$/.exec(path);
    if (m) byId.set(m[1]!, regToValue(key, schema) as Record<string, unknown>);
  }
  return { format: 'reg', byId };
}

/** Bytes of a file as text: UTF-16 (regedit's default export) or UTF-8. */
export function decodePolicyFile(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  return new TextDecoder('utf-8').decode(bytes);
}

// ---------------------------------------------------------------------------------------------------------------
// Chromium's layer: managed_schema.json

const typeOf = (v: unknown): string => (Array.isArray(v) ? 'array' : v === null ? 'null' : Number.isInteger(v) ? 'integer' : typeof v);

function matchesType(value: unknown, schema: JsonSchema): boolean {
  switch (schema.type) {
    case 'integer':
      return Number.isInteger(value);
    case 'number':
      return typeof value === 'number';
    case 'array':
      return Array.isArray(value);
    case 'object':
      return isObject(value);
    default:
      return typeof value === schema.type;
  }
}

/**
 * What Chromium keeps of a value under a schema (SCHEMA_ALLOW_UNKNOWN_AND_INVALID_LIST_ENTRY): a value of the wrong
 * type is dropped, a list entry of the wrong type is dropped from its list, unknown properties inside objects stay.
 */
function chromiumFilter(value: unknown, schema: JsonSchema, path: string, findings: PolicyFinding[]): { keep: boolean; value?: unknown } {
  if (!matchesType(value, schema)) {
    findings.push({ level: 'warning', path, message: `${path}: Chromium drops this value before the extension sees it: managed_schema.json wants ${schema.type}, the file has ${typeOf(value)}` });
    return { keep: false };
  }
  if (schema.type === 'array' && schema.items) {
    const out: unknown[] = [];
    (value as unknown[]).forEach((v, i) => {
      const r = chromiumFilter(v, schema.items!, `${path}.${i}`, findings);
      if (r.keep) out.push(r.value);
    });
    return { keep: true, value: out };
  }
  if (schema.type === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
      const sub = schema.properties?.[k] ?? schema.additionalProperties;
      if (!sub) out[k] = v;
      else {
        const r = chromiumFilter(v, sub, `${path}.${k}`, findings);
        // A property of the wrong type invalidates its object (and a list entry that is that object).
        if (!r.keep) return { keep: false };
        out[k] = r.value;
      }
    }
    return { keep: true, value: out };
  }
  return { keep: true, value };
}

// ---------------------------------------------------------------------------------------------------------------
// The check

export interface CheckOptions {
  schema: JsonSchema;
  /** The extension id the policy is for (default: the release id from manifest.json). */
  extensionId: string;
}

export function checkPolicyText(text: string, fileName: string, options: CheckOptions): PolicyCheck {
  const ext = extname(fileName).toLowerCase();
  const findings: PolicyFinding[] = [];
  let extracted: Extracted;
  try {
    extracted = ext === '.mobileconfig' || ext === '.plist' ? fromMobileconfig(text) : ext === '.reg' ? fromReg(text, options.schema) : fromJson(text);
  } catch (e) {
    if (!(e instanceof PolicyFileError)) throw e;
    return { format: ext === '.reg' ? 'reg' : ext === '.mobileconfig' ? 'mobileconfig' : 'json', extensionId: null, findings: [{ level: 'error', path: '*', message: e.message }], delivered: {} };
  }
  let extensionId: string | null = null;
  let raw: Record<string, unknown>;
  if (extracted.byId === null) {
    raw = extracted.bare ?? {};
    if (!namesASetting(raw, options.schema))
      return { format: extracted.format, extensionId: null, findings: [{ level: 'error', path: '*', message: 'the file holds no policy for this extension: no "3rdparty" section and none of its settings' }], delivered: {} };
  } else {
    const ids = [...extracted.byId.keys()];
    if (extracted.byId.has(options.extensionId)) extensionId = options.extensionId;
    else if (ids.length === 1 && EXTENSION_ID.test(ids[0]!)) {
      extensionId = ids[0]!;
      findings.push({ level: 'warning', path: '*', message: `the policy is for extension ${extensionId}, not ${options.extensionId} (the id of the published build); right only if you pack the extension with your own key (pass --id ${extensionId} to silence this)` });
    } else {
      const message = ids.length ? `no policy for extension ${options.extensionId} in the file (it has: ${ids.join(', ')}); pass --id to choose one` : 'the file holds no extension policy (3rdparty\\extensions\\<id>\\policy)';
      return { format: extracted.format, extensionId: null, findings: [...findings, { level: 'error', path: '*', message }], delivered: {} };
    }
    raw = extracted.byId.get(extensionId)!;
  }

  // 1. Chromium's layer.
  const delivered: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(raw)) {
    const schema = options.schema.properties?.[key];
    if (!schema) {
      findings.push({ level: 'warning', path: key, message: `${key}: Chromium drops this key: it is not in managed_schema.json (a misspelt setting?)` });
      continue;
    }
    const r = chromiumFilter(value, schema, key, findings);
    if (r.keep) delivered[key] = r.value;
  }

  // 2. The extension's layer: the options page's messages.
  for (const p of parseSettingsObject('policy', delivered).problems) findings.push({ level: 'error', path: /^([^:]+):/.exec(p.message)?.[1] ?? p.key, message: p.message });
  return { format: extracted.format, extensionId, findings, delivered };
}

const FORMAT_NAME: Record<PolicyFormat, string> = {
  json: 'Chrome/Edge policy JSON',
  'google-admin-json': 'Google Admin extension policy JSON',
  mobileconfig: 'macOS configuration profile',
  reg: 'Windows registry export',
};

export function formatReport(file: string, check: PolicyCheck): string {
  const errors = check.findings.filter((f) => f.level === 'error').length;
  const warnings = check.findings.length - errors;
  const head = `${file}: ${FORMAT_NAME[check.format]}${check.extensionId ? `, extension ${check.extensionId}` : ''}`;
  const lines = check.findings.map((f) => `  ${f.level.padEnd(7)} ${f.message}`);
  const keys = Object.keys(check.delivered).length;
  const tail = errors || warnings ? `${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}` : `ok: ${keys} setting${keys === 1 ? '' : 's'}, no problems`;
  return [head, ...lines, tail].join('\n');
}

export function main(argv: string[], root = '.'): number {
  const args = [...argv];
  const strict = args.includes('--strict');
  const idAt = args.indexOf('--id');
  const idArg = idAt >= 0 ? args[idAt + 1] : undefined;
  const files = args.filter((a, i) => !a.startsWith('--') && (idAt < 0 || i !== idAt + 1));
  if (files.length === 0) {
    console.error('usage: npm run policy-check -- FILE… [--id EXTENSION_ID] [--strict]\n  FILE: a .json policy file, a .mobileconfig profile or a .reg export');
    return 2;
  }
  const schema = JSON.parse(readFileSync(resolve(root, 'public/managed_schema.json'), 'utf8')) as JsonSchema;
  const manifest = JSON.parse(readFileSync(resolve(root, 'manifest.json'), 'utf8')) as { key: string };
  const extensionId = idArg ?? extensionIdFromManifestKey(manifest.key);
  let code = 0;
  for (const file of files) {
    let text: string;
    try {
      text = decodePolicyFile(readFileSync(file));
    } catch (e) {
      console.error(`${file}: cannot be read (${(e as Error).message})`);
      code = Math.max(code, 2);
      continue;
    }
    const check = checkPolicyText(text, basename(file), { schema, extensionId });
    console.log(formatReport(file, check));
    const failed = check.findings.some((f) => f.level === 'error' || (strict && f.level === 'warning'));
    if (failed) code = Math.max(code, 1);
  }
  return code;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) process.exitCode = main(process.argv.slice(2));
