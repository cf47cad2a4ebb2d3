import { useState } from 'preact/hooks';
import { CATALOGUE, parseConsoleList, signatureById, type ConsoleEntry, type ConsoleListResult, type SettingsProblem } from '../core';
import { local, t } from './i18n';
import { request } from './messaging';

export interface ConsoleImportOutcome {
  result: ConsoleListResult;
  /** Lines as pasted, for naming the bad ones. */
  lines: string[];
  /** Set when saving failed (locked by policy, changed elsewhere): nothing was added. */
  saveProblems?: SettingsProblem[];
}

const stripSource = ({ source: _s, ...c }: ConsoleEntry & { source: string }): ConsoleEntry => c;

/**
 * Adds the good lines of a pasted list (or a CSV export) to the user's allow-list in one write; bad lines are
 * returned with what is wrong and add nothing.
 */
export async function importConsoleList(text: string, defaultProduct?: string): Promise<ConsoleImportOutcome> {
  const view = await request('settings/get', {});
  const consoles = view.effective.values.consoles;
  const user = consoles.filter((c) => c.source === 'user').map(stripSource);
  const policy = consoles.filter((c) => c.source === 'policy').map(stripSource);
  const result = parseConsoleList(text, { existing: user, known: policy, ...(defaultProduct ? { defaultProduct } : {}) });
  const lines = text.split(/\r\n|\r|\n/);
  if (result.added.length === 0) return { result, lines };
  const res = await request('settings/update', { change: { consoles: [...user, ...result.added.map((a) => a.entry)] }, expectRevision: view.revision });
  return res.ok ? { result, lines } : { result: { ...result, added: [] }, lines, saveProblems: res.problems };
}

const productName = (id: string) => signatureById(id)?.name ?? id;

/** What an import did: the consoles added, lines already known, and each bad line with its reason. */
export function ConsoleImportReport({ outcome }: { outcome: ConsoleImportOutcome }) {
  const { result, lines, saveProblems } = outcome;
  return (
    <div class="import-report" data-testid="import-report" role="status">
      {saveProblems ? (
        <p class="problems">
          {t('consoleImportNotSaved')} {saveProblems.map((p) => p.message).join('; ')}
        </p>
      ) : (
        <p>{t('consoleImportAdded', String(result.added.length))}</p>
      )}
      {result.added.length > 0 && (
        <ul data-testid="import-added">
          {result.added.map((a) => (
            <li key={a.line}>
              {a.entry.label ? `${a.entry.label}: ` : ''}
              <code>{a.entry.origins.join(' ')}</code> · {productName(a.entry.product)}
              {a.productDetected && <span class="muted"> ({t('consoleImportRecognised')})</span>}
            </li>
          ))}
        </ul>
      )}
      {result.duplicates.length > 0 && <p class="muted">{t('consoleImportDuplicates', result.duplicates.join(', '))}</p>}
      {result.problems.length > 0 && (
        <div class="problems" data-testid="import-problems">
          <strong>{t('consoleImportProblems', String(result.problems.length))}</strong>
          <ul>
            {result.problems.map((p) => (
              <li key={p.line} data-testid="import-problem">
                {p.line > 0 ? t('consoleImportLine', [String(p.line), (lines[p.line - 1] ?? '').trim().slice(0, 80)]) : ''} {local(p.text)}
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}

/** Paste a list, choose the product for addresses the catalogue does not know, add. */
export function ConsoleListImport({ disabled, onImported }: { disabled?: boolean; onImported?: (o: ConsoleImportOutcome) => void }) {
  const [text, setText] = useState('');
  const [defaultProduct, setDefaultProduct] = useState('generic-pbx');
  const [outcome, setOutcome] = useState<ConsoleImportOutcome | null>(null);
  const [busy, setBusy] = useState(false);

  const run = async () => {
    setBusy(true);
    try {
      const o = await importConsoleList(text, defaultProduct);
      setOutcome(o);
      // What is left in the box are the lines that still need fixing.
      if (!o.saveProblems) setText(o.result.problems.map((p) => o.lines[p.line - 1] ?? '').filter(Boolean).join('\n'));
      onImported?.(o);
    } finally {
      setBusy(false);
    }
  };

  return (
    <div class="console-import" data-testid="console-import">
      <label class="import-box">
        <span class="label">{t('consoleImportLabel')}</span>
        <textarea data-testid="console-list" rows={6} placeholder={t('consoleImportPlaceholder')} value={text} disabled={disabled} onInput={(e) => setText(e.currentTarget.value)} spellcheck={false} />
      </label>
      <p class="muted help">{t('consoleImportHelp')}</p>
      <div class="actions">
        <label>
          {t('consoleImportDefaultProduct')}{' '}
          <select data-testid="default-product" value={defaultProduct} disabled={disabled} onChange={(e) => setDefaultProduct(e.currentTarget.value)}>
            {CATALOGUE.map((s) => (
              <option key={s.id} value={s.id}>
                {s.name}
              </option>
            ))}
          </select>
        </label>
        <button type="button" class="primary" data-testid="import-list" disabled={disabled || busy || !text.trim()} onClick={() => void run()}>
          {t('consoleImportButton')}
        </button>
      </div>
      {outcome && <ConsoleImportReport outcome={outcome} />}
    </div>
  );
}
