import { useEffect, useState } from 'preact/hooks';
import type { TabRatingInfo } from '../core';
import { local, shownDay, t } from '../ui/i18n';
import { request } from '../ui/messaging';

/** The tab's last password rating (verdict and failed rules, never the password) and the console's weak login. */
export function RatingSection({ tabId }: { tabId: number }) {
  const [info, setInfo] = useState<TabRatingInfo | null>(null);
  useEffect(() => {
    request('rating/forTab', { tabId }).then(setInfo, () => setInfo(null));
  }, [tabId]);
  if (!info) return null;
  const { last, weakLogin } = info;
  return (
    <section class="rating" data-testid="rating">
      <h2>{t('ratingTitle')}</h2>
      {last && (
        <div data-testid="rating-last" data-passes={String(last.passes)}>
          <div class={last.passes ? 'verdict-trusted' : 'verdict-lookalike'}>{t(last.passes ? 'ratingPasses' : 'ratingFails', t(`tierShort_${last.tier}`))}</div>
          {last.failed.length > 0 && (
            <ul>
              {last.reasons
                .filter((r) => r.severity === 'fail')
                .map((r) => (
                  <li key={r.rule} data-rule={r.rule}>
                    {local(r)}
                  </li>
                ))}
            </ul>
          )}
        </div>
      )}
      {weakLogin && (
        <div class="verdict-unknown" data-testid="rating-weak-login" data-failed={weakLogin.failed.join(' ')}>
          {t('ratingWeakLogin', shownDay(weakLogin.at))}
        </div>
      )}
    </section>
  );
}
