import { mostCommon, queryOf, type PageFacts, type VersionSeen } from '../facts';
import type { ProductAdvisories } from './types';

/**
 * FreePBX tags its assets with versions (framework `admin/libraries/view.functions.php`, as in IssabelPBX's copy of
 * it): the framework's own assets carry `?load_version=<framework version>`, a module's files are served as
 * `config.php?handler=file&module=<module>&file=…&load_version=<module version>`. The login page shows only the
 * framework; a module's version is seen on that module's own pages (Endpoint Manager for CVE-2025-57819).
 */
function extract(facts: PageFacts): VersionSeen[] {
  const framework: VersionSeen[] = [];
  const modules = new Map<string, VersionSeen[]>();
  for (const url of facts.urls) {
    const q = queryOf(url);
    const version = q.get('load_version')?.replace(/\.\d{9,}$/, ''); // FORCE_JS_CSS_IMG_DOWNLOAD appends a timestamp
    if (!version || !/^\d{1,4}(\.\d{1,6}){1,4}([.-]?(alpha|beta|rc)\d{0,4})?$/i.test(version)) continue;
    const module = q.get('module')?.toLowerCase();
    if (module && /^[a-z0-9_-]{1,64}$/.test(module)) {
      const list = modules.get(module) ?? [];
      list.push({ component: module, version, evidence: `module=${module}&load_version=${version}` });
      modules.set(module, list);
    } else framework.push({ component: 'framework', version, evidence: `load_version=${version}` });
  }
  const seen = [mostCommon(framework), ...[...modules.values()].map(mostCommon)];
  return seen.filter((s): s is VersionSeen => !!s);
}

export const FREEPBX: ProductAdvisories = {
  products: ['freepbx'],
  extract,
  advisories: [
    {
      id: 'freepbx-endpoint-cve-2025-57819',
      product: 'freepbx',
      component: 'endpoint',
      scheme: 'freepbx-module',
      affected: [
        { introduced: '15', fixed: '15.0.66' },
        { introduced: '16', fixed: '16.0.89' },
        { introduced: '17', fixed: '17.0.3' },
      ],
      cves: [{ id: 'CVE-2025-57819', kevDateAdded: '2025-08-29' }],
      title: {
        en: 'Endpoint Manager: unauthenticated access to the Administrator, SQL injection to remote code execution',
        de: 'Endpoint Manager: Zugriff auf die Administration ohne Anmeldung, SQL-Injection bis zur Codeausführung',
      },
      fix: {
        en: 'Update the endpoint module to 15.0.66, 16.0.89 or 17.0.3 or later; restrict the Administrator to trusted hosts (Firewall module); check for the indicators of compromise in the advisory.',
        de: 'Endpoint-Modul auf 15.0.66, 16.0.89 bzw. 17.0.3 oder neuer aktualisieren; die Administration nur vertrauenswürdigen Hosts zugänglich machen (Firewall-Modul); auf die Kompromittierungsmerkmale aus dem Advisory prüfen.',
      },
      sources: {
        vendor: 'https://github.com/FreePBX/security-reporting/security/advisories/GHSA-m42g-xg4c-5f3h',
        kev: 'https://www.cisa.gov/known-exploited-vulnerabilities-catalog?search_api_fulltext=CVE-2025-57819',
        nvd: ['https://nvd.nist.gov/vuln/detail/CVE-2025-57819'],
      },
    },
  ],
};
