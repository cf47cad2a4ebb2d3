// npm run policy-templates: writes docs/policy-templates/ (Windows .reg and ADMX/ADML, macOS .mobileconfig,
// Linux JSON, Intune and Google Admin JSON) and the policy table in docs/enterprise.md, all from
// public/managed_schema.json, so that none of them can drift from the schema. A unit test regenerates them in
// memory and fails when the committed files differ.
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { DEFAULT_SETTINGS, SETTING_KEYS, SettingsShape, type SettingKey, type Settings } from '../src/core/settings';
import { extensionIdFromManifestKey } from './pack-crx';

// ---------------------------------------------------------------------------------------------------------------
// Inputs

export interface JsonSchema {
  type: 'object' | 'array' | 'string' | 'integer' | 'boolean' | 'number';
  title?: string;
  description?: string;
  properties?: Record<string, JsonSchema>;
  items?: JsonSchema;
  additionalProperties?: JsonSchema;
}

export interface TemplateInput {
  schema: JsonSchema;
  extensionId: string;
  version: string;
  minimumChromeVersion: string;
}

export function readTemplateInput(root = '.'): TemplateInput {
  const schema = JSON.parse(readFileSync(join(root, 'public/managed_schema.json'), 'utf8')) as JsonSchema;
  const manifest = JSON.parse(readFileSync(join(root, 'manifest.json'), 'utf8')) as { key: string; version: string; minimum_chrome_version?: string };
  return { schema, extensionId: extensionIdFromManifestKey(manifest.key), version: manifest.version, minimumChromeVersion: manifest.minimum_chrome_version ?? '120' };
}

/** Where the administrator serves the CRX and updates.xml (see npm run pack); replaced by them in every template. */
export const UPDATE_URL_PLACEHOLDER = 'https://extensions.example.com/admin-console-guard/updates.xml';
/** Reverse-DNS prefix of the macOS profile identifiers; administrators put their own. */
export const PROFILE_ID_PREFIX = 'com.example.admin-console-guard';

/**
 * The example deployment every template carries: every key set, so administrators see each one in its native form
 * and delete what they do not want to enforce (a key that is set is locked for the user).
 */
export const EXAMPLE_POLICY: Settings = {
  consoles: [
    { product: '3cx', label: 'Head office PBX', origins: ['https://pbx.example.com:5001'], recoveryEmail: 'pbx-admin@example.com', recoveryEmailVerifiedAt: '2025-01-15' },
    { product: 'freepbx', label: 'Branch PBXs', origins: ['https://*.branches.example.com'] },
    { product: 'zendesk', label: 'Support desk', origins: ['https://example.zendesk.com'] },
  ],
  passwordTier: 'recommended',
  customTier: {
    minLength: 14,
    maxLength: 72,
    requireUppercase: true,
    requireLowercase: true,
    requireDigit: true,
    requireSpecial: true,
    maxSequentialChars: 4,
    disallowEmailLike: true,
    disallowWords: ['example'],
    minScore: 3,
    historyCount: 5,
  },
  breachCheck: 'offline',
  recoveryEmailMaxAgeDays: 90,
  orgEmailDomains: ['example.com'],
  protectedNames: ['acme'],
  recoveryNotifications: true,
  requireSecondFactor: true,
  lookalikeAction: 'block',
  unknownOriginAction: 'warn',
  reportUrl: 'https://siem.example.com/admin-console-guard',
  reportHeaders: { Authorization: 'Bearer REPLACE-WITH-A-WRITE-ONLY-TOKEN' },
  reportDevice: '',
  reportUser: '',
  allowUserChanges: false,
  advisoriesUrl: 'https://siem.example.com/admin-console-guard/advisories.json',
  clipboardClearSeconds: 30,
  clipboardClearOnlyIfUnchanged: false,
  reportFormat: 'envelope',
  reuseProtection: true,
};

/** On Windows, REG_EXPAND_SZ values are expanded by the browser: one policy names every machine and user. */
export const WINDOWS_EXPANDABLE: Partial<Record<SettingKey, string>> = { reportDevice: '%COMPUTERNAME%', reportUser: '%USERDOMAIN%\\%USERNAME%' };

export type BrowserId = 'chrome' | 'edge';

export const BROWSERS: Record<BrowserId, { name: string; registry: string; macDomain: string; linuxDirs: string[] }> = {
  chrome: {
    name: 'Google Chrome',
    registry: 'SOFTWARE\\Policies\\Google\\Chrome',
    macDomain: 'com.google.Chrome',
    linuxDirs: ['/etc/opt/chrome/policies/managed', '/etc/chromium/policies/managed'],
  },
  edge: { name: 'Microsoft Edge', registry: 'SOFTWARE\\Policies\\Microsoft\\Edge', macDomain: 'com.microsoft.Edge', linuxDirs: ['/etc/opt/edge/policies/managed'] },
};

/**
 * The ExtensionSettings entry that force-installs the extension from a self-hosted updates.xml. override_update_url
 * keeps later updates on that URL even if the CRX was packed without update_url. Chrome can pin the icon
 * (the toolbar is the trusted surface); Edge has no documented equivalent we rely on.
 */
export function forceInstallEntry(browser: BrowserId, updateUrl = UPDATE_URL_PLACEHOLDER): Record<string, string | boolean> {
  return { installation_mode: 'force_installed', update_url: updateUrl, override_update_url: true, ...(browser === 'chrome' ? { toolbar_pin: 'force_pinned' } : {}) };
}

// ---------------------------------------------------------------------------------------------------------------
// Small helpers

function enumOptions(key: SettingKey): readonly string[] | undefined {
  const s = SettingsShape[key] as unknown;
  return s instanceof z.ZodEnum ? (s.options as readonly string[]) : undefined;
}

function intRange(key: SettingKey): { min: number; max: number } | undefined {
  const s = SettingsShape[key] as unknown;
  if (!(s instanceof z.ZodNumber)) return undefined;
  return { min: s.minValue ?? 0, max: s.maxValue ?? 2_147_483_647 };
}

function maxStringLength(key: SettingKey): number | undefined {
  const s = SettingsShape[key] as unknown;
  return s instanceof z.ZodString && s.maxLength !== null ? s.maxLength : undefined;
}

const property = (input: TemplateInput, key: SettingKey): JsonSchema => {
  const p = input.schema.properties?.[key];
  if (!p) throw new Error(`public/managed_schema.json has no property ${key}`);
  return p;
};

/** Lists and objects that are not a plain list of strings or a string map: entered as JSON text where no native form exists. */
function isComplex(p: JsonSchema): boolean {
  return p.type === 'object' || p.type === 'array';
}

/** XML text content (attributes are only ever written from identifiers and URLs, escaped the same way plus quotes). */
const xmlText = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const xml = (s: string) => xmlText(s).replace(/"/g, '&quot;');

/** JSON with every non-ASCII character escaped: safe in an ASCII .reg file and still the same JSON. */
const asciiJson = (v: unknown) => JSON.stringify(v).replace(/[\u0080-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);

/** A name-based UUID (RFC 4122 version 5): stable across runs, so regenerating changes nothing. */
export function uuidV5(name: string, namespace = '6ba7b811-9dad-11d1-80b4-00c04fd430c8'): string {
  const ns = Buffer.from(namespace.replace(/-/g, ''), 'hex');
  const h = createHash('sha1').update(ns).update(name, 'utf8').digest().subarray(0, 16);
  h[6] = (h[6]! & 0x0f) | 0x50;
  h[8] = (h[8]! & 0x3f) | 0x80;
  const hex = h.toString('hex').toUpperCase();
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

const GENERATED = 'Generated by `npm run policy-templates` from public/managed_schema.json: do not edit by hand.';

// ---------------------------------------------------------------------------------------------------------------
// Linux, Intune, Google Admin (JSON)

function linuxPolicy(input: TemplateInput): string {
  return `${JSON.stringify({ '3rdparty': { extensions: { [input.extensionId]: EXAMPLE_POLICY } } }, null, 2)}\n`;
}

function linuxForceInstall(input: TemplateInput, browser: BrowserId): string {
  return `${JSON.stringify({ ExtensionSettings: { [input.extensionId]: forceInstallEntry(browser) } }, null, 2)}\n`;
}

/** Google Admin console, Apps & extensions > the extension > Policy for extensions: each value wrapped as {"Value": …}. */
function googleAdminPolicy(): string {
  return `${JSON.stringify(Object.fromEntries(SETTING_KEYS.map((k) => [k, { Value: EXAMPLE_POLICY[k] }])), null, 2)}\n`;
}

/** Intune settings catalog, "Extension management settings" (ExtensionSettings): one line of JSON to paste. */
function intuneExtensionSettings(input: TemplateInput, browser: BrowserId): string {
  return `${JSON.stringify({ [input.extensionId]: forceInstallEntry(browser) })}\n`;
}

// ---------------------------------------------------------------------------------------------------------------
// Windows .reg

function regString(s: string): string {
  if (/[^\x20-\x7e]/.test(s)) throw new Error(`non-ASCII or control character in a .reg string: ${JSON.stringify(s)}`);
  return `"${s.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}

/** REG_EXPAND_SZ as .reg writes it: hex(2) bytes of the UTF-16LE text with its terminating NUL. */
function regExpandString(s: string): string {
  const bytes = Buffer.from(`${s}\0`, 'utf16le');
  return `hex(2):${Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join(',')}`;
}

const regDword = (n: number) => `dword:${(n >>> 0).toString(16).padStart(8, '0')}`;

function regValue(p: JsonSchema, value: unknown): string {
  if (p.type === 'boolean') return regDword(value ? 1 : 0);
  if (p.type === 'integer') return regDword(value as number);
  if (p.type === 'string') return regString(value as string);
  return regString(asciiJson(value));
}

function regPolicy(input: TemplateInput, browser: BrowserId): string {
  const b = BROWSERS[browser];
  const key = `HKEY_LOCAL_MACHINE\\${b.registry}\\3rdparty\\extensions\\${input.extensionId}\\policy`;
  const lines = [
    'Windows Registry Editor Version 5.00',
    '',
    `; Admin Console Guard ${input.version}: extension policy for ${b.name}.`,
    `; ${GENERATED}`,
    '; Every key below is an example: change the values, delete the lines you do not want to enforce (a value set',
    '; here is locked for the user). Lists and objects are JSON text in one REG_SZ value; numbers and switches are',
    '; REG_DWORD; reportDevice/reportUser are REG_EXPAND_SZ, expanded by the browser (%COMPUTERNAME%, %USERNAME%).',
    '; The first line below removes what an earlier version of this file left, so the key holds exactly this policy.',
    `[-${key}]`,
    '',
    `[${key}]`,
  ];
  for (const k of SETTING_KEYS) {
    const p = property(input, k);
    const expandable = WINDOWS_EXPANDABLE[k];
    lines.push(`; ${p.title ?? k}`);
    lines.push(`${regString(k)}=${expandable !== undefined ? regExpandString(expandable) : regValue(p, EXAMPLE_POLICY[k])}`);
  }
  return `${lines.join('\r\n')}\r\n`;
}

function regForceInstall(input: TemplateInput, browser: BrowserId): string {
  const b = BROWSERS[browser];
  const key = `HKEY_LOCAL_MACHINE\\${b.registry}\\ExtensionSettings\\${input.extensionId}`;
  const entry = forceInstallEntry(browser);
  const lines = [
    'Windows Registry Editor Version 5.00',
    '',
    `; Admin Console Guard: force-install in ${b.name} from your own server (ExtensionSettings, one subkey per extension,`,
    '; so entries for other extensions are kept). Replace update_url with where you serve updates.xml (npm run pack).',
    '; If ExtensionSettings is already set as one JSON value (REG_SZ), add this entry to that JSON instead of importing this file.',
    '; Outside the browser vendor\'s store, Windows honours force-install only on machines joined to Active Directory or',
    '; Entra ID (Azure AD), or enrolled in the browser vendor\'s cloud management.',
    `; ${GENERATED}`,
    `[${key}]`,
    ...Object.entries(entry).map(([name, v]) => `${regString(name)}=${typeof v === 'boolean' ? regDword(v ? 1 : 0) : regString(v)}`),
  ];
  return `${lines.join('\r\n')}\r\n`;
}

// ---------------------------------------------------------------------------------------------------------------
// ADMX / ADML

const ADMX_NS = 'http://schemas.microsoft.com/GroupPolicy/2006/07/PolicyDefinitions';

interface AdmxPolicy {
  name: string;
  browser: BrowserId;
  key: SettingKey | 'forceInstall';
}

function admxPolicyXml(input: TemplateInput, pol: AdmxPolicy): string {
  const b = BROWSERS[pol.browser];
  const category = `AdminConsoleGuard_${pol.browser}`;
  const supported = `SUPPORTED_${pol.browser.toUpperCase()}`;
  if (pol.key === 'forceInstall') {
    const key = `${b.registry}\\ExtensionSettings\\${input.extensionId}`;
    const fixed = Object.entries(forceInstallEntry(pol.browser)).filter(([n]) => n !== 'update_url');
    return [
      `    <policy name="${pol.name}" class="Machine" displayName="$(string.forceInstall)" explainText="$(string.forceInstall_Explain)" presentation="$(presentation.forceInstall)" key="${key}">`,
      `      <parentCategory ref="${category}" />`,
      `      <supportedOn ref="${supported}" />`,
      '      <enabledList>',
      ...fixed.map(([n, v]) => `        <item key="${key}" valueName="${n}"><value>${typeof v === 'boolean' ? `<decimal value="${v ? 1 : 0}" />` : `<string>${xml(v)}</string>`}</value></item>`),
      '      </enabledList>',
      '      <elements>',
      '        <text id="update_url" valueName="update_url" required="true" maxLength="2048" />',
      '      </elements>',
      '    </policy>',
    ].join('\n');
  }
  const k = pol.key;
  const p = property(input, k);
  const key = `${b.registry}\\3rdparty\\extensions\\${input.extensionId}\\policy`;
  const head = (extra: string) =>
    [`    <policy name="${pol.name}" class="Machine" displayName="$(string.${k})" explainText="$(string.${k}_Explain)"${extra} key="${key}"`, `      <parentCategory ref="${category}" />`, `      <supportedOn ref="${supported}" />`];
  if (p.type === 'boolean') {
    const [first, ...rest] = head('');
    return [`${first} valueName="${k}">`, ...rest, '      <enabledValue><decimal value="1" /></enabledValue>', '      <disabledValue><decimal value="0" /></disabledValue>', '    </policy>'].join('\n');
  }
  const [first, ...rest] = head(` presentation="$(presentation.${k})"`);
  let element: string;
  const options = enumOptions(k);
  const range = intRange(k);
  if (options) {
    element = [`        <enum id="${k}" valueName="${k}" required="true">`, ...options.map((o) => `          <item displayName="$(string.${k}_${o})"><value><string>${o}</string></value></item>`), '        </enum>'].join('\n');
  } else if (p.type === 'integer') {
    element = `        <decimal id="${k}" valueName="${k}" required="true" minValue="${range?.min ?? 0}" maxValue="${range?.max ?? 2147483647}" />`;
  } else if (p.type === 'array' && p.items?.type === 'string') {
    // Numbered values 1, 2, 3 … in a subkey: the form Chrome reads lists in.
    element = `        <list id="${k}" key="${key}\\${k}" valuePrefix="" />`;
  } else if (p.type === 'object' && p.additionalProperties?.type === 'string' && !p.properties) {
    // Name/value pairs in a subkey: Chrome reads a subkey as an object.
    element = `        <list id="${k}" key="${key}\\${k}" explicitValue="true" />`;
  } else if (isComplex(p)) {
    element = `        <text id="${k}" valueName="${k}" required="true" maxLength="1000000" />`;
  } else {
    const max = maxStringLength(k) ?? 2048;
    element = `        <text id="${k}" valueName="${k}" maxLength="${max}"${WINDOWS_EXPANDABLE[k] !== undefined ? ' expandable="true"' : ''} />`;
  }
  return [`${first}>`, ...rest, '      <elements>', element, '      </elements>', '    </policy>'].join('\n');
}

function admxPolicies(): AdmxPolicy[] {
  return (['chrome', 'edge'] as const).flatMap((browser) => [
    { name: `${browser}_forceInstall`, browser, key: 'forceInstall' as const },
    ...SETTING_KEYS.map((key) => ({ name: `${browser}_${key}`, browser, key })),
  ]);
}

function admx(input: TemplateInput): string {
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<!-- Admin Console Guard ${input.version}, extension id ${input.extensionId}. ${GENERATED} -->`,
    `<policyDefinitions xmlns:xsd="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" revision="1.0" schemaVersion="1.0" xmlns="${ADMX_NS}">`,
    '  <policyNamespaces>',
    '    <target prefix="adminconsoleguard" namespace="AdminConsoleGuard.Policies" />',
    '  </policyNamespaces>',
    '  <resources minRequiredRevision="1.0" />',
    '  <supportedOn>',
    '    <definitions>',
    '      <definition name="SUPPORTED_CHROME" displayName="$(string.SUPPORTED_CHROME)" />',
    '      <definition name="SUPPORTED_EDGE" displayName="$(string.SUPPORTED_EDGE)" />',
    '    </definitions>',
    '  </supportedOn>',
    '  <categories>',
    '    <category name="AdminConsoleGuard" displayName="$(string.AdminConsoleGuard)" />',
    '    <category name="AdminConsoleGuard_chrome" displayName="$(string.AdminConsoleGuard_chrome)"><parentCategory ref="AdminConsoleGuard" /></category>',
    '    <category name="AdminConsoleGuard_edge" displayName="$(string.AdminConsoleGuard_edge)"><parentCategory ref="AdminConsoleGuard" /></category>',
    '  </categories>',
    '  <policies>',
    ...admxPolicies().map((p) => admxPolicyXml(input, p)),
    '  </policies>',
    '</policyDefinitions>',
    '',
  ].join('\n');
}

function explain(input: TemplateInput, k: SettingKey): string {
  const p = property(input, k);
  const parts = [p.description ?? p.title ?? k];
  const options = enumOptions(k);
  if (options) parts.push(`Allowed values: ${options.join(', ')}.`);
  if (p.type === 'array' && p.items?.type === 'string') parts.push('Enter one value per line.');
  else if (p.type === 'object' && p.additionalProperties?.type === 'string' && !p.properties) parts.push('Enter one header per line: the header name as the value name, the header value as the value.');
  else if (isComplex(p)) parts.push(`Enter JSON on one line, for example:\n${JSON.stringify(EXAMPLE_POLICY[k])}`);
  if (WINDOWS_EXPANDABLE[k] !== undefined) parts.push(`Environment variables are expanded, e.g. ${WINDOWS_EXPANDABLE[k]}.`);
  const def = JSON.stringify(DEFAULT_SETTINGS[k]);
  parts.push(`Not configured: the user's own setting applies, else the default (${def === '""' ? 'empty' : def}). Enabled: this value applies and the extension shows it as "Set by your organisation".`);
  parts.push(`Registry value "${k}" under ...\\3rdparty\\extensions\\${input.extensionId}\\policy.`);
  return parts.join('\n\n');
}

function adml(input: TemplateInput): string {
  const strings: [string, string][] = [
    ['AdminConsoleGuard', 'Admin Console Guard'],
    ['AdminConsoleGuard_chrome', 'Google Chrome'],
    ['AdminConsoleGuard_edge', 'Microsoft Edge'],
    ['SUPPORTED_CHROME', `Google Chrome ${input.minimumChromeVersion} or later with Admin Console Guard (${input.extensionId})`],
    ['SUPPORTED_EDGE', `Microsoft Edge ${input.minimumChromeVersion} or later with Admin Console Guard (${input.extensionId})`],
    ['forceInstall', 'Force-install Admin Console Guard from your server'],
    [
      'forceInstall_Explain',
      `Installs Admin Console Guard (${input.extensionId}) without user interaction and keeps it installed, from the update manifest (updates.xml) you host (see npm run pack). Writes an ExtensionSettings entry for this extension only; entries for other extensions are kept. If you set ExtensionSettings as one JSON value elsewhere (the browser's own template, "Extension management settings"), add this extension's entry to that JSON instead: the two forms do not combine.\n\nOutside the browser vendor's store, Windows honours force-install only on machines joined to Active Directory or Entra ID (Azure AD), or enrolled in the browser vendor's cloud management.`,
    ],
  ];
  for (const k of SETTING_KEYS) {
    const p = property(input, k);
    strings.push([k, p.title ?? k], [`${k}_Explain`, explain(input, k)]);
    for (const o of enumOptions(k) ?? []) strings.push([`${k}_${o}`, o]);
  }
  const presentations: string[] = ['      <presentation id="forceInstall"><textBox refId="update_url"><label>Update URL (updates.xml)</label><defaultValue>' + xml(UPDATE_URL_PLACEHOLDER) + '</defaultValue></textBox></presentation>'];
  for (const k of SETTING_KEYS) {
    const p = property(input, k);
    const label = xml(p.title ?? k);
    if (p.type === 'boolean') continue;
    if (enumOptions(k)) {
      const def = enumOptions(k)!.indexOf(DEFAULT_SETTINGS[k] as string);
      presentations.push(`      <presentation id="${k}"><dropdownList refId="${k}" noSort="true" defaultItem="${Math.max(0, def)}">${label}</dropdownList></presentation>`);
    } else if (p.type === 'integer') presentations.push(`      <presentation id="${k}"><decimalTextBox refId="${k}" defaultValue="${DEFAULT_SETTINGS[k] as number}">${label}</decimalTextBox></presentation>`);
    else if ((p.type === 'array' && p.items?.type === 'string') || (p.type === 'object' && p.additionalProperties?.type === 'string' && !p.properties))
      presentations.push(`      <presentation id="${k}"><listBox refId="${k}">${label}</listBox></presentation>`);
    else if (isComplex(p)) presentations.push(`      <presentation id="${k}"><textBox refId="${k}"><label>${label} (JSON)</label></textBox></presentation>`);
    else presentations.push(`      <presentation id="${k}"><textBox refId="${k}"><label>${label}</label></textBox></presentation>`);
  }
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<!-- ${GENERATED} -->`,
    `<policyDefinitionResources xmlns:xsd="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" revision="1.0" schemaVersion="1.0" xmlns="${ADMX_NS}">`,
    '  <displayName>Admin Console Guard</displayName>',
    '  <description>Policies for the Admin Console Guard browser extension in Google Chrome and Microsoft Edge.</description>',
    '  <resources>',
    '    <stringTable>',
    ...strings.map(([id, text]) => `      <string id="${id}">${xmlText(text)}</string>`),
    '    </stringTable>',
    '    <presentationTable>',
    ...presentations,
    '    </presentationTable>',
    '  </resources>',
    '</policyDefinitionResources>',
    '',
  ].join('\n');
}

// ---------------------------------------------------------------------------------------------------------------
// macOS .mobileconfig

function plistValue(v: unknown, indent: string): string[] {
  if (typeof v === 'boolean') return [`${indent}<${v}/>`];
  if (typeof v === 'number') {
    if (!Number.isInteger(v)) throw new Error('only integers are used in the policy');
    return [`${indent}<integer>${v}</integer>`];
  }
  if (typeof v === 'string') return [`${indent}<string>${xmlText(v)}</string>`];
  if (Array.isArray(v)) return v.length ? [`${indent}<array>`, ...v.flatMap((x) => plistValue(x, `${indent}  `)), `${indent}</array>`] : [`${indent}<array/>`];
  if (typeof v === 'object' && v !== null) {
    const entries = Object.entries(v);
    return entries.length ? [`${indent}<dict>`, ...entries.flatMap(([k, x]) => [`${indent}  <key>${xmlText(k)}</key>`, ...plistValue(x, `${indent}  `)]), `${indent}</dict>`] : [`${indent}<dict/>`];
  }
  throw new Error(`no plist form for ${String(v)}`);
}

function mobileconfig(input: TemplateInput, browser: BrowserId): string {
  const b = BROWSERS[browser];
  const id = `${PROFILE_ID_PREFIX}.${browser}`;
  const payload = (type: string, suffix: string, name: string, content: Record<string, unknown>) => ({
    PayloadType: type,
    PayloadVersion: 1,
    PayloadIdentifier: `${id}.${suffix}`,
    PayloadUUID: uuidV5(`${id}.${suffix}`),
    PayloadDisplayName: name,
    PayloadEnabled: true,
    ...content,
  });
  const profile = {
    PayloadContent: [
      payload(b.macDomain, 'forceinstall', `Install Admin Console Guard in ${b.name}`, { ExtensionSettings: { [input.extensionId]: forceInstallEntry(browser) } }),
      payload(`${b.macDomain}.extensions.${input.extensionId}`, 'policy', `Admin Console Guard policy (${b.name})`, EXAMPLE_POLICY as unknown as Record<string, unknown>),
    ],
    PayloadDescription: `Force-installs Admin Console Guard ${input.version} in ${b.name} from your server and sets its policy. ${GENERATED}`,
    PayloadDisplayName: `Admin Console Guard for ${b.name}`,
    PayloadIdentifier: id,
    PayloadOrganization: 'Example Organisation',
    PayloadScope: 'System',
    PayloadType: 'Configuration',
    PayloadUUID: uuidV5(id),
    PayloadVersion: 1,
  };
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">',
    '<plist version="1.0">',
    ...plistValue(profile, ''),
    '</plist>',
    '',
  ].join('\n');
}

// ---------------------------------------------------------------------------------------------------------------
// Policy reference table (docs/enterprise.md)

export const TABLE_BEGIN = '<!-- BEGIN policy table: generated by npm run policy-templates -->';
export const TABLE_END = '<!-- END policy table -->';

const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');

function typeLabel(k: SettingKey, p: JsonSchema): string {
  const options = enumOptions(k);
  if (options) return `string: ${options.map((o) => `\`${o}\``).join(', ')}`;
  const range = intRange(k);
  if (range) return `integer ${range.min}–${range.max}`;
  if (p.type === 'array') return p.items?.type === 'object' ? 'list of objects' : `list of ${p.items?.type ?? 'values'}s`;
  if (p.type === 'object') return p.additionalProperties ? `object (name → ${p.additionalProperties.type})` : 'object';
  return p.type;
}

export function renderPolicyTable(input: TemplateInput): string {
  const rows = SETTING_KEYS.map((k) => {
    const p = property(input, k);
    const def = JSON.stringify(DEFAULT_SETTINGS[k]);
    return `| \`${k}\` | ${cell(typeLabel(k, p))} | \`${cell(def)}\` | **${cell(p.title ?? k)}.** ${cell(p.description ?? '')} |`;
  });
  return [TABLE_BEGIN, '', '| Key | Type | Default | Meaning |', '| --- | --- | --- | --- |', ...rows, '', TABLE_END].join('\n');
}

/** docs/enterprise.md with its generated table replaced; throws if the markers are missing. */
export function withPolicyTable(markdown: string, input: TemplateInput): string {
  const start = markdown.indexOf(TABLE_BEGIN);
  const end = markdown.indexOf(TABLE_END);
  if (start < 0 || end < start) throw new Error(`docs/enterprise.md needs the markers ${TABLE_BEGIN} … ${TABLE_END}`);
  return markdown.slice(0, start) + renderPolicyTable(input) + markdown.slice(end + TABLE_END.length);
}

// ---------------------------------------------------------------------------------------------------------------
// The set of files

function readme(input: TemplateInput, files: string[]): string {
  const what: Record<string, string> = {
    'windows/chrome-policy.reg': 'Extension policy for Chrome (`HKLM\\…\\Google\\Chrome\\3rdparty\\extensions\\<id>\\policy`).',
    'windows/edge-policy.reg': 'Extension policy for Edge (`HKLM\\…\\Microsoft\\Edge\\3rdparty\\extensions\\<id>\\policy`).',
    'windows/chrome-forceinstall.reg': 'Force-install in Chrome (`ExtensionSettings\\<id>`).',
    'windows/edge-forceinstall.reg': 'Force-install in Edge (`ExtensionSettings\\<id>`).',
    'windows/admin-console-guard.admx': 'Group Policy / Intune administrative template: force-install and every policy key, for Chrome and Edge.',
    'windows/en-US/admin-console-guard.adml': 'English texts for the ADMX.',
    'macos/chrome.mobileconfig': 'Configuration profile: force-install and policy (`com.google.Chrome.extensions.<id>`).',
    'macos/edge.mobileconfig': 'Configuration profile: force-install and policy (`com.microsoft.Edge.extensions.<id>`).',
    'linux/admin-console-guard-policy.json': 'Extension policy: copy to `/etc/opt/chrome/policies/managed/`, `/etc/chromium/policies/managed/` or `/etc/opt/edge/policies/managed/`.',
    'linux/chrome-forceinstall.json': 'Force-install for Chrome / Chromium (same folders).',
    'linux/edge-forceinstall.json': 'Force-install for Edge (`/etc/opt/edge/policies/managed/`).',
    'intune/chrome-extension-settings.json': 'One line to paste into Intune\'s settings catalog, Google Chrome > Extensions > "Extension management settings".',
    'intune/edge-extension-settings.json': 'One line to paste into Intune\'s settings catalog, Microsoft Edge > Extensions > "Configure extension management settings".',
    'google-admin/policy-for-extensions.json': 'Google Admin console > Chrome browser > Apps & extensions > the extension > "Policy for extensions".',
  };
  return [
    '# Policy templates',
    '',
    `${GENERATED} See [../enterprise.md](../enterprise.md) for the steps.`,
    '',
    `Extension id: \`${input.extensionId}\` (Admin Console Guard ${input.version}).`,
    '',
    'Every template sets every policy key to an example value. Replace the examples (origins, addresses, the report URL',
    `and token, \`${UPDATE_URL_PLACEHOLDER}\`, \`${PROFILE_ID_PREFIX}\`) and delete the keys you do not want to enforce:`,
    'a key that is set is locked for the user.',
    '',
    '| File | What it is |',
    '| --- | --- |',
    ...files.filter((f) => f !== 'README.md').map((f) => `| [${f}](${f}) | ${what[f] ?? ''} |`),
    '',
  ].join('\n');
}

/** Every file under docs/policy-templates/, by path relative to it. */
export function generatePolicyTemplates(input: TemplateInput): Map<string, string> {
  const files = new Map<string, string>([
    ['windows/chrome-policy.reg', regPolicy(input, 'chrome')],
    ['windows/edge-policy.reg', regPolicy(input, 'edge')],
    ['windows/chrome-forceinstall.reg', regForceInstall(input, 'chrome')],
    ['windows/edge-forceinstall.reg', regForceInstall(input, 'edge')],
    ['windows/admin-console-guard.admx', admx(input)],
    ['windows/en-US/admin-console-guard.adml', adml(input)],
    ['macos/chrome.mobileconfig', mobileconfig(input, 'chrome')],
    ['macos/edge.mobileconfig', mobileconfig(input, 'edge')],
    ['linux/admin-console-guard-policy.json', linuxPolicy(input)],
    ['linux/chrome-forceinstall.json', linuxForceInstall(input, 'chrome')],
    ['linux/edge-forceinstall.json', linuxForceInstall(input, 'edge')],
    ['intune/chrome-extension-settings.json', intuneExtensionSettings(input, 'chrome')],
    ['intune/edge-extension-settings.json', intuneExtensionSettings(input, 'edge')],
    ['google-admin/policy-for-extensions.json', googleAdminPolicy()],
  ]);
  files.set('README.md', readme(input, [...files.keys()]));
  return files;
}

export const TEMPLATES_DIR = 'docs/policy-templates';
export const ENTERPRISE_DOC = 'docs/enterprise.md';

function listFiles(dir: string): string[] {
  let out: string[] = [];
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    out = statSync(p).isDirectory() ? [...out, ...listFiles(p)] : [...out, p];
  }
  return out;
}

function main(): void {
  const input = readTemplateInput();
  const files = generatePolicyTemplates(input);
  const dir = resolve(TEMPLATES_DIR);
  mkdirSync(dir, { recursive: true });
  for (const old of listFiles(dir)) if (!files.has(relative(dir, old).split('\\').join('/'))) rmSync(old);
  for (const [path, text] of files) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  writeFileSync(ENTERPRISE_DOC, withPolicyTable(readFileSync(ENTERPRISE_DOC, 'utf8'), input));
  console.log(`${TEMPLATES_DIR}: ${files.size} files for extension ${input.extensionId}; ${ENTERPRISE_DOC}: policy table`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
