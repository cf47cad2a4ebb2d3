import { useEffect, useState } from 'preact/hooks';
import type { AdvisoryFinding } from '../core';
import { local, t } from '../ui/i18n';
import { request } from '../ui/messaging';

/** Known vulnerabilities of the version the tab's console revealed (nothing when it revealed none). */
export function AdvisorySection({ tabId, productName }: { tabId: number; productName: string }) {
  const [findings, setFindings] = useState<AdvisoryFinding[] | null>(null);
  useEffect(() => void request('advisory/forTab', { tabId }).then(setFindings, () => setFindings(null)), [tabId]);
  if (!findings?.length) return null;
  return (
    <section class="advisories" data-testid="advisories">
      <h2 class="verdict-lookalike">{t('advisoryPopupTitle')}</h2>
      {findings.map((f) => {
        const version = f.component ? `${f.component} ${f.version}` : f.version;
        return (
          <div key={`${f.advisoryId}|${f.version}`} class="advisory" data-advisory={f.advisoryId}>
            <div>
              <strong>{t('advisoryBannerTitle', [productName, version])}</strong>
            </div>
            <div>{local(f.title)}</div>
            <ul>
              {f.cves.map((c) => (
                <li key={c.id} data-cve={c.id} class={c.kevDateAdded ? 'verdict-lookalike' : 'verdict-unknown'}>
                  {c.kevDateAdded ? t('advisoryKev', [c.id, c.kevDateAdded]) : t('advisoryNotKev', c.id)}
                </li>
              ))}
            </ul>
            <div>{t('advisoryFix', local(f.fix))}</div>
            <div class="muted">{t('advisoryVersionSeen', [version, f.evidence])}</div>
            <a href={f.url} target="_blank" rel="noopener noreferrer">
              {t('advisoryLink')}
            </a>
          </div>
        );
      })}
    </section>
  );
}
