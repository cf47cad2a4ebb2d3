import { useEffect, useState } from 'preact/hooks';
import type { ReuseOverview } from '../core';
import { shownDay, t, uiLanguage } from './i18n';
import { request } from './messaging';

/** "ACME PBX and ACME helpdesk" / "ACME PBX und ACME Helpdesk". */
const listOf = (names: string[]) => new Intl.ListFormat(uiLanguage(), { type: 'conjunction' }).format(names);

/**
 * The consoles whose password is protected against reuse (with the date the fingerprint was taken, and remove),
 * and the finding that consoles share one password. Used by the popup and the options page.
 */
export function ReuseProtection({ compact = false }: { compact?: boolean }) {
  const [view, setView] = useState<ReuseOverview | null>(null);
  const [error, setError] = useState('');
  useEffect(() => void request('reuse/list', {}).then(setView, (e: Error) => setError(e.message)), []);
  if (!view) return error ? <p class="verdict-lookalike">{error}</p> : null;
  if (compact && view.consoles.length === 0 && view.shared.length === 0) return null;
  const remove = (key: string) => request('reuse/remove', { key }).then(setView, (e: Error) => setError(e.message));
  const date = (at: number) => shownDay(at);
  return (
    <section class="reuse" data-testid="reuse">
      {compact ? <h2>{t('reuseTitle')}</h2> : <h3>{t('reuseTitle')}</h3>}
      {view.problem && <p class="verdict-lookalike">{t('reuseProblem', view.problem)}</p>}
      {view.shared.map((names) => (
        <p class="verdict-lookalike" data-testid="reuse-shared" key={names.join('|')}>
          {t('reuseShared', listOf(names))}
        </p>
      ))}
      {!view.enabled ? (
        <p class="muted">{t('reuseOff')}</p>
      ) : view.consoles.length === 0 ? (
        <p class="muted">{t('reuseNone')}</p>
      ) : (
        <ul class="reuse-consoles">
          {view.consoles.map((c) => (
            <li key={c.key} data-testid="reuse-console" data-key={c.key}>
              <span>{c.name}</span> <span class="muted">{t('reuseSince', date(c.at))}</span>{' '}
              <button type="button" data-testid="reuse-remove" onClick={() => void remove(c.key)}>
                {t('reuseRemove')}
              </button>
            </li>
          ))}
        </ul>
      )}
      {error && <p class="verdict-lookalike">{error}</p>}
    </section>
  );
}
