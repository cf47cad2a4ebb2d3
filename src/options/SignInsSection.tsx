import { useEffect, useState } from 'preact/hooks';
import type { SignInStatus } from '../core';
import { local, t } from '../ui/i18n';
import { request } from '../ui/messaging';

/** Every console with a watched sign-in: the second-factor door, the last sign-in, and the finding with where to switch 2FA on. */
export function SignInsSection() {
  const [list, setList] = useState<SignInStatus[] | null>(null);
  useEffect(() => {
    request('signin/all', {}).then(setList, () => setList([]));
  }, []);
  if (!list) return null;
  return (
    <div class="signins" data-testid="signins">
      {list.length === 0 && <p class="muted">{t('signinOptionsNone')}</p>}
      {list.map((s) => (
        <div key={`${s.product}|${s.origin}`} class="console-card" data-testid="signin-console" data-door={s.door}>
          <div class="console-head">
            <strong>{s.name}</strong> <code>{s.origin}</code>
          </div>
          <div>
            {t('doorSecondFactor')}: {t(`doorSecondFactor_${s.door}`)}
          </div>
          {s.last && <div class="muted">{local(s.last)}</div>}
          {s.finding && (
            <div class="verdict-unknown" data-finding="noSecondFactor">
              <div>{local(s.finding.text)}</div>
              {s.finding.switchOn && <div>{t('signinSwitchOn', local(s.finding.switchOn))}</div>}
            </div>
          )}
        </div>
      ))}
    </div>
  );
}
