import { render } from 'preact';
import '../ui/base.css';
import { t } from '../ui/i18n';
import { ReuseBlocked } from './ReuseBlocked';

/** Shown instead of a look-alike console: with lookalikeAction "block", or after the user chose to leave. */
function Blocked() {
  const q = new URLSearchParams(location.search);
  const [product, host, of, left] = [q.get('product') ?? '', q.get('host') ?? '', q.get('of') ?? '', q.get('left') === '1'];
  document.title = t(left ? 'blockedLeftTitle' : 'blockedTitle');
  return (
    <main style="max-width: 640px; margin: 10vh auto; padding: 24px;">
      <h1 class="verdict-lookalike">{t(left ? 'blockedLeftTitle' : 'blockedTitle')}</h1>
      <p data-testid="blocked-reason">{t('warnLookalikeBody', [product, of])}</p>
      <p>
        {t('warnThisSite')} <code data-testid="blocked-host">{host}</code>
      </p>
      <p>
        {t('warnRealSite')} <code>{of}</code>
      </p>
      <p class="muted">{t('blockedHelp')}</p>
    </main>
  );
}

document.documentElement.lang = navigator.language.startsWith('de') ? 'de' : 'en';
render(new URLSearchParams(location.search).has('reuse') ? <ReuseBlocked /> : <Blocked />, document.getElementById('app')!);
