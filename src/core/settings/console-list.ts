import { CATALOGUE, signatureById } from '../catalogue';
import { isGeneric, scoreSignature } from '../detect';
import type { LocalizedText } from '../messages';
import { emptySnapshot } from '../snapshot';
import { ConsoleEntrySchema, MAX_CONSOLES, OriginPatternSchema, type ConsoleEntry } from './schema';

/**
 * The allow-list as people keep it: pasted lines or a spreadsheet's CSV. One console per line, either an address
 * alone (`pbx.acme.example:5001`, `https://acme.zendesk.com/agent`) or `label; product; origin; recovery email`
 * (tabs and commas separate as well, so a spreadsheet's rows paste as they are). A line is taken whole or not at
 * all; every bad line is named with its number and what to fix.
 */

export const CSV_COLUMNS = ['label', 'product', 'origins', 'recoveryEmail', 'recoveryEmailVerifiedAt'] as const;

export interface ConsoleLineProblem {
  /** 1-based line number in the pasted text. */
  line: number;
  text: LocalizedText;
}

export interface ImportedConsole {
  line: number;
  entry: ConsoleEntry;
  /** The product was not given and was recognised from the address. */
  productDetected: boolean;
}

export interface ConsoleListResult {
  /** The good lines, in order, without those already on the list. */
  added: ImportedConsole[];
  /** Lines left out because their origins are already on the list (not an error). */
  duplicates: number[];
  problems: ConsoleLineProblem[];
}

export interface ConsoleListOptions {
  /** The user's allow-list today: its origins are not added twice, and together they stay within MAX_CONSOLES. */
  existing?: readonly ConsoleEntry[];
  /** Other consoles already trusted (the organisation's): their origins are not added again, they take no room. */
  known?: readonly ConsoleEntry[];
  /** The product of a line that names none and whose address is not recognised (default `generic-pbx`). */
  defaultProduct?: string;
}

const MAX_LINES = 5000;
const MAX_TEXT = 1_000_000;

const msg = (en: string, de: string): LocalizedText => ({ en, de });

/** Strips the `'` that export puts before a label a spreadsheet would run as a formula. */
const FORMULA_START = /^[=+\-@\t\r]/;

/** RFC 4180 fields of one CSV record (quotes doubled inside quoted fields). Records never span lines here. */
export function splitCsvLine(line: string, separator: string): string[] | null {
  const fields: string[] = [];
  let i = 0;
  for (;;) {
    if (line[i] === '"') {
      let value = '';
      i++;
      for (;;) {
        const q = line.indexOf('"', i);
        if (q < 0) return null;
        value += line.slice(i, q);
        if (line[q + 1] === '"') {
          value += '"';
          i = q + 2;
        } else {
          i = q + 1;
          break;
        }
      }
      fields.push(value);
      if (i >= line.length) return fields;
      if (line[i] !== separator) return null;
      i++;
    } else {
      const next = line.indexOf(separator, i);
      if (next < 0) {
        fields.push(line.slice(i));
        return fields;
      }
      fields.push(line.slice(i, next));
      i = next + 1;
    }
  }
}

/** The separator of a line: tab (spreadsheet paste), then `;` (the documented form, German CSV), then `,`. */
function separatorOf(line: string): string | null {
  for (const s of ['\t', ';', ',']) if (line.includes(s)) return s;
  return null;
}

const WILDCARD_LABEL = 'acg-wildcard-label';

/**
 * An address as people write it, to the origin the allow-list holds: scheme (https unless given), host, port.
 * A path, query or fragment is dropped (a URL copied from the address bar names its origin); `*.` keeps a
 * host wildcard. Null when it is not an address.
 */
export function originOfAddress(raw: string): string | null {
  const text = raw.trim();
  if (!text || /\s/.test(text)) return null;
  const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(text) ? text : `https://${text}`;
  // Browsers' URL parsers refuse `*` in a host (Node's accepts it): parse the wildcard as a plain label.
  const wildcard = /^[a-z][a-z0-9+.-]*:\/\/\*\./i.test(withScheme);
  let url: URL;
  try {
    url = new URL(wildcard ? withScheme.replace('://*.', `://${WILDCARD_LABEL}.`) : withScheme);
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
  if (url.username || url.password) return null;
  if (wildcard !== url.host.startsWith(`${WILDCARD_LABEL}.`)) return null;
  const origin = `${url.protocol}//${wildcard ? `*.${url.host.slice(WILDCARD_LABEL.length + 1)}` : url.host}`;
  return OriginPatternSchema.safeParse(origin).success ? origin : null;
}

/** The product an address belongs to, from the catalogue's URL, host and path signals; null when none stands out. */
export function productOfAddress(address: string): string | null {
  const text = /^[a-z][a-z0-9+.-]*:\/\//i.test(address.trim()) ? address.trim() : `https://${address.trim()}`;
  let url: URL;
  try {
    url = new URL(text.replace('://*.', `://${WILDCARD_LABEL}.`));
  } catch {
    return null;
  }
  const snapshot = emptySnapshot(url.href);
  let best: { id: string; score: number } | null = null;
  let tie = false;
  for (const signature of CATALOGUE) {
    if (isGeneric(signature)) continue;
    const host = url.hostname;
    const onVendor = signature.vendorDomains.some((d) => host === d || host.endsWith(`.${d}`));
    const score = scoreSignature(snapshot, signature, url).score + (onVendor ? 40 : 0);
    if (score <= 0) continue;
    if (!best || score > best.score) {
      best = { id: signature.id, score };
      tie = false;
    } else if (score === best.score) tie = true;
  }
  return best && !tie ? best.id : null;
}

/** A product as people write it: the catalogue id or the vendor's name, any case (`3CX`, `freepbx`, `Zendesk`). */
export function productOfName(name: string): string | null {
  const n = name.trim().toLowerCase().replace(/\s+/g, ' ');
  if (!n) return null;
  const found = CATALOGUE.find((s) => s.id === n || s.name.toLowerCase() === n);
  if (found) return found.id;
  if (n === 'pbx') return 'generic-pbx';
  if (n === 'helpdesk' || n === 'service desk' || n === 'servicedesk') return 'generic-helpdesk';
  return null;
}

interface LineFields {
  label?: string;
  product?: string;
  origins: string[];
  recoveryEmail?: string;
  recoveryEmailVerifiedAt?: string;
}

const originKey = (o: string) => o.toLowerCase().replace(/\.(?=:\d+$|$)/, '');

function isHeader(fields: string[]): boolean {
  return fields.length >= 3 && fields.map((f) => f.trim().toLowerCase()).slice(0, 3).join(',') === 'label,product,origins';
}

/** One line's fields: an address alone, or label; product; origin(s); recovery email[; confirmed on]. */
function fieldsOf(line: string, csvSeparator: string | null): LineFields | LocalizedText {
  const separator = csvSeparator ?? separatorOf(line);
  if (separator === null) return { origins: [line] };
  const parts = splitCsvLine(line, separator);
  if (!parts) return msg('a quotation mark is not closed', 'ein Anführungszeichen ist nicht geschlossen');
  // `pbx.acme.example;` (a spreadsheet's one-column row) is an address alone.
  if (!csvSeparator && parts.slice(1).every((p) => !p.trim())) return { origins: [parts[0]!.trim()] };
  if (parts.length > 5) return msg(`${parts.length} fields; a line has at most 5 (label; product; origin; recovery email; confirmed on)`, `${parts.length} Felder; eine Zeile hat höchstens 5 (Name; Produkt; Adresse; Wiederherstellungs-E-Mail; bestätigt am)`);
  const [label = '', product = '', origins = '', email = '', verifiedAt = ''] = parts.map((p) => p.trim());
  const label1 = label.startsWith("'") && FORMULA_START.test(label.slice(1)) ? label.slice(1) : label;
  return {
    ...(label1 ? { label: label1 } : {}),
    ...(product ? { product } : {}),
    origins: origins.split(/[\s,]+/).filter(Boolean),
    ...(email ? { recoveryEmail: email } : {}),
    ...(verifiedAt ? { recoveryEmailVerifiedAt: verifiedAt } : {}),
  };
}

/** The entry a line describes, or what is wrong with it. */
function entryOf(fields: LineFields, defaultProduct: string): { entry: ConsoleEntry; productDetected: boolean } | LocalizedText {
  if (fields.origins.length === 0) return msg('no address: give the console’s URL or host name', 'keine Adresse: die URL oder den Hostnamen der Konsole angeben');
  const origins: string[] = [];
  for (const raw of fields.origins) {
    const origin = originOfAddress(raw);
    if (!origin) return msg(`“${raw.slice(0, 80)}” is not a web address (like pbx.example.com:5001 or https://acme.zendesk.com)`, `„${raw.slice(0, 80)}“ ist keine Webadresse (wie pbx.example.com:5001 oder https://acme.zendesk.com)`);
    if (!origins.some((o) => originKey(o) === originKey(origin))) origins.push(origin);
  }
  let product: string | null;
  let productDetected = false;
  if (fields.product !== undefined) {
    product = productOfName(fields.product);
    if (!product) return msg(`unknown product “${fields.product.slice(0, 64)}” (use a name from the product list, like 3CX, FreePBX, Zendesk, or leave it empty)`, `unbekanntes Produkt „${fields.product.slice(0, 64)}“ (einen Namen aus der Produktliste wie 3CX, FreePBX, Zendesk angeben oder leer lassen)`);
  } else {
    product = fields.origins.map(productOfAddress).find((p) => p !== null) ?? null;
    productDetected = product !== null;
    product ??= defaultProduct;
  }
  const candidate = {
    product,
    origins,
    ...(fields.label ? { label: fields.label } : {}),
    ...(fields.recoveryEmail ? { recoveryEmail: fields.recoveryEmail } : {}),
    ...(fields.recoveryEmailVerifiedAt ? { recoveryEmailVerifiedAt: fields.recoveryEmailVerifiedAt } : {}),
  };
  const parsed = ConsoleEntrySchema.safeParse(candidate);
  if (parsed.success) return { entry: parsed.data, productDetected };
  const issue = parsed.error.issues[0]!;
  const field = String(issue.path[0] ?? '');
  if (field === 'recoveryEmail') return msg(`“${fields.recoveryEmail!.slice(0, 80)}” is not an email address`, `„${fields.recoveryEmail!.slice(0, 80)}“ ist keine E-Mail-Adresse`);
  if (field === 'recoveryEmailVerifiedAt') return msg(`confirmed-on date “${fields.recoveryEmailVerifiedAt!.slice(0, 40)}” ${issue.message}`, `Bestätigungsdatum „${fields.recoveryEmailVerifiedAt!.slice(0, 40)}“ ist kein Datum der Form JJJJ-MM-TT`);
  if (field === 'label') return msg('the label is longer than 200 characters', 'der Name ist länger als 200 Zeichen');
  if (field === 'origins') return msg('a console has at most 50 addresses', 'eine Konsole hat höchstens 50 Adressen');
  return msg(`${field}: ${issue.message}`, `${field}: ${issue.message}`);
}

/**
 * Parses a pasted list or a CSV export against the user's current allow-list. Good lines come back as entries to
 * add, bad lines as problems; the caller adds the good ones (or, to be strict, nothing while any line is bad).
 */
export function parseConsoleList(text: string, options: ConsoleListOptions = {}): ConsoleListResult {
  const result: ConsoleListResult = { added: [], duplicates: [], problems: [] };
  if (text.length > MAX_TEXT) {
    result.problems.push({ line: 0, text: msg('the list is larger than 1 MB', 'die Liste ist größer als 1 MB') });
    return result;
  }
  const defaultProduct = signatureById(options.defaultProduct ?? '') ? options.defaultProduct! : 'generic-pbx';
  const seen = new Set([...(options.existing ?? []), ...(options.known ?? [])].flatMap((c) => c.origins.map(originKey)));
  let room = MAX_CONSOLES - (options.existing?.length ?? 0);
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  let csv: string | null = null;
  lines.forEach((raw, index) => {
    const line = raw.trim();
    const n = index + 1;
    if (!line || line.startsWith('#')) return;
    if (index >= MAX_LINES) {
      if (index === MAX_LINES) result.problems.push({ line: n, text: msg(`only the first ${MAX_LINES} lines are read`, `nur die ersten ${MAX_LINES} Zeilen werden gelesen`) });
      return;
    }
    if (!csv && result.added.length === 0 && result.problems.length === 0 && result.duplicates.length === 0) {
      const sep = separatorOf(line);
      if (sep && isHeader(splitCsvLine(line, sep) ?? [])) {
        csv = sep;
        return;
      }
    }
    const fields = fieldsOf(line, csv);
    if (!('origins' in fields)) return void result.problems.push({ line: n, text: fields });
    const made = entryOf(fields, defaultProduct);
    if (!('entry' in made)) return void result.problems.push({ line: n, text: made });
    if (made.entry.origins.every((o) => seen.has(originKey(o)))) return void result.duplicates.push(n);
    if (room <= 0) return void result.problems.push({ line: n, text: msg(`the allow-list is full (${MAX_CONSOLES} consoles)`, `die Liste ist voll (${MAX_CONSOLES} Konsolen)`) });
    room--;
    for (const o of made.entry.origins) seen.add(originKey(o));
    result.added.push({ line: n, entry: made.entry, productDetected: made.productDetected });
  });
  return result;
}

const csvField = (value: string): string => (/[",;\r\n\t]/.test(value) || value !== value.trim() ? `"${value.replace(/"/g, '""')}"` : value);

/**
 * The allow-list as CSV (RFC 4180, comma, CRLF), one console per row, its origins separated by spaces. A label a
 * spreadsheet would run as a formula (`=…`, `+…`, `-…`, `@…`) gets a leading `'`, which import takes off again.
 */
export function consolesToCsv(consoles: readonly ConsoleEntry[]): string {
  const rows = consoles.map((c) => {
    const label = c.label && FORMULA_START.test(c.label) ? `'${c.label}` : (c.label ?? '');
    return [label, c.product, c.origins.join(' '), c.recoveryEmail ?? '', c.recoveryEmailVerifiedAt ?? ''].map(csvField).join(',');
  });
  return [CSV_COLUMNS.join(','), ...rows].join('\r\n') + '\r\n';
}
