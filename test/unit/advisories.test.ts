import { readFileSync } from 'node:fs';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import {
  AdvisorySchema,
  boundFacts,
  compareVersions,
  extractVersions,
  FEED_FORMAT,
  inRanges,
  matchAdvisories,
  mergeAdvisories,
  parseFeed,
  parseVersion,
  SHIPPED_ADVISORIES,
  type Advisory,
  type PageFacts,
} from '../../src/core';

/** A fixture page as the console module reads it: resolved asset URLs, metas, text (jsdom has no innerText). */
function factsOf(file: string, url: string, replace: Record<string, string> = {}): PageFacts {
  let html = readFileSync(`test/fixtures/${file}`, 'utf8');
  for (const [from, to] of Object.entries(replace)) html = html.replaceAll(from, to);
  const { document } = new JSDOM(html, { url }).window;
  const urls = [...document.querySelectorAll('script[src]')].map((s) => (s as HTMLScriptElement).src).concat([...document.querySelectorAll('link[href]')].map((l) => (l as HTMLLinkElement).href));
  const metas = [...document.querySelectorAll('meta[name][content]')].map((m) => ({ name: m.getAttribute('name')!.toLowerCase(), content: m.getAttribute('content')! }));
  return { urls, metas, text: (document.body?.textContent ?? '').replace(/\s+/g, ' ').slice(0, 6000) };
}

const V = (scheme: Parameters<typeof parseVersion>[0], s: string) => {
  const v = parseVersion(scheme, s);
  if (!v) throw new Error(`unreadable ${s}`);
  return v;
};

describe('version extraction per product, from fixture pages', () => {
  it('FreePBX: the framework from load_version, each module from module=…&load_version', () => {
    const facts = factsOf('pbx/freepbx-endpoint.html', 'https://pbx.acme.example/admin/config.php?display=endpoint', { ENDPOINT_VERSION: '16.0.88' });
    expect(extractVersions('freepbx', facts)).toEqual([
      { component: 'framework', version: '16.0.40', evidence: 'load_version=16.0.40' },
      { component: 'endpoint', version: '16.0.88', evidence: 'module=endpoint&load_version=16.0.88' },
    ]);
  });

  it('FreePBX login page: the framework only, so the endpoint advisory has no version to judge', () => {
    const seen = extractVersions('freepbx', factsOf('pbx/freepbx-login.html', 'https://pbx.acme.example/admin/config.php'));
    expect(seen.map((s) => s.component)).toEqual(['framework']);
    expect(matchAdvisories(SHIPPED_ADVISORIES, 'freepbx', seen)).toEqual([]);
  });

  it('GLPI: ?v= of its own assets', () => {
    expect(extractVersions('glpi', factsOf('helpdesk/glpi-login.html', 'https://helpdesk.acme.example/index.php'))).toEqual([{ version: '10.0.16', evidence: '?v=10.0.16' }]);
  });

  it('ServiceDesk Plus: the build number as the bare query of its scripts and style sheets', () => {
    const seen = extractVersions('manageengine-servicedesk-plus', factsOf('helpdesk/manageengine-servicedesk-plus-login.html', 'https://sdp.acme.example:8080/'));
    expect(seen).toHaveLength(1);
    expect(seen[0]!.version).toBe('14103');
    expect(seen[0]!.evidence).toMatch(/\.(js|css)\?14103$/);
  });

  it('SysAid: ?v<version>b<build> of master.css and ajaxTools.js', () => {
    const seen = extractVersions('sysaid', factsOf('helpdesk/sysaid-login.html', 'https://sysaid.acme.example/Login.jsp'));
    expect(seen.map((s) => s.version)).toEqual(['23.3.40']);
    expect(seen[0]!.evidence).toMatch(/\?v23\.3\.40b6$/);
    const old = extractVersions('sysaid', factsOf('helpdesk/sysaid-login.html', 'https://sysaid.acme.example/Login.jsp', { '23.3.40b6': '23.3.35b12' }));
    expect(matchAdvisories(SHIPPED_ADVISORIES, 'sysaid', old).map((f) => f.advisoryId)).toEqual(['sysaid-cve-2023-47246']);
    expect(matchAdvisories(SHIPPED_ADVISORIES, 'sysaid', seen)).toEqual([]);
  });

  it('3CX: the version line the console shows', () => {
    const seen = extractVersions('3cx', factsOf('pbx/3cx-v18-console.html', 'https://pbx.acme.example:5001/#/app/dashboard', { PBX_VERSION: '18.0.7.312' }));
    expect(seen).toHaveLength(1);
    expect(seen[0]!.version).toBe('18.0.7.312');
  });

  it('pages that reveal no version give none: 3CX logins, a product without rules, junk facts', () => {
    expect(extractVersions('3cx', factsOf('pbx/3cx-login.html', 'https://pbx.acme.example/webclient/'))).toEqual([]);
    expect(extractVersions('3cx', factsOf('pbx/3cx-v16-login.html', 'https://pbx.acme.example/'))).toEqual([]);
    expect(extractVersions('mitel-micollab', factsOf('pbx/mitel-micollab-login.html', 'https://micollab.acme.example/portal/'))).toEqual([]);
    expect(extractVersions('zendesk', { urls: ['https://x/a.js?v=1.2.3'], metas: [], text: 'Version 18.0.7.312' })).toEqual([]);
    // ng-version (Angular's) is not 3CX's version; a date-stamped asset is not a GLPI version.
    expect(extractVersions('3cx', { urls: [], metas: [], text: '<app-root ng-version="8.2.14">' })).toEqual([]);
    expect(extractVersions('3cx', { urls: [], metas: [], text: '© 3CX 2020.0.1.1 Ltd' })).toEqual([]);
    expect(extractVersions('3cx', { urls: [], metas: [], text: 'Version 18.0.7.312.5' })).toEqual([]);
    expect(extractVersions('3cx', { urls: [], metas: [], text: '3CX Phone System v18 Update 7 — Version: 18.0.7.312' })[0]!.version).toBe('18.0.7.312');
    expect(extractVersions('glpi', { urls: ['https://h/js/common.min.js?v=01-15-2025_0123'], metas: [], text: '' })).toEqual([]);
  });

  it('a stray asset with its own version cannot outvote the product’s assets', () => {
    const urls = ['https://h/js/a.js?v=10.0.2', 'https://h/js/b.js?v=10.0.2', 'https://h/lib/x.js?v=3.6.0'];
    expect(extractVersions('glpi', { urls, metas: [], text: '' })[0]!.version).toBe('10.0.2');
  });
});

describe('versions and ranges, per scheme', () => {
  it('dotted (3CX 18.0.7.312): numeric parts, missing parts are 0', () => {
    expect(compareVersions(V('dotted', '18.0.7.312'), V('dotted', '18.0.7.4'))).toBeGreaterThan(0);
    expect(compareVersions(V('dotted', '18.0.6.908'), V('dotted', '18.0.7'))).toBeLessThan(0);
    expect(compareVersions(V('dotted', '18'), V('dotted', '18.0.0.0'))).toBe(0);
    expect(compareVersions(V('dotted', '10.0.10'), V('dotted', '10.0.9'))).toBeGreaterThan(0);
    expect(parseVersion('dotted', '18.0.7.312beta')).toBeNull();
    expect(parseVersion('dotted', '')).toBeNull();
  });

  it('FreePBX module versions: pre-releases sort before their release', () => {
    expect(compareVersions(V('freepbx-module', '16.0.88'), V('freepbx-module', '16.0.89'))).toBeLessThan(0);
    expect(compareVersions(V('freepbx-module', '17.0.3beta2'), V('freepbx-module', '17.0.3'))).toBeLessThan(0);
    expect(compareVersions(V('freepbx-module', '17.0.3rc1'), V('freepbx-module', '17.0.3beta4'))).toBeGreaterThan(0);
    expect(compareVersions(V('freepbx-module', '16.0.40.7'), V('freepbx-module', '16.0.40'))).toBeGreaterThan(0);
  });

  it('ServiceDesk Plus build numbers, also written "11.3 Build 11306"', () => {
    expect(V('build', '11.3 Build 11306').parts).toEqual([11306]);
    expect(compareVersions(V('build', '11305'), V('build', '11306'))).toBeLessThan(0);
    expect(parseVersion('build', '14.1')).toBeNull();
  });

  it('ranges: introduced inclusive, fixed exclusive, lastAffected inclusive, one range per branch', () => {
    const endpoint = SHIPPED_ADVISORIES.find((a) => a.id === 'freepbx-endpoint-cve-2025-57819')!;
    expect(inRanges('freepbx-module', '16.0.88', endpoint.affected)).toBe(true);
    expect(inRanges('freepbx-module', '16.0.89', endpoint.affected)).toBe(false);
    expect(inRanges('freepbx-module', '15.0.65', endpoint.affected)).toBe(true);
    expect(inRanges('freepbx-module', '15.0.66', endpoint.affected)).toBe(false);
    expect(inRanges('freepbx-module', '17.0.3beta1', endpoint.affected)).toBe(true);
    expect(inRanges('freepbx-module', '17.0.3', endpoint.affected)).toBe(false);
    expect(inRanges('freepbx-module', '14.0.1', endpoint.affected)).toBe(false);
    expect(inRanges('dotted', '9.8.1.201', [{ lastAffected: '9.8.1.201' }])).toBe(true);
    expect(inRanges('dotted', '9.8.2.12', [{ lastAffected: '9.8.1.201' }])).toBe(false);
    expect(inRanges('dotted', 'not a version', [{ fixed: '1' }])).toBeNull();
  });

  it('3CX: the desktop-app advice applies to V18 from Update 6 on, not to V16 or V20', () => {
    const threecx = SHIPPED_ADVISORIES.find((a) => a.id === '3cx-desktopapp-cve-2023-29059')!;
    expect(inRanges('dotted', '18.0.7.312', threecx.affected)).toBe(true);
    expect(inRanges('dotted', '18.0.6.908', threecx.affected)).toBe(true);
    expect(inRanges('dotted', '18.0.5.418', threecx.affected)).toBe(false);
    expect(inRanges('dotted', '16.0.8.9', threecx.affected)).toBe(false);
    expect(inRanges('dotted', '20.0.1.597', threecx.affected)).toBe(false);
  });
});

describe('matching: no version, no verdict', () => {
  it('gives nothing without a version, for another component, or for an unreadable version', () => {
    expect(matchAdvisories(SHIPPED_ADVISORIES, 'glpi', [])).toEqual([]);
    expect(matchAdvisories(SHIPPED_ADVISORIES, 'freepbx', [{ component: 'framework', version: '16.0.40', evidence: '' }])).toEqual([]);
    expect(matchAdvisories(SHIPPED_ADVISORIES, 'glpi', [{ version: 'ten', evidence: '' }])).toEqual([]);
  });

  it('names the CVEs, KEV dates, the fix and the vendor advisory for an affected version', () => {
    const [f, ...rest] = matchAdvisories(SHIPPED_ADVISORIES, 'glpi', [{ version: '10.0.2', evidence: 'e' }]);
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ advisoryId: 'glpi-cve-2022-35914', version: '10.0.2', cves: [{ id: 'CVE-2022-35914', kevDateAdded: '2023-03-07' }], url: 'https://glpi-project.org/fr/glpi-10-0-3-disponible/' });
    expect(f!.fix.de).toMatch(/10\.0\.3/);
    const sdp = matchAdvisories(SHIPPED_ADVISORIES, 'manageengine-servicedesk-plus', [{ version: '11305', evidence: '' }]);
    expect(sdp.map((x) => x.advisoryId)).toEqual(['sdp-cve-2021-44077', 'sdp-cve-2022-47966']);
    expect(matchAdvisories(SHIPPED_ADVISORIES, 'manageengine-servicedesk-plus', [{ version: '14003', evidence: '' }]).map((x) => x.advisoryId)).toEqual(['sdp-cve-2022-47966']);
    expect(matchAdvisories(SHIPPED_ADVISORIES, 'manageengine-servicedesk-plus', [{ version: '14004', evidence: '' }])).toEqual([]);
  });
});

describe('the shipped table', () => {
  it('is valid in the documented schema, one id each, every entry with vendor and NVD sources and KEV where dated', () => {
    const ids = new Set<string>();
    for (const a of SHIPPED_ADVISORIES) {
      expect(AdvisorySchema.safeParse(a).success, a.id).toBe(true);
      expect(ids.has(a.id), a.id).toBe(false);
      ids.add(a.id);
      expect(a.sources.nvd?.length, a.id).toBeGreaterThan(0);
      if (a.cves.some((c) => c.kevDateAdded)) expect(a.sources.kev, a.id).toMatch(/^https:\/\/www\.cisa\.gov\//);
    }
    const cves = SHIPPED_ADVISORIES.flatMap((a) => a.cves.map((c) => c.id)).sort();
    expect(cves).toEqual(['CVE-2021-44077', 'CVE-2022-35914', 'CVE-2022-47966', 'CVE-2023-29059', 'CVE-2023-47246', 'CVE-2024-41713', 'CVE-2024-55550', 'CVE-2025-57819']);
  });
});

describe('the feed', () => {
  const good: Advisory = {
    id: 'acme-glpi-2099',
    product: 'glpi',
    scheme: 'dotted',
    affected: [{ introduced: '10.0.0', fixed: '10.0.17' }],
    cves: [{ id: 'CVE-2099-0001' }],
    title: { en: 'Test', de: 'Test' },
    fix: { en: 'Update', de: 'Aktualisieren' },
    sources: { vendor: 'https://glpi-project.org/' },
  };
  const feed = (advisories: unknown[]) => JSON.stringify({ format: FEED_FORMAT, advisories });

  it('keeps valid entries and names each invalid one by index and id, without breaking the rest', () => {
    const parsed = parseFeed(
      feed([
        good,
        { ...good, id: 'bad-url', sources: { vendor: 'http://insecure.example/' } },
        { ...good, id: 'bad-range', affected: [{ fixed: 'latest' }] },
        'not an object',
        { ...good, id: 'extra', password: 'x' },
        good,
      ]),
    );
    expect(parsed.advisories).toEqual([good]);
    expect(parsed.problems.map((p) => [p.index, p.id])).toEqual([
      [1, 'bad-url'],
      [2, 'bad-range'],
      [3, undefined],
      [4, 'extra'],
      [5, 'acme-glpi-2099'],
    ]);
    expect(parsed.problems[0]!.message).toMatch(/https/);
  });

  it('refuses a feed that is not one as a whole (the last good copy then stays)', () => {
    expect(parseFeed('<html>down for maintenance</html>').advisories).toBeNull();
    expect(parseFeed(JSON.stringify({ format: 'other/1', advisories: [] })).advisories).toBeNull();
    expect(parseFeed(JSON.stringify({ format: FEED_FORMAT })).advisories).toBeNull();
    expect(parseFeed('[]').advisories).toBeNull();
    expect(parseFeed(feed([])).advisories).toEqual([]);
  });

  it('merges with the shipped table: new ids are added, a shipped id is replaced', () => {
    const replaced = { ...SHIPPED_ADVISORIES.find((a) => a.id === 'glpi-cve-2022-35914')!, affected: [{ fixed: '10.0.4' }] };
    const merged = mergeAdvisories(SHIPPED_ADVISORIES, [good, replaced]);
    expect(merged).toHaveLength(SHIPPED_ADVISORIES.length + 1);
    expect(merged.find((a) => a.id === 'glpi-cve-2022-35914')!.affected).toEqual([{ fixed: '10.0.4' }]);
    expect(matchAdvisories(merged, 'glpi', [{ version: '10.0.16', evidence: '' }]).map((f) => f.advisoryId)).toEqual(['acme-glpi-2099']);
  });

  it('bounds what a page sends as facts', () => {
    const facts = boundFacts({ urls: [...Array(1000).keys()].map(String).concat(['x'.repeat(5000)]), metas: [{ name: 'A', content: 'b' }, 3], text: 'y'.repeat(100_000) });
    expect(facts!.urls).toHaveLength(300);
    expect(facts!.metas).toEqual([{ name: 'a', content: 'b' }]);
    expect(facts!.text).toHaveLength(6000);
    expect(boundFacts('nope')).toBeNull();
  });
});

describe('the documented format', () => {
  it('docs/advisories.schema.json is what `npm run advisories-schema` writes from the zod schema', async () => {
    const { schemaText, SCHEMA_PATH } = await import('../../scripts/advisories-schema');
    expect(readFileSync(SCHEMA_PATH, 'utf8')).toBe(schemaText());
  });

  it('the example feed in docs/ is valid, entry by entry', () => {
    const parsed = parseFeed(readFileSync('docs/advisories.example.json', 'utf8'));
    expect(parsed.problems).toEqual([]);
    expect(parsed.advisories).toHaveLength(2);
  });
});
