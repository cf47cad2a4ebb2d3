import type { PageFacts, VersionSeen } from '../facts';
import type { ProductAdvisories } from './types';

/**
 * 3CX builds are `major.0.update.build` (`18.0.7.312`: V18 Update 7). The console shows the build as text (version
 * line of the dashboard / about box; the web client bundles `name:"Webclient",version:"18.0.3.461"`, which is read
 * only where the page shows it as text).
 */
const VERSION_TEXT = /\b(?:3CX[^\n]{0,40}?|version|versión|build)\s*:?\s*v?(?<![\d.])((?:16|18|20)\.0\.\d{1,2}\.\d{1,5})(?![\d.])/i;

function extract(facts: PageFacts): VersionSeen[] {
  const meta = facts.metas.find((m) => /^(generator|version|application-version)$/.test(m.name) && /^(?:3CX\s*)?v?(?:16|18|20)\.0\.\d{1,2}\.\d{1,5}$/i.test(m.content.trim()));
  if (meta) {
    const version = /(\d+\.0\.\d+\.\d+)/.exec(meta.content)![1]!;
    return [{ version, evidence: `<meta name="${meta.name}"> ${version}` }];
  }
  const m = VERSION_TEXT.exec(facts.text);
  return m ? [{ version: m[1]!, evidence: `“${m[0].trim().slice(0, 80)}”` }] : [];
}

/**
 * The March 2023 supply-chain compromise (3CX's notice in ../shared/seeds): Electron desktop-app builds shipped with
 * V18 Update 6 and 7 carried a trojan. The advice goes to V18 servers from Update 6 on, whose console distributes the
 * desktop app.
 */
export const THREECX: ProductAdvisories = {
  products: ['3cx'],
  extract,
  advisories: [
    {
      id: '3cx-desktopapp-cve-2023-29059',
      product: '3cx',
      scheme: 'dotted',
      affected: [{ introduced: '18.0.6', fixed: '19' }],
      cves: [{ id: 'CVE-2023-29059' }],
      title: {
        en: 'Desktop app supply-chain compromise: Electron app builds 18.12.407 and 18.12.416 (Windows) and 18.11.1213, 18.12.402, 18.12.407, 18.12.416 (Mac) carried a trojan',
        de: 'Kompromittierte Desktop-App (Lieferkette): die Electron-App-Versionen 18.12.407 und 18.12.416 (Windows) sowie 18.11.1213, 18.12.402, 18.12.407, 18.12.416 (Mac) enthielten einen Trojaner',
      },
      fix: {
        en: 'Install the server’s latest update (desktop apps 18.12.422 under Updates), uninstall the Electron desktop app on every client and use the web client’s PWA instead, as 3CX recommends.',
        de: 'Neuestes Update des Servers installieren (Desktop-Apps 18.12.422 unter Updates), die Electron-Desktop-App auf allen Clients deinstallieren und stattdessen die PWA des Webclients verwenden, wie 3CX empfiehlt.',
      },
      sources: {
        vendor: 'https://www.3cx.com/blog/news/desktopapp-security-alert-updates/',
        nvd: ['https://nvd.nist.gov/vuln/detail/CVE-2023-29059'],
      },
    },
  ],
};
