import { mostCommon, pathOf, queryOf, type PageFacts, type VersionSeen } from '../facts';
import type { ProductAdvisories } from './types';

/**
 * GLPI appends its version to its own asset URLs (`/public/lib/base.min.js?v=10.0.16`, `/front/css.php?…&v=10.0.16`,
 * as on the login page rebuilt from glpi-project/glpi in test/fixtures/helpdesk/glpi-login.html); the most common
 * value wins, so a stray asset with a `v` of its own cannot outvote them.
 */
function extract(facts: PageFacts): VersionSeen[] {
  const candidates: VersionSeen[] = [];
  for (const url of facts.urls) {
    const v = queryOf(url).get('v');
    if (!v || !/^\d{1,2}\.\d{1,2}\.\d{1,3}(\.\d{1,3})?$/.test(v)) continue;
    if (!/\/(public\/lib|js|front|css|lib|pics)\//.test(pathOf(url))) continue;
    candidates.push({ version: v, evidence: `?v=${v}` });
  }
  const best = mostCommon(candidates);
  return best ? [best] : [];
}

export const GLPI: ProductAdvisories = {
  products: ['glpi'],
  extract,
  advisories: [
    {
      id: 'glpi-cve-2022-35914',
      product: 'glpi',
      scheme: 'dotted',
      affected: [{ fixed: '10.0.3' }],
      cves: [{ id: 'CVE-2022-35914', kevDateAdded: '2023-03-07' }],
      title: {
        en: 'Remote code execution through the bundled htmLawed test script (vendor/htmlawed/htmlawed/htmLawedTest.php)',
        de: 'Codeausführung aus der Ferne über das mitgelieferte htmLawed-Testskript (vendor/htmlawed/htmlawed/htmLawedTest.php)',
      },
      fix: {
        en: 'Update GLPI to 10.0.3 or later; until then delete vendor/htmlawed/htmlawed/htmLawedTest.php.',
        de: 'GLPI auf 10.0.3 oder neuer aktualisieren; bis dahin vendor/htmlawed/htmlawed/htmLawedTest.php löschen.',
      },
      sources: {
        vendor: 'https://glpi-project.org/fr/glpi-10-0-3-disponible/',
        kev: 'https://www.cisa.gov/known-exploited-vulnerabilities-catalog?search_api_fulltext=CVE-2022-35914',
        nvd: ['https://nvd.nist.gov/vuln/detail/CVE-2022-35914'],
      },
    },
  ],
};
