import type { ProductAdvisories } from './types';

/** SysAid On-Prem: no public fact of a passively readable version was found, so no extractor (never a guess). */
export const SYSAID: ProductAdvisories = {
  products: ['sysaid'],
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
