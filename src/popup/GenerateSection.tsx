import { useState } from 'preact/hooks';
import type { GenerateItem } from '../core';
import { local, t } from '../ui/i18n';
import { request } from '../ui/messaging';

const KINDS: { id: string; item: GenerateItem }[] = [
  { id: 'password', item: { kind: 'password' } },
  { id: 'passphraseEn', item: { kind: 'passphrase', language: 'en' } },
  { id: 'passphraseDe', item: { kind: 'passphrase', language: 'de' } },
  { id: 'pin', item: { kind: 'pin' } },
  { id: 'authId', item: { kind: 'authId' } },
];

/**
 * Generate and copy a password, passphrase, voicemail PIN or SIP auth ID. The copy goes through the extension's
 * offscreen document, which clears the clipboard after `clipboardClearSeconds` (only if it still holds the value
 * when the user opted in and granted clipboardRead):
 * the popup closes long before a timer of its own could fire.
 */
export function GenerateSection({ tabId }: { tabId?: number }) {
  const [kind, setKind] = useState('password');
  const [value, setValue] = useState('');
  const [bits, setBits] = useState<number | null>(null);
  const [status, setStatus] = useState('');

  const generate = async () => {
    setStatus('');
    const item = KINDS.find((k) => k.id === kind)!.item;
    try {
      const res = await request('generate/credential', { item, ...(tabId !== undefined ? { tabId } : {}) });
      if ('error' in res) {
        setValue('');
        setBits(null);
        setStatus(local(res.error));
      } else {
        setValue(res.values[0] ?? '');
        setBits(res.entropyBits[0] ?? null);
      }
    } catch (e) {
      setStatus((e as Error).message);
    }
  };

  const copy = async () => {
    try {
      const res = await request('clipboard/copy', { text: value });
      setStatus(!res.ok ? t('copyFailed') : res.clearAfterSeconds <= 0 ? t('copiedNoClear') : t(res.onlyIfUnchanged ? 'copiedClears' : 'clipboardCopiedClearsAlways', String(res.clearAfterSeconds)));
    } catch {
      setStatus(t('copyFailed'));
    }
  };

  return (
    <section class="generate" data-testid="generate">
      <h2>{t('generateTitle')}</h2>
      <div class="row">
        <label>
          <span class="sr-only">{t('generateKindLabel')}</span>
          <select data-testid="generate-kind" aria-label={t('generateKindLabel')} value={kind} onChange={(e) => setKind((e.target as HTMLSelectElement).value)}>
            {KINDS.map((k) => (
              <option key={k.id} value={k.id}>
                {t(`generateKind_${k.id}`)}
              </option>
            ))}
          </select>
        </label>
        <button type="button" data-testid="generate-button" onClick={() => void generate()}>
          {t('generateButton')}
        </button>
      </div>
      {value && (
        <>
          <output class="generated" data-testid="generated-value">
            {value}
          </output>
          {bits !== null && <div class="muted">{t('entropyBits', String(Math.round(bits)))}</div>}
          <div class="row">
            <button type="button" class="primary" data-testid="copy-button" onClick={() => void copy()}>
              {t('copyButton')}
            </button>
          </div>
          <div class="muted">{t('generateReminder')}</div>
        </>
      )}
      {status && (
        <div role="status" data-testid="generate-status">
          {status}
        </div>
      )}
    </section>
  );
}
