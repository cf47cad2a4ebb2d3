import { useEffect, useState } from 'preact/hooks';
import { t } from '../ui/i18n';
import { Field } from './Options';

const CLIPBOARD_READ: chrome.permissions.Permissions = { permissions: ['clipboardRead'] };

/**
 * "Clear only if the clipboard still holds the copied credential" needs to read the clipboard, which Chrome
 * warns about at install ("Read data you copy and paste"). So clipboardRead is optional: it is asked for here,
 * from the click that turns the option on, and given back when the option is turned off.
 */
export function ClipboardOption({ value, locked, onChange }: { value: boolean; locked: boolean; onChange: (on: boolean) => void }) {
  const [granted, setGranted] = useState<boolean | null>(null);
  const [note, setNote] = useState('');
  useEffect(() => void chrome.permissions.contains(CLIPBOARD_READ).then(setGranted), []);

  const ask = async (): Promise<boolean> => {
    let ok = false;
    try {
      ok = await chrome.permissions.request(CLIPBOARD_READ);
    } catch (e) {
      console.warn('Admin Console Guard: clipboardRead request failed:', e);
    }
    setGranted(ok);
    setNote(ok ? '' : t('clipboardPermissionDenied'));
    return ok;
  };

  const toggle = async (on: boolean) => {
    if (on) return onChange(await ask());
    onChange(false);
    setNote('');
    await chrome.permissions.remove(CLIPBOARD_READ).catch(() => false);
    setGranted(false);
  };

  return (
    <Field label={t('setting_clipboardClearOnlyIfUnchanged')} help={t('setting_clipboardClearOnlyIfUnchanged_help')} locked={locked} inline>
      <input
        type="checkbox"
        name="clipboardClearOnlyIfUnchanged"
        checked={value}
        disabled={locked}
        onChange={(e) => {
          // The box shows the setting, not the click: it stays off while the browser asks, and off if declined.
          const on = e.currentTarget.checked;
          e.currentTarget.checked = value;
          void toggle(on);
        }}
      />
      {value && granted === false && (
        <span class="muted" data-testid="clipboard-permission-missing">
          {t('clipboardPermissionMissing')}{' '}
          <button type="button" onClick={() => void ask()}>
            {t('clipboardPermissionGrant')}
          </button>
        </span>
      )}
      {note && (
        <span class="muted" role="status" data-testid="clipboard-permission-note">
          {note}
        </span>
      )}
    </Field>
  );
}
