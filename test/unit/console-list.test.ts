import { afterEach, describe, expect, it, vi } from 'vitest';
import { consolesToCsv, ConsoleEntrySchema, originOfAddress, parseConsoleList, productOfAddress, productOfName, splitCsvLine, type ConsoleEntry } from '../../src/core';

const entries = (text: string, existing: ConsoleEntry[] = []) => parseConsoleList(text, { existing }).added.map((a) => a.entry);

describe('originOfAddress', () => {
  it.each([
    ['pbx.acme.example', 'https://pbx.acme.example'],
    ['pbx.acme.example:5001', 'https://pbx.acme.example:5001'],
    ['https://pbx.acme.example:5001/#/login', 'https://pbx.acme.example:5001'],
    ['HTTPS://ACME.Zendesk.com/agent/tickets?x=1', 'https://acme.zendesk.com'],
    ['http://10.0.0.5/admin/config.php', 'http://10.0.0.5'],
    ['https://pbx.acme.example:443', 'https://pbx.acme.example'],
    ['*.acme.example', 'https://*.acme.example'],
    ['müller-pbx.example', 'https://xn--mller-pbx-q9a.example'],
    ['[::1]:8443', 'https://[::1]:8443'],
  ])('%s → %s', (address, origin) => expect(originOfAddress(address)).toBe(origin));

  describe('with a browser’s URL parser, which refuses `*` in a host (Node’s accepts it)', () => {
    afterEach(() => void vi.unstubAllGlobals());
    it('still reads host wildcards', () => {
      const NodeUrl = URL;
      vi.stubGlobal(
        'URL',
        class extends NodeUrl {
          constructor(url: string | URL, base?: string | URL) {
            if (/^[a-z]+:\/\/[^/]*\*/i.test(String(url))) throw new TypeError(`Invalid URL: ${String(url)}`);
            super(url, base);
          }
        },
      );
      expect(originOfAddress('*.acme.example')).toBe('https://*.acme.example');
      expect(originOfAddress('http://*.acme.example:8080/x')).toBe('http://*.acme.example:8080');
      expect(originOfAddress('pbx.*.example')).toBeNull();
    });
  });

  it.each(['', 'not an address', 'ftp://pbx.acme.example', 'https://user:pw@pbx.acme.example', 'pbx.acme.example:99999', 'https://', 'javascript:alert(1)'])('refuses %j', (address) =>
    expect(originOfAddress(address)).toBeNull());
});

describe('product from the address or a name', () => {
  it.each([
    ['acme.zendesk.com', 'zendesk'],
    ['https://acme.3cx.eu:5001/#/login', '3cx'],
    // FreePBX's path is also Issabel's and Elastix's: no guess when products tie.
    ['https://pbx.acme.example/admin/config.php', null],
    ['https://acme.sysaidit.com', 'sysaid'],
    ['https://help.acme.example/scp/login.php', 'osticket'],
    ['acme.freshdesk.com', 'freshdesk'],
    ['pbx.acme.example', null],
  ])('%s → %s', (address, product) => expect(productOfAddress(address)).toBe(product));

  it('takes ids and vendor names in any case, and the family words', () => {
    expect(productOfName('3CX')).toBe('3cx');
    expect(productOfName(' FreePBX ')).toBe('freepbx');
    expect(productOfName('zendesk')).toBe('zendesk');
    expect(productOfName('PBX')).toBe('generic-pbx');
    expect(productOfName('Helpdesk')).toBe('generic-helpdesk');
    expect(productOfName('3XC')).toBeNull();
  });
});

describe('parseConsoleList', () => {
  it('reads addresses alone and label; product; origin; email lines, detecting the product when none is given', () => {
    const r = parseConsoleList(
      ['# our consoles', '', 'acme.zendesk.com', 'ACME PBX; 3CX; pbx.acme.example:5001; pbx-admin@acme.example', 'Lab; ; https://lab.acme.example/scp/login.php', 'Legacy;;legacy.acme.example'].join('\n'),
    );
    expect(r.problems).toEqual([]);
    expect(r.added.map((a) => [a.line, a.entry, a.productDetected])).toEqual([
      [3, { product: 'zendesk', origins: ['https://acme.zendesk.com'] }, true],
      [4, { product: '3cx', origins: ['https://pbx.acme.example:5001'], label: 'ACME PBX', recoveryEmail: 'pbx-admin@acme.example' }, false],
      [5, { label: 'Lab', product: 'osticket', origins: ['https://lab.acme.example'] }, true],
      [6, { label: 'Legacy', product: 'generic-pbx', origins: ['https://legacy.acme.example'] }, false],
    ]);
    for (const a of r.added) expect(ConsoleEntrySchema.safeParse(a.entry).success).toBe(true);
  });

  it('reads spreadsheet rows pasted with tabs, and a one-column row with a trailing separator', () => {
    expect(entries('Branch 1\t3cx\tbranch1.acme.example:5001\nbranch2.acme.example;')).toEqual([
      { label: 'Branch 1', product: '3cx', origins: ['https://branch1.acme.example:5001'] },
      { product: 'generic-pbx', origins: ['https://branch2.acme.example'] },
    ]);
  });

  it('uses the chosen default product for lines the catalogue cannot place', () => {
    expect(parseConsoleList('pbx7.acme.example', { defaultProduct: '3cx' }).added[0]!.entry.product).toBe('3cx');
    expect(parseConsoleList('pbx7.acme.example', { defaultProduct: 'nonsense' }).added[0]!.entry.product).toBe('generic-pbx');
  });

  it('names every bad line with its number and takes no part of it', () => {
    const r = parseConsoleList(
      [
        'good.acme.example',
        'not a host name',
        'Bad mail; 3cx; pbx2.acme.example; not-an-email',
        'Typo; 3XC; pbx3.acme.example',
        'No origin; zendesk;',
        'Old; 3cx; pbx4.acme.example; a@acme.example; 2025-02-30',
        '"Unclosed; 3cx; pbx5.acme.example',
        'a;b;c;d;e;f',
        'ftp://files.acme.example',
      ].join('\n'),
    );
    expect(r.added.map((a) => a.line)).toEqual([1]);
    expect(r.problems.map((p) => p.line)).toEqual([2, 3, 4, 5, 6, 7, 8, 9]);
    const en = Object.fromEntries(r.problems.map((p) => [p.line, p.text.en]));
    expect(en[2]).toMatch(/“not a host name” is not a web address/);
    expect(en[3]).toMatch(/“not-an-email” is not an email address/);
    expect(en[4]).toMatch(/unknown product “3XC”/);
    expect(en[5]).toMatch(/no address/);
    expect(en[6]).toMatch(/2025-02-30.*not a real calendar date/);
    expect(en[7]).toMatch(/quotation mark/);
    expect(en[8]).toMatch(/6 fields/);
    expect(en[9]).toMatch(/not a web address/);
    for (const p of r.problems) expect(p.text.de.length).toBeGreaterThan(10);
  });

  it('does not add what is already on the list, nor the same console twice', () => {
    const existing: ConsoleEntry[] = [{ product: '3cx', origins: ['https://pbx.acme.example:5001'] }];
    const r = parseConsoleList('PBX.acme.example:5001\nnew.acme.example\nhttps://new.acme.example/login', { existing });
    expect(r.duplicates).toEqual([1, 3]);
    expect(r.added.map((a) => a.entry.origins)).toEqual([['https://new.acme.example']]);
  });

  it('stops at the allow-list limit with a message per line beyond it', () => {
    const existing = Array.from({ length: 499 }, (_, i) => ({ product: '3cx', origins: [`https://pbx${i}.acme.example`] }));
    const r = parseConsoleList('a.acme.example\nb.acme.example\nc.acme.example', { existing });
    expect(r.added).toHaveLength(1);
    expect(r.problems.map((p) => [p.line, p.text.en])).toEqual([
      [2, 'the allow-list is full (500 consoles)'],
      [3, 'the allow-list is full (500 consoles)'],
    ]);
  });

  it('survives hostile input: huge text, many lines, odd characters', () => {
    expect(parseConsoleList('x'.repeat(1_000_001)).problems[0]!.text.en).toMatch(/larger than 1 MB/);
    const many = parseConsoleList(Array.from({ length: 6000 }, (_, i) => `h${i}.acme.example`).join('\n'));
    expect(many.added).toHaveLength(500);
    expect(many.problems.some((p) => /first 5000 lines/.test(p.text.en))).toBe(true);
    expect(() => parseConsoleList('\u0000;\uFFFF;\u202E\n"";"";""\n;;;;')).not.toThrow();
  });
});

describe('CSV export and import', () => {
  const list: ConsoleEntry[] = [
    { label: 'ACME PBX', product: '3cx', origins: ['https://pbx.acme.example:5001', 'https://*.pbx.acme.example'], recoveryEmail: 'pbx@acme.example', recoveryEmailVerifiedAt: '2026-11-02' },
    { label: 'Help, "desk"; EU', product: 'zendesk', origins: ['https://acme.zendesk.com'] },
    { label: '=HYPERLINK("x")', product: 'freepbx', origins: ['http://10.0.0.5'] },
    { product: 'generic-helpdesk', origins: ['https://tickets.acme.example'] },
  ];

  it('writes a header, quotes what needs it and defuses spreadsheet formulas', () => {
    const csv = consolesToCsv(list);
    expect(csv.split('\r\n')[0]).toBe('label,product,origins,recoveryEmail,recoveryEmailVerifiedAt');
    expect(csv).toContain('"Help, ""desk""; EU",zendesk,https://acme.zendesk.com,,');
    expect(csv).toContain(`"'=HYPERLINK(""x"")",freepbx`);
    expect(splitCsvLine('"a,b",c', ',')).toEqual(['a,b', 'c']);
  });

  it('round-trips: the exported CSV imports as the same list', () => {
    const back = parseConsoleList(consolesToCsv(list));
    expect(back.problems).toEqual([]);
    expect(back.added.map((a) => a.entry)).toEqual(list.map((c) => ConsoleEntrySchema.parse(c)));
    // Imported again on top of itself, nothing is added.
    expect(parseConsoleList(consolesToCsv(list), { existing: list }).added).toEqual([]);
  });

  it('reads a spreadsheet’s semicolon CSV with the same header', () => {
    const csv = 'label;product;origins;recoveryEmail;recoveryEmailVerifiedAt\r\n"Main, HQ";3cx;pbx.acme.example:5001;;\r\n';
    expect(entries(csv)).toEqual([{ label: 'Main, HQ', product: '3cx', origins: ['https://pbx.acme.example:5001'] }]);
  });
});
