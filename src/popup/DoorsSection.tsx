import { useEffect, useState } from 'preact/hooks';
import type { RecoveryStatus, SignInStatus, TabRatingInfo } from '../core';
import { local, shownDay, t } from '../ui/i18n';
import { request } from '../ui/messaging';

type Tone = 'good' | 'bad' | 'unknown';

/** Which recovery finding names the door's state: the one that needs the user most. */
const RECOVERY_ORDER = ['recoveryEmailChanged', 'recoveryEmailMissing', 'recoveryEmailStale', 'recoveryEmailUnverified'] as const;

function passwordDoor(info: TabRatingInfo | null): { text: string; tone: Tone } {
  if (info?.weakLogin) return { text: t('doorPasswordWeak', shownDay(info.weakLogin.at)), tone: 'bad' };
  if (info?.last?.form === 'login' && info.last.role === 'current') return info.last.passes ? { text: t('doorPasswordOk'), tone: 'good' } : { text: t('doorPasswordWeak', shownDay(info.last.at)), tone: 'bad' };
  return { text: t('doorPasswordUnknown'), tone: 'unknown' };
}

function recoveryDoor(status: RecoveryStatus | null): { text: string; tone: Tone; id: string } {
  if (!status) return { text: t('doorRecovery_unknown'), tone: 'unknown', id: 'unknown' };
  const id = RECOVERY_ORDER.find((f) => status.findings.some((x) => x.id === f));
  return id ? { text: t(`doorRecovery_${id}`), tone: 'bad', id } : { text: t('doorRecovery_ok'), tone: 'good', id: 'ok' };
}

const SECOND_FACTOR_TONE: Record<SignInStatus['door'], Tone> = { seen: 'good', sso: 'good', notSeen: 'bad', unknown: 'unknown' };

/**
 * The three doors into the tab's console at a glance: the password (the last sign-in's verdict), the recovery email
 * (its state) and the second factor (seen, not seen, owned by an identity provider, or unknown).
 */
export function DoorsSection({ tabId, trusted }: { tabId: number; trusted: boolean }) {
  const [rating, setRating] = useState<TabRatingInfo | null>(null);
  const [recovery, setRecovery] = useState<RecoveryStatus | null>(null);
  const [signin, setSignin] = useState<SignInStatus | null | undefined>(undefined);
  useEffect(() => {
    request('rating/forTab', { tabId }).then(setRating, () => setRating(null));
    if (trusted) request('recovery/forTab', { tabId }).then(setRecovery, () => setRecovery(null));
    request('signin/forTab', { tabId }).then(setSignin, () => setSignin(null));
  }, [tabId, trusted]);
  if (signin === undefined) return null;

  const password = passwordDoor(rating);
  const mail = recoveryDoor(recovery);
  const door = signin?.door ?? 'unknown';
  return (
    <section class="doors" data-testid="doors">
      <h2>{t('doorsTitle')}</h2>
      <dl>
        <dt>{t('doorPassword')}</dt>
        <dd class={`door-${password.tone}`} data-testid="door-password">
          {password.text}
        </dd>
        <dt>{t('doorRecovery')}</dt>
        <dd class={`door-${mail.tone}`} data-testid="door-recovery" data-state={mail.id}>
          {mail.text}
        </dd>
        <dt>{t('doorSecondFactor')}</dt>
        <dd class={`door-${SECOND_FACTOR_TONE[door]}`} data-testid="door-second-factor" data-state={door}>
          {t(`doorSecondFactor_${door}`)}
        </dd>
      </dl>
      {signin?.last && <div class="muted">{local(signin.last)}</div>}
      {signin?.finding && (
        <div class="door-finding" data-finding="noSecondFactor">
          <div>{local(signin.finding.text)}</div>
          {signin.finding.switchOn && <div class="muted">{t('signinSwitchOn', local(signin.finding.switchOn))}</div>}
          {signin.required && <div class="locked">{t('signinRequired')}</div>}
        </div>
      )}
    </section>
  );
}
