import { t } from '../ui/i18n';

/** Shown instead of a page a console password was typed into: with lookalikeAction "block", or after "Leave". */
export function ReuseBlocked() {
  const q = new URLSearchParams(location.search);
  const [name, product, host, left] = [q.get('reuse') ?? '', q.get('product') ?? '', q.get('host') ?? '', q.get('left') === '1'];
  const title = t(left ? 'reuseBlockedLeftTitle' : 'reuseBlockedTitle');
  document.title = title;
  return (
    <main style="max-width: 640px; margin: 10vh auto; padding: 24px;">
      <h1 class="verdict-lookalike">{title}</h1>
      <p data-testid="blocked-reason">{t('reuseBlockedBody', [name, product])}</p>
      <p>
        {t('reuseWarnTypedOn')} <code data-testid="blocked-host">{host}</code>
      </p>
      <p class="muted">{t('reuseBlockedHelp')}</p>
    </main>
  );
}
