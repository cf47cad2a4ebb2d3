import { mostCommon, pathOf, type PageFacts, type VersionSeen } from '../facts';
import type { ProductAdvisories } from './types';

/**
 * ServiceDesk Plus appends its build number as the bare query of its own scripts and style sheets
 * (`/scripts/Login.js?14103`, `/style/loginstyle.css?14103`); build numbers are the vendor's version scheme
 * (11306 is "11.3 build 11306").
 */
function extract(facts: PageFacts): VersionSeen[] {
  const candidates: VersionSeen[] = [];
  for (const url of facts.urls) {
    const m = /\?(\d{4,5})$/.exec(url);
    if (!m || !/\.(js|css)$/i.test(pathOf(url))) continue;
    candidates.push({ version: m[1]!, evidence: `${pathOf(url).split('/').pop()}?${m[1]}` });
  }
  const best = mostCommon(candidates);
  return best ? [best] : [];
}

export const MANAGEENGINE: ProductAdvisories = {
  products: ['manageengine-servicedesk-plus'],
  extract,
  advisories: [
    {
      id: 'sdp-cve-2021-44077',
      product: 'manageengine-servicedesk-plus',
      scheme: 'build',
      affected: [{ fixed: '11306' }],
      cves: [{ id: 'CVE-2021-44077', kevDateAdded: '2021-12-01' }],
      title: {
        en: 'Unauthenticated remote code execution (ServiceDesk Plus before build 11306)',
        de: 'Codeausführung aus der Ferne ohne Anmeldung (ServiceDesk Plus vor Build 11306)',
      },
      fix: {
        en: 'Upgrade ServiceDesk Plus to build 11306 or later, then check the server for signs of compromise.',
        de: 'ServiceDesk Plus auf Build 11306 oder neuer aktualisieren und den Server danach auf Spuren eines Angriffs prüfen.',
      },
      sources: {
        vendor: 'https://pitstop.manageengine.com/portal/en/community/topic/security-advisory-for-cve-2021-44077-unauthenticated-rce-vulnerability-in-servicedesk-plus-versions-up-to-11305-22-11-2021',
        kev: 'https://www.cisa.gov/known-exploited-vulnerabilities-catalog?search_api_fulltext=CVE-2021-44077',
        nvd: ['https://nvd.nist.gov/vuln/detail/CVE-2021-44077'],
      },
    },
    {
      id: 'sdp-cve-2022-47966',
      product: 'manageengine-servicedesk-plus',
      scheme: 'build',
      affected: [{ fixed: '14004' }],
      cves: [{ id: 'CVE-2022-47966', kevDateAdded: '2023-01-23' }],
      title: {
        en: 'Unauthenticated remote code execution through the outdated Apache Santuario library, where SAML single sign-on is or was ever enabled',
        de: 'Codeausführung aus der Ferne ohne Anmeldung über die veraltete Bibliothek Apache Santuario, wenn SAML-Single-Sign-on aktiv ist oder je war',
      },
      fix: {
        en: 'Upgrade ServiceDesk Plus to build 14004 or later.',
        de: 'ServiceDesk Plus auf Build 14004 oder neuer aktualisieren.',
      },
      sources: {
        vendor: 'https://www.manageengine.com/security/advisory/CVE/cve-2022-47966.html',
        kev: 'https://www.cisa.gov/known-exploited-vulnerabilities-catalog?search_api_fulltext=CVE-2022-47966',
        nvd: ['https://nvd.nist.gov/vuln/detail/CVE-2022-47966'],
      },
    },
  ],
};
