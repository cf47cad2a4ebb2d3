import { useEffect, useState } from 'preact/hooks';
import type { RecoveryStatus } from '../core';
import { local, shownDate, t } from '../ui/i18n';
import { request } from '../ui/messaging';

/** The tab's console's recovery email: its findings, and "I can receive mail at it today". */
export function RecoverySection({ tabId }: { tabId: number }) {
  const [status, setStatus] = useState<RecoveryStatus | null>(null);
  const [error, setError] = useState('');
  const load = () => request('recovery/forTab', { tabId }).then(setStatus, (e: Error) => setError(e.message));
  useEffect(() => void load(), [tabId]);
  if (!status) return error ? <p class="verdict-lookalike">{error}</p> : null;

  const confirm = async () => {
    const res = await request('recovery/confirm', { tabId });
    if (!res.ok) setError(res.problems.map((p) => p.message).join('; '));
    await load();
  };
  return (
    <section class="recovery" data-testid="recovery">
      <h2>{t('recoveryTitle')}</h2>
      {status.email ? <div>{status.email}</div> : <div class="muted">{t('recoveryNone')}</div>}
      {status.verifiedAt && <div class="muted">{t('recoveryConfirmed', shownDate(status.verifiedAt))}</div>}
      {status.findings.length === 0 ? (
        <div class="verdict-trusted">{t('recoveryAllGood')}</div>
      ) : (
        <ul class="findings">
          {status.findings.map((f) => (
            <li key={f.id} data-finding={f.id} class={f.severity === 'high' ? 'verdict-lookalike' : 'verdict-unknown'}>
              {local(f)}
            </li>
          ))}
        </ul>
      )}
      {status.email && status.canConfirm && (
        <button type="button" data-testid="recovery-confirm" onClick={() => void confirm()}>
          {t('recoveryConfirm', status.email)}
        </button>
      )}
      {!status.canConfirm && <div class="locked">{t('recoveryManaged')}</div>}
      {error && <p class="verdict-lookalike">{error}</p>}
    </section>
  );
}
