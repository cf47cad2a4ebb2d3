import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { consoleKey, TIER_IDS, type ConsoleEntry, type SettingKey, type Settings, type SettingsProblem, type SettingsView } from '../core';
import { t } from '../ui/i18n';
import { request } from '../ui/messaging';
import { ClipboardOption } from './ClipboardOption';
import { ConsoleListTransfer } from './ConsoleListTransfer';
import { ConsolesEditor } from './ConsolesEditor';
import { CustomTierEditor } from './CustomTierEditor';
import { ReuseProtection } from '../ui/ReuseProtection';
import { ProblemList } from './ProblemList';
import { SignInsSection } from './SignInsSection';

type Draft = Omit<Settings, 'consoles'> & { consoles: ConsoleEntry[] };

function draftOf(view: SettingsView): Draft {
  const { consoles, ...rest } = view.effective.values;
  return { ...rest, consoles: consoles.filter((c) => c.source === 'user').map(({ source: _s, ...c }) => c) };
}

const lines = (s: string) => s.split('\n').map((l) => l.trim()).filter(Boolean);

/** `Name: value` lines to a header map; a line without a colon becomes a header the schema will name as invalid. */
const headerLines = (s: string): Record<string, string> =>
  Object.fromEntries(
    lines(s).map((l) => {
      const i = l.indexOf(':');
      return i < 0 ? [l, ''] : [l.slice(0, i).trim(), l.slice(i + 1).trim()];
    }),
  );

export function Options() {
  const [view, setView] = useState<SettingsView | null>(null);
  const [draft, setDraft] = useState<Draft | null>(null);
  const [status, setStatus] = useState<{ ok: boolean; problems?: SettingsProblem[]; text: string } | null>(null);

  const load = async () => {
    const v = await request('settings/get', {});
    setView(v);
    setDraft(draftOf(v));
  };
  useEffect(() => void load(), []);
  /** After a list import: the new allow-list, without discarding other unsaved edits. */
  const reloadConsoles = async () => {
    const v = await request('settings/get', {});
    setView(v);
    setDraft((d) => (d ? { ...d, consoles: draftOf(v).consoles } : draftOf(v)));
  };

  if (!view || !draft) return <main class="options">…</main>;
  const locked = (k: SettingKey) => view.effective.locked.includes(k);
  const set = <K extends keyof Draft>(k: K, v: Draft[K]) => setDraft({ ...draft, [k]: v });

  const save = async () => {
    const change: Partial<Settings> = {};
    for (const k of Object.keys(draft) as SettingKey[]) {
      if (locked(k)) continue;
      if (JSON.stringify(draft[k]) !== JSON.stringify(k === 'consoles' ? draftOf(view).consoles : view.effective.values[k])) (change as Record<string, unknown>)[k] = draft[k];
    }
    const res = await request('settings/update', { change, expectRevision: view.revision });
    setStatus(res.ok ? { ok: true, text: t('optionsSaved') } : { ok: false, problems: res.problems, text: t('transferImportFailed') });
    if (res.ok) await load();
  };

  const confirmRecovery = async (userIndex: number) => {
    const entry = draftOf(view).consoles[userIndex];
    if (!entry) return;
    const res = await request('recovery/confirm', { consoleKey: consoleKey(entry) });
    setStatus(res.ok ? { ok: true, text: t('optionsSaved') } : { ok: false, problems: res.problems, text: t('transferImportFailed') });
    if (res.ok) await load();
  };

  const exportFile = async () => {
    const { text } = await request('settings/export', {});
    const a = document.createElement('a');
    a.href = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
    a.download = 'admin-console-guard-settings.json';
    a.click();
    URL.revokeObjectURL(a.href);
  };
  const importFile = async (file: File | undefined) => {
    if (!file) return;
    const res = await request('settings/import', { text: await file.text() });
    setStatus(res.ok ? { ok: true, text: t('transferImported') } : { ok: false, problems: res.problems, text: t('transferImportFailed') });
    if (res.ok) await load();
  };

  return (
    <main class="options">
      <h1>{t('optionsTitle')}</h1>
      {view.problems.length > 0 && (
        <section class="problems" data-testid="settings-problems" role="alert">
          <strong>{t('optionsProblems')}</strong>
          <p class="muted">{t('optionsProblemsHelp')}</p>
          <ProblemList problems={view.problems} />
        </section>
      )}

      <h2>{t('sectionConsoles')}</h2>
      <ConsolesEditor
        policyConsoles={view.effective.values.consoles.filter((c) => c.source === 'policy')}
        consoles={draft.consoles}
        locked={locked('consoles')}
        onChange={(c) => set('consoles', c)}
        onConfirm={(i) => void confirmRecovery(i)}
      />
      <ConsoleListTransfer view={view} locked={locked('consoles')} onImported={() => void reloadConsoles()} />

      <h2>{t('sectionPasswords')}</h2>
      <Field label={t('setting_passwordTier')} help={t('setting_passwordTier_help')} locked={locked('passwordTier')}>
        <select name="passwordTier" value={draft.passwordTier} disabled={locked('passwordTier')} onChange={(e) => set('passwordTier', e.currentTarget.value as Draft['passwordTier'])}>
          {TIER_IDS.map((id) => (
            <option value={id} key={id}>
              {t(`tier_${id}`)}
            </option>
          ))}
        </select>
      </Field>
      {draft.passwordTier === 'custom' && <CustomTierEditor value={draft.customTier} locked={locked('customTier')} onChange={(v) => set('customTier', v)} />}
      <Field label={t('setting_breachCheck')} locked={locked('breachCheck')}>
        <select name="breachCheck" value={draft.breachCheck} disabled={locked('breachCheck')} onChange={(e) => set('breachCheck', e.currentTarget.value as Draft['breachCheck'])}>
          {(['off', 'offline', 'online'] as const).map((v) => (
            <option value={v} key={v}>
              {t(`breach_${v}`)}
            </option>
          ))}
        </select>
      </Field>
      <Field label={t('setting_clipboardClearSeconds')} locked={locked('clipboardClearSeconds')}>
        <input type="number" min={0} max={3600} name="clipboardClearSeconds" value={draft.clipboardClearSeconds} disabled={locked('clipboardClearSeconds')} onInput={(e) => set('clipboardClearSeconds', Number(e.currentTarget.value))} />
      </Field>
      <ClipboardOption value={draft.clipboardClearOnlyIfUnchanged} locked={locked('clipboardClearOnlyIfUnchanged')} onChange={(v) => set('clipboardClearOnlyIfUnchanged', v)} />

      <h2>{t('sectionWarnings')}</h2>
      <Field label={t('reuseSetting')} help={t('reuseSettingHelp')} locked={locked('reuseProtection')} inline>
        <input type="checkbox" name="reuseProtection" checked={draft.reuseProtection} disabled={locked('reuseProtection')} onChange={(e) => set('reuseProtection', e.currentTarget.checked)} />
      </Field>
      <ReuseProtection />
      <Field label={t('setting_lookalikeAction')} locked={locked('lookalikeAction')}>
        <select name="lookalikeAction" value={draft.lookalikeAction} disabled={locked('lookalikeAction')} onChange={(e) => set('lookalikeAction', e.currentTarget.value as Draft['lookalikeAction'])}>
          <option value="warn">{t('lookalike_warn')}</option>
          <option value="block">{t('lookalike_block')}</option>
        </select>
      </Field>
      <Field label={t('setting_protectedNames')} locked={locked('protectedNames')}>
        <textarea name="protectedNames" rows={2} value={draft.protectedNames.join('\n')} disabled={locked('protectedNames')} onInput={(e) => set('protectedNames', lines(e.currentTarget.value))} />
      </Field>
      <Field label={t('setting_unknownOriginAction')} locked={locked('unknownOriginAction')}>
        <select name="unknownOriginAction" value={draft.unknownOriginAction} disabled={locked('unknownOriginAction')} onChange={(e) => set('unknownOriginAction', e.currentTarget.value as Draft['unknownOriginAction'])}>
          <option value="warn">{t('unknown_warn')}</option>
          <option value="ignore">{t('unknown_ignore')}</option>
        </select>
      </Field>

      <h2>{t('sectionRecovery')}</h2>
      <Field label={t('setting_recoveryEmailMaxAgeDays')} locked={locked('recoveryEmailMaxAgeDays')}>
        <input type="number" min={1} max={3650} name="recoveryEmailMaxAgeDays" value={draft.recoveryEmailMaxAgeDays} disabled={locked('recoveryEmailMaxAgeDays')} onInput={(e) => set('recoveryEmailMaxAgeDays', Number(e.currentTarget.value))} />
      </Field>
      <Field label={t('setting_recoveryNotifications')} locked={locked('recoveryNotifications')} inline>
        <input type="checkbox" name="recoveryNotifications" checked={draft.recoveryNotifications} disabled={locked('recoveryNotifications')} onChange={(e) => set('recoveryNotifications', e.currentTarget.checked)} />
      </Field>
      <Field label={t('setting_orgEmailDomains')} locked={locked('orgEmailDomains')}>
        <textarea name="orgEmailDomains" rows={2} value={draft.orgEmailDomains.join('\n')} disabled={locked('orgEmailDomains')} onInput={(e) => set('orgEmailDomains', lines(e.currentTarget.value))} />
      </Field>

      <h2>{t('signinOptionsTitle')}</h2>
      <Field label={t('setting_requireSecondFactor')} locked={locked('requireSecondFactor')} inline>
        <input type="checkbox" name="requireSecondFactor" checked={draft.requireSecondFactor} disabled={locked('requireSecondFactor')} onChange={(e) => set('requireSecondFactor', e.currentTarget.checked)} />
      </Field>
      <SignInsSection />

      <h2>{t('sectionReporting')}</h2>
      <Field label={t('advisorySettingUrl')} locked={locked('advisoriesUrl')}>
        <input type="url" name="advisoriesUrl" size={50} value={draft.advisoriesUrl} disabled={locked('advisoriesUrl')} onInput={(e) => set('advisoriesUrl', e.currentTarget.value.trim())} />
      </Field>
      <Field label={t('setting_reportUrl')} locked={locked('reportUrl')}>
        <input type="url" name="reportUrl" size={50} value={draft.reportUrl} disabled={locked('reportUrl')} onInput={(e) => set('reportUrl', e.currentTarget.value.trim())} />
      </Field>
      <Field label={t('setting_reportHeaders')} help={t('setting_reportHeaders_help')} locked={locked('reportHeaders')}>
        <textarea
          name="reportHeaders"
          rows={2}
          value={Object.entries(draft.reportHeaders)
            .map(([k, v]) => `${k}: ${v}`)
            .join('\n')}
          disabled={locked('reportHeaders')}
          onInput={(e) => set('reportHeaders', headerLines(e.currentTarget.value))}
        />
      </Field>
      <Field label={t('setting_reportFormat')} help={t('setting_reportFormat_help')} locked={locked('reportFormat')}>
        <select name="reportFormat" value={draft.reportFormat} disabled={locked('reportFormat')} onChange={(e) => set('reportFormat', e.currentTarget.value as Draft['reportFormat'])}>
          <option value="envelope">{t('reportFormat_envelope')}</option>
          <option value="otlp">{t('reportFormat_otlp')}</option>
        </select>
      </Field>
      <Field label={t('setting_reportDevice')} locked={locked('reportDevice')}>
        <input name="reportDevice" value={draft.reportDevice} disabled={locked('reportDevice')} onInput={(e) => set('reportDevice', e.currentTarget.value)} />
      </Field>
      <Field label={t('setting_reportUser')} locked={locked('reportUser')}>
        <input name="reportUser" value={draft.reportUser} disabled={locked('reportUser')} onInput={(e) => set('reportUser', e.currentTarget.value)} />
      </Field>
      {locked('allowUserChanges') && !draft.allowUserChanges && <p class="locked">{t('setting_allowUserChanges_off')}</p>}

      <div class="actions">
        <button type="button" class="primary" data-testid="save" onClick={() => void save()}>
          {t('optionsSave')}
        </button>
        {status && (
          <div role="status" data-testid="status" class={status.ok ? 'verdict-trusted' : 'problems'}>
            {status.text}
            {status.problems && <ProblemList problems={status.problems} />}
          </div>
        )}
      </div>

      <h2>{t('sectionTransfer')}</h2>
      <p class="muted">{t('transferHelp')}</p>
      <div class="actions">
        <button type="button" onClick={() => void exportFile()}>
          {t('transferExport')}
        </button>
        <label class="button-like">
          {t('transferImport')}
          <input type="file" accept="application/json,.json" data-testid="import" hidden onChange={(e) => void importFile(e.currentTarget.files?.[0])} />
        </label>
      </div>
    </main>
  );
}

export function Field(props: { label: string; help?: string; locked: boolean; inline?: boolean; children: ComponentChildren }) {
  return (
    <div class={`field${props.inline ? ' inline' : ''}`}>
      <label>
        <span class="label">
          {props.label}
          {props.locked && <span class="locked">{t('optionsLocked')}</span>}
        </span>
        {props.children}
      </label>
      {props.help && <div class="muted help">{props.help}</div>}
    </div>
  );
}
