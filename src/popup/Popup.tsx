import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import type { SettingsView, TabVerdict } from '../core';
import { local, t } from '../ui/i18n';
import { request } from '../ui/messaging';
import { AdvisorySection } from './AdvisorySection';
import { DoorsSection } from './DoorsSection';
import { GenerateSection } from './GenerateSection';
import { RatingSection } from './RatingSection';
import { ReuseProtection } from '../ui/ReuseProtection';
import { RecoverySection } from './RecoverySection';

/** The tab the popup speaks about: the active tab, or `?tab=ID` (used when the popup is opened as a page). */
async function targetTabId(): Promise<number | undefined> {
  const fromQuery = Number(new URLSearchParams(location.search).get('tab'));
  if (Number.isInteger(fromQuery) && fromQuery > 0) return fromQuery;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

export function Popup() {
  const [verdict, setVerdict] = useState<TabVerdict | null | undefined>(undefined);
  const [view, setView] = useState<SettingsView | null>(null);
  const [error, setError] = useState('');
  const [tabId, setTabId] = useState<number | undefined>(undefined);

  const load = async () => {
    const id = await targetTabId();
    setTabId(id);
    const [v, s] = await Promise.all([id === undefined ? null : request('tab/verdict', { tabId: id }), request('settings/get', {})]);
    setVerdict(v);
    setView(s);
  };
  useEffect(() => {
    load().catch((e: Error) => setError(e.message));
  }, []);

  const canAdd = !!verdict && !!view && tabId !== undefined && (verdict.origin.kind === 'unknown' || verdict.origin.kind === 'vendor') && verdict.origin.framedBy === undefined && !view.effective.locked.includes('consoles');
  const addOrigin = async () => {
    const res = await request('allowlist/addTab', { tabId: tabId!, frameId: verdict!.frameId, frameUrl: verdict!.frameUrl });
    if (!res.ok) setError(res.problems.map((p) => p.message).join('; '));
    await load();
  };

  const managed = view ? view.effective.locked.length > 0 : false;
  return (
    <main class="popup">
      <header>
        <img src="/icons/icon-32.png" alt="" width={20} height={20} />
        <strong>{t('extName')}</strong>
      </header>
      {error && <p class="verdict-lookalike">{error}</p>}
      {verdict === undefined && !error ? <p class="muted">…</p> : verdict ? <VerdictCard verdict={verdict} /> : <p data-testid="no-console">{t('popupNoConsole')}</p>}
      {canAdd && (
        <button type="button" class="primary add-origin" data-testid="add-origin" onClick={() => void addOrigin()}>
          {t('popupAddOrigin', new URL(verdict.frameUrl).host)}
        </button>
      )}
      {verdict && verdict.origin.kind !== 'lookalike' && tabId !== undefined && <DoorsSection tabId={tabId} trusted={verdict.origin.kind === 'trusted'} />}
      {verdict && verdict.origin.kind !== 'lookalike' && tabId !== undefined && <AdvisorySection tabId={tabId} productName={verdict.detection.productName} />}
      {verdict?.origin.kind === 'trusted' && tabId !== undefined && <RecoverySection tabId={tabId} />}
      {verdict && verdict.origin.kind !== 'lookalike' && tabId !== undefined && <RatingSection tabId={tabId} />}
      <ReuseProtection compact />
      <GenerateSection {...(tabId !== undefined ? { tabId } : {})} />
      {view && (
        <footer>
          <div class="muted" data-testid="tier">
            {t('popupTier', t(`tier_${view.effective.values.passwordTier}`))}
          </div>
          <div class="muted">{t('popupKnownConsoles', String(view.effective.values.consoles.length))}</div>
          {managed && <div class="locked">{t('popupManaged')}</div>}
          <button type="button" onClick={() => void browser.runtime.openOptionsPage()}>
            {t('popupOpenOptions')}
          </button>
        </footer>
      )}
    </main>
  );
}

function VerdictCard({ verdict }: { verdict: TabVerdict }) {
  const { detection, origin } = verdict;
  return (
    <section class={`verdict verdict-card-${origin.kind}`} data-testid="verdict" data-kind={origin.kind}>
      <div class="product">{t('popupConsoleOn', [detection.productName, origin.host])}</div>
      <div class={`verdict-${origin.kind}`}>{t(`verdict_${origin.kind}`)}</div>
      {origin.kind === 'lookalike' && origin.lookalikeOf && <div class="verdict-lookalike">{t('badgeLookalike', [detection.productName, origin.lookalikeOf])}</div>}
      {origin.insecure && <div class="verdict-unknown">{t('verdictInsecure')}</div>}
      <details>
        <summary>{t('popupEvidence')}</summary>
        <div class="muted">{t('popupConfidence', t(`confidence_${detection.confidence}`))}</div>
        <ul>
          {detection.evidence.map((e) => (
            <li key={e.en}>{local(e)}</li>
          ))}
        </ul>
      </details>
    </section>
  );
}
