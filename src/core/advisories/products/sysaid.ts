import { mostCommon, pathOf, type PageFacts, type VersionSeen } from '../facts';
import type { ProductAdvisories } from './types';

/**
 * SysAid's login page tags its style sheet and script with the version and build: `master.css?v23.3.40b6`,
 * `ajaxTools.js?v23.3.40b6` (projectdiscovery/nuclei-templates http/exposed-panels/sysaid-panel.yaml reads the same).
 * The build after `b` does not matter for the advisories, which name releases.
 */
function extract(facts: PageFacts): VersionSeen[] {
  const candidates: VersionSeen[] = [];
  for (const url of facts.urls) {
    const m = /\?v(\d{1,3}\.\d{1,3}\.\d{1,3})(?:b\d{1,4})?$/.exec(url);
    if (!m || !/\/(master\.css|ajaxTools\.js)$/.test(pathOf(url))) continue;
    candidates.push({ version: m[1]!, evidence: `${pathOf(url).split('/').pop()}?v${url.split('?v')[1]}` });
  }
  const best = mostCommon(candidates);
  return best ? [best] : [];
}

export const SYSAID: ProductAdvisories = {
  products: ['sysaid'],
  extract,
  advisories: [
    {
      id: 'sysaid-cve-2023-47246',
      product: 'sysaid',
      scheme: 'dotted',
      affected: [{ fixed: '23.3.36' }],
      cves: [{ id: 'CVE-2023-47246', kevDateAdded: '2023-11-13' }],
      title: {
        en: 'Path traversal leading to code execution on the on-premises server (exploited by the Lace Tempest / Cl0p group)',
        de: 'Path Traversal bis zur Codeausführung auf dem lokal betriebenen Server (von der Gruppe Lace Tempest / Cl0p ausgenutzt)',
      },
      fix: {
        en: 'Update SysAid On-Prem to 23.3.36 or later and follow the advisory’s compromise assessment.',
        de: 'SysAid On-Prem auf 23.3.36 oder neuer aktualisieren und die Prüfung auf Kompromittierung aus dem Advisory durchführen.',
      },
      sources: {
        vendor: 'https://www.sysaid.com/blog/service-desk/on-premise-software-security-vulnerability-notification',
        kev: 'https://www.cisa.gov/known-exploited-vulnerabilities-catalog?search_api_fulltext=CVE-2023-47246',
        nvd: ['https://nvd.nist.gov/vuln/detail/CVE-2023-47246'],
      },
    },
  ],
};
