import { useState } from 'preact/hooks';
import { consolesToCsv, type SettingsView } from '../core';
import { ConsoleImportReport, ConsoleListImport, importConsoleList, type ConsoleImportOutcome } from '../ui/ConsoleListImport';
import { t } from '../ui/i18n';

/** The allow-list in bulk: paste a list, import a CSV, export the user's consoles as CSV. */
export function ConsoleListTransfer({ view, locked, onImported }: { view: SettingsView; locked: boolean; onImported: () => void }) {
  const [fileOutcome, setFileOutcome] = useState<ConsoleImportOutcome | null>(null);
  const userConsoles = view.effective.values.consoles.filter((c) => c.source === 'user').map(({ source: _s, ...c }) => c);

  const exportCsv = () => {
    const a = document.createElement('a');
    a.href = URL.createObjectURL(new Blob([consolesToCsv(userConsoles)], { type: 'text/csv' }));
    a.download = 'admin-console-guard-consoles.csv';
    a.click();
    URL.revokeObjectURL(a.href);
  };
  const importCsv = async (file: File | undefined) => {
    if (!file) return;
    const outcome = await importConsoleList(await file.text());
    setFileOutcome(outcome);
    onImported();
  };

  return (
    <section class="console-transfer" data-testid="console-transfer">
      <h3>{t('consoleImportSection')}</h3>
      <ConsoleListImport disabled={locked} onImported={onImported} />
      <div class="actions">
        <button type="button" data-testid="export-csv" onClick={exportCsv}>
          {t('consoleCsvExport')}
        </button>
        <label class="button-like">
          {t('consoleCsvImport')}
          <input type="file" accept="text/csv,.csv,text/plain,.txt" data-testid="import-csv" hidden disabled={locked} onChange={(e) => void importCsv(e.currentTarget.files?.[0])} />
        </label>
      </div>
      {fileOutcome && <ConsoleImportReport outcome={fileOutcome} />}
    </section>
  );
}
