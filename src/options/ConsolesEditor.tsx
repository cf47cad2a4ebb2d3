import type { ConsoleEntry, EffectiveConsole } from '../core';
import { CATALOGUE } from '../core';
import { t } from '../ui/i18n';

interface Props {
  policyConsoles: EffectiveConsole[];
  consoles: ConsoleEntry[];
  locked: boolean;
  onChange: (c: ConsoleEntry[]) => void;
  /** "I can receive mail at it today" for the user's console at this index (of `consoles`). */
  onConfirm: (index: number) => void;
}

const productName = (id: string) => CATALOGUE.find((s) => s.id === id)?.name ?? id;
/** A cleared address takes its confirmation with it: a date without an address would confirm nothing. */
const recoveryEmailPatch = (value: string): Partial<ConsoleEntry> => (value.trim() ? { recoveryEmail: value.trim() } : { recoveryEmail: undefined, recoveryEmailVerifiedAt: undefined });
const lines = (s: string) => s.split('\n').map((o) => o.trim()).filter(Boolean);

export function ConsolesEditor({ policyConsoles, consoles, locked, onChange, onConfirm }: Props) {
  const update = (i: number, patch: Partial<ConsoleEntry>) => onChange(consoles.map((c, j) => (j === i ? { ...c, ...patch } : c)));
  return (
    <div class="consoles" data-testid="consoles">
      {locked && <span class="locked">{t('optionsLocked')}</span>}
      {policyConsoles.length === 0 && consoles.length === 0 && <p class="muted">{t('consoleNone')}</p>}
      {policyConsoles.map((c, i) => (
        <div key={`p${i}`} class="console-card from-policy" data-testid="policy-console">
          <div class="console-head">
            <strong>{c.label ?? productName(c.product)}</strong> <span class="muted">{productName(c.product)}</span>
            <span class="locked">{t('consoleFromPolicy')}</span>
          </div>
          <code>{c.origins.join('  ')}</code>
          {c.recoveryEmail && (
            <div class="muted">
              {t('consoleRecoveryEmail')}: {c.recoveryEmail}
              {c.recoveryEmailVerifiedAt && ` · ${t('recoveryConfirmed', c.recoveryEmailVerifiedAt)}`}
            </div>
          )}
        </div>
      ))}
      {consoles.map((c, i) => (
        <fieldset key={`u${i}`} class="console-card" data-testid="user-console" disabled={locked}>
          <label>
            <span>{t('consoleLabel')}</span>
            <input value={c.label ?? ''} onInput={(e) => update(i, { label: e.currentTarget.value || undefined })} />
          </label>
          <label>
            <span>{t('consoleProduct')}</span>
            <select value={c.product} onChange={(e) => update(i, { product: e.currentTarget.value })}>
              {CATALOGUE.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.name}
                </option>
              ))}
              {!CATALOGUE.some((s) => s.id === c.product) && <option value={c.product}>{c.product}</option>}
            </select>
          </label>
          <label class="wide">
            <span>{t('consoleOrigins')}</span>
            <textarea rows={Math.max(2, c.origins.length)} value={c.origins.join('\n')} onInput={(e) => update(i, { origins: lines(e.currentTarget.value) })} />
          </label>
          <label>
            <span>{t('consoleRecoveryEmail')}</span>
            <input type="email" value={c.recoveryEmail ?? ''} onInput={(e) => update(i, recoveryEmailPatch(e.currentTarget.value))} />
          </label>
          <div class="confirm">
            <span>{c.recoveryEmailVerifiedAt ? t('recoveryConfirmed', c.recoveryEmailVerifiedAt) : ''}</span>
            {c.recoveryEmail && (
              <button type="button" onClick={() => onConfirm(i)}>
                {t('recoveryConfirm', c.recoveryEmail)}
              </button>
            )}
          </div>
          <button type="button" class="remove" onClick={() => onChange(consoles.filter((_, j) => j !== i))}>
            {t('consoleRemove')}
          </button>
        </fieldset>
      ))}
      {!locked && (
        <button type="button" data-testid="add-console" onClick={() => onChange([...consoles, { product: CATALOGUE[0]?.id ?? 'generic-pbx', origins: [] }])}>
          {t('consoleAdd')}
        </button>
      )}
    </div>
  );
}
