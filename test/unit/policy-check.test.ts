import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkPolicyText, decodePolicyFile, parsePlist, type PolicyCheck } from '../../scripts/policy-check';
import { EXAMPLE_POLICY, readTemplateInput, WINDOWS_EXPANDABLE } from '../../scripts/policy-templates';

const { schema, extensionId } = readTemplateInput();
const ID = extensionId;
const OTHER = 'abcdefghijklmnopabcdefghijklmnop';
const check = (text: string, file: string, id = ID): PolicyCheck => checkPolicyText(text, file, { schema, extensionId: id });
const messages = (c: PolicyCheck, level: 'error' | 'warning') => c.findings.filter((f) => f.level === level).map((f) => f.message);
const template = (path: string) => decodePolicyFile(readFileSync(join('docs/policy-templates', path)));

/** The example policy as the extension would receive it from each template. */
const expected = { ...EXAMPLE_POLICY };

describe('policy-check on the shipped templates (good files of each format)', () => {
  it.each(['linux/admin-console-guard-policy.json', 'google-admin/policy-for-extensions.json', 'macos/chrome.mobileconfig', 'macos/edge.mobileconfig'])('%s: no problems, every value delivered as written', (path) => {
    const c = check(template(path), path);
    expect(c.findings).toEqual([]);
    expect(c.delivered).toEqual(expected);
  });

  it.each(['windows/chrome-policy.reg', 'windows/edge-policy.reg'])('%s: JSON text, DWORDs and REG_EXPAND_SZ read as Chromium reads them', (path) => {
    const c = check(template(path), path);
    expect(c.findings).toEqual([]);
    expect(c.extensionId).toBe(ID);
    expect(c.delivered).toEqual({ ...expected, ...WINDOWS_EXPANDABLE });
  });
});

describe('policy-check on bad files', () => {
  const bad = { passwordTier: 'strongest', consoles: [{ product: '3cx', origins: ['https://pbx.acme.example/login'] }, { product: 'zendesk', origins: ['https://acme.zendesk.com'] }], clipboardClearSeconds: 30 };

  it('.json: the options page’s messages with key paths, and what Chromium drops', () => {
    const c = check(JSON.stringify({ '3rdparty': { extensions: { [ID]: { ...bad, recoveryEmailMaxAgeDays: '90', passwordTeir: 'high', consoles: [...bad.consoles, 'pbx.acme.example'] } } } }), 'policy.json');
    expect(messages(c, 'error')).toEqual([
      'passwordTier: Invalid option: expected one of "recommended"|"high"|"medium"|"low"|"custom"|"nist"',
      'consoles.0.origins.0: must be an origin like https://pbx.example.com:5001 or a host wildcard like https://*.example.com (no path)',
    ]);
    expect(c.findings.filter((f) => f.level === 'error').map((f) => f.path)).toEqual(['passwordTier', 'consoles.0.origins.0']);
    expect(messages(c, 'warning')).toEqual([
      'consoles.2: Chromium drops this value before the extension sees it: managed_schema.json wants object, the file has string',
      'recoveryEmailMaxAgeDays: Chromium drops this value before the extension sees it: managed_schema.json wants integer, the file has string',
      'passwordTeir: Chromium drops this key: it is not in managed_schema.json (a misspelt setting?)',
    ]);
    // What the extension gets: the good console, not the dropped entry or key.
    expect(c.delivered['consoles']).toEqual(bad.consoles);
    expect(c.delivered).not.toHaveProperty('passwordTeir');
  });

  it('.json: broken JSON, no policy for this extension, a policy for another id', () => {
    expect(messages(check('{"3rdparty": ', 'p.json'), 'error')[0]).toMatch(/^not valid JSON/);
    expect(messages(check(template('linux/chrome-forceinstall.json'), 'f.json'), 'error')).toEqual(['the file holds no policy for this extension: no "3rdparty" section and none of its settings']);
    const two = check(JSON.stringify({ '3rdparty': { extensions: { [OTHER]: {}, bcdefghijklmnopabcdefghijklmnopa: {} } } }), 'p.json');
    expect(messages(two, 'error')[0]).toMatch(/^no policy for extension .* \(it has: abcdefghijklmnop/);
    const other = check(JSON.stringify({ '3rdparty': { extensions: { [OTHER]: { passwordTier: 'high' } } } }), 'p.json');
    expect(other.extensionId).toBe(OTHER);
    expect(messages(other, 'warning')[0]).toMatch(/is for extension abcdefghijklmnopabcdefghijklmnop, not/);
    expect(messages(other, 'error')).toEqual([]);
  });

  it('.mobileconfig: integers as strings and a wrong boolean are dropped by Chromium; bad values named', () => {
    const profile = template('macos/chrome.mobileconfig')
      .replace('<key>recoveryEmailMaxAgeDays</key>\n      <integer>90</integer>', '<key>recoveryEmailMaxAgeDays</key>\n      <string>90</string>')
      .replace('<string>https://example.zendesk.com</string>', '<string>example.zendesk.com</string>')
      .replace('<key>lookalikeAction</key>\n      <string>block</string>', '<key>lookalikeAction</key>\n      <string>blok</string>');
    expect(profile).toContain('<string>90</string>');
    const c = check(profile, 'acme.mobileconfig');
    expect(messages(c, 'warning')).toEqual(['recoveryEmailMaxAgeDays: Chromium drops this value before the extension sees it: managed_schema.json wants integer, the file has string']);
    expect(messages(c, 'error')).toEqual([
      'consoles.2.origins.0: must be an origin like https://pbx.example.com:5001 or a host wildcard like https://*.example.com (no path)',
      'lookalikeAction: Invalid option: expected one of "warn"|"block"',
    ]);
    expect(messages(check('<plist><dict><key>a</key></dict></plist>', 'x.mobileconfig'), 'error')).toEqual(['plist: a value was expected']);
    expect(messages(check('\u0030\u0082signed', 'x.mobileconfig'), 'error')[0]).toMatch(/not a property list/);
  });

  it('parsePlist reads every plist type', () => {
    expect(parsePlist('<?xml version="1.0"?><plist version="1.0"><dict><key>a&amp;b</key><array><integer>-3</integer><real>1.5</real><true/><false/><string/><string>x &lt; y</string></array></dict></plist>')).toEqual({
      'a&b': [-3, 1.5, true, false, '', 'x < y'],
    });
  });

  it('.reg: JSON text that does not parse, a DWORD where a string belongs, a deleted key, UTF-16 exports', () => {
    const key = `HKEY_LOCAL_MACHINE\\SOFTWARE\\Policies\\Google\\Chrome\\3rdparty\\extensions\\${ID}\\policy`;
    const reg = [
      'Windows Registry Editor Version 5.00',
      '',
      `[${key}]`,
      '"consoles"="[{\\"product\\":\\"3cx\\",\\"origins\\":[\\"https://pbx.acme.example:5001\\"]}"',
      '"reportUrl"=dword:00000001',
      '"passwordTier"="nist"',
      '"breachCheck"="online"',
      '"allowUserChanges"=dword:00000002',
      '',
    ].join('\r\n');
    const c = check(reg, 'acme.reg');
    expect(messages(c, 'warning')).toEqual([
      'consoles: Chromium drops this value before the extension sees it: managed_schema.json wants array, the file has string',
      'reportUrl: Chromium drops this value before the extension sees it: managed_schema.json wants string, the file has integer',
      'allowUserChanges: Chromium drops this value before the extension sees it: managed_schema.json wants boolean, the file has integer',
    ]);
    expect(c.delivered).toEqual({ passwordTier: 'nist', breachCheck: 'online' });

    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(reg.replace('"passwordTier"="nist"', '"passwordTier"="nistt"'), 'utf16le')]);
    const c16 = check(decodePolicyFile(utf16), 'acme.reg');
    expect(messages(c16, 'error')).toEqual(['passwordTier: Invalid option: expected one of "recommended"|"high"|"medium"|"low"|"custom"|"nist"']);

    // A later [-key] removes what was written before it.
    expect(messages(check(`${reg}\r\n[-${key}]\r\n`, 'acme.reg'), 'error')).toEqual(['the file holds no extension policy (3rdparty\\extensions\\<id>\\policy)']);
    expect(messages(check('REGEDIT5\r\n', 'x.reg'), 'error')[0]).toMatch(/first line must be/);
  });
});

describe('npm run policy-check (the command)', () => {
  it('exits 0 on a good file, 1 on errors (and on warnings with --strict), 2 on a missing file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'acg-policy-check-'));
    try {
      const bad = join(dir, 'bad.json');
      writeFileSync(bad, JSON.stringify({ '3rdparty': { extensions: { [ID]: { passwordTier: 'strongest' } } } }));
      const warn = join(dir, 'warn.json');
      writeFileSync(warn, JSON.stringify({ '3rdparty': { extensions: { [ID]: { passwordTier: 'high', pwTier: 'x' } } } }));
      const run = (...args: string[]) => {
        try {
          return { code: 0, out: execFileSync(process.execPath, ['--import', 'tsx', 'scripts/policy-check.ts', ...args], { encoding: 'utf8', stdio: 'pipe' }) };
        } catch (e) {
          const err = e as { status: number; stdout: string; stderr: string };
          return { code: err.status, out: err.stdout + err.stderr };
        }
      };
      const good = run('docs/policy-templates/windows/chrome-policy.reg');
      expect(good).toEqual({ code: 0, out: `docs/policy-templates/windows/chrome-policy.reg: Windows registry export, extension ${ID}\nok: ${Object.keys(EXAMPLE_POLICY).length} settings, no problems\n` });
      const failed = run(bad);
      expect(failed.code).toBe(1);
      expect(failed.out).toContain('  error   passwordTier: Invalid option');
      expect(run(warn).code).toBe(0);
      expect(run(warn, '--strict').code).toBe(1);
      expect(run(join(dir, 'missing.json')).code).toBe(2);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 180_000);
});
