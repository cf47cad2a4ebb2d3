import type { ProductAdvisories } from './types';

/**
 * MiCollab: no public fact shows a MiCollab page revealing its version without a request of its own, so there is
 * no extractor and the entries never give a verdict from a page (never a guess); they document the advisory and
 * serve as the template for a fleet feed.
 */
const SOURCES = {
  vendor: 'https://www.mitel.com/support/security-advisories/mitel-product-security-advisory-misa-2024-0029',
} as const;

export const MITEL: ProductAdvisories = {
  products: ['mitel-micollab'],
  advisories: [
    {
      id: 'micollab-cve-2024-41713',
      product: 'mitel-micollab',
      scheme: 'dotted',
      affected: [{ lastAffected: '9.8.1.201' }],
      cves: [{ id: 'CVE-2024-41713', kevDateAdded: '2025-01-07' }],
      title: {
        en: 'Path traversal in the NuPoint Unified Messaging component: unauthenticated access to provisioning data and administrative actions',
        de: 'Path Traversal in NuPoint Unified Messaging: Zugriff auf Provisionierungsdaten und Verwaltungsaktionen ohne Anmeldung',
      },
      fix: {
        en: 'Upgrade MiCollab to 9.8 SP2 (9.8.2.12) or later, or apply the patch from the advisory.',
        de: 'MiCollab auf 9.8 SP2 (9.8.2.12) oder neuer aktualisieren oder den Patch aus dem Advisory einspielen.',
      },
      sources: { ...SOURCES, kev: 'https://www.cisa.gov/known-exploited-vulnerabilities-catalog?search_api_fulltext=CVE-2024-41713', nvd: ['https://nvd.nist.gov/vuln/detail/CVE-2024-41713'] },
    },
    {
      id: 'micollab-cve-2024-55550',
      product: 'mitel-micollab',
      scheme: 'dotted',
      affected: [{ lastAffected: '9.8.1.201' }],
      cves: [{ id: 'CVE-2024-55550', kevDateAdded: '2025-01-07' }],
      title: {
        en: 'Path traversal: local files can be read; chained with CVE-2024-41713 without signing in',
        de: 'Path Traversal: lokale Dateien lesbar; verkettet mit CVE-2024-41713 ohne Anmeldung',
      },
      fix: {
        en: 'Upgrade MiCollab to 9.8 SP2 (9.8.2.12) or later (the vendor calls the issue substantially mitigated there).',
        de: 'MiCollab auf 9.8 SP2 (9.8.2.12) oder neuer aktualisieren (laut Hersteller dort weitgehend entschärft).',
      },
      sources: { ...SOURCES, kev: 'https://www.cisa.gov/known-exploited-vulnerabilities-catalog?search_api_fulltext=CVE-2024-55550', nvd: ['https://nvd.nist.gov/vuln/detail/CVE-2024-55550'] },
    },
  ],
};
