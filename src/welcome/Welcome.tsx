import { ConsoleListImport } from '../ui/ConsoleListImport';
import { t } from '../ui/i18n';

const DOES = ['welcomeDoes1', 'welcomeDoes2', 'welcomeDoes3', 'welcomeDoes4', 'welcomeDoes5'];
const NEVER = ['welcomeNever1', 'welcomeNever2', 'welcomeNever3', 'welcomeNever4'];

/** The first-run page: what the extension does and never does, the allow-list import, pinning the button. */
export function Welcome() {
  return (
    <main class="welcome">
      <header>
        <img src="/icons/icon-128.png" alt="" />
        <h1>{t('welcomeTitle')}</h1>
      </header>
      <p class="lead">{t('welcomeLead')}</p>

      <div class="columns">
        <section class="card" data-testid="welcome-does">
          <h2>{t('welcomeDoesTitle')}</h2>
          <ul>
            {DOES.map((k) => (
              <li key={k}>{t(k)}</li>
            ))}
          </ul>
        </section>
        <section class="card" data-testid="welcome-never">
          <h2>{t('welcomeNeverTitle')}</h2>
          <ul>
            {NEVER.map((k) => (
              <li key={k}>{t(k)}</li>
            ))}
          </ul>
        </section>
      </div>

      <section class="step">
        <h2>{t('welcomeConsolesTitle')}</h2>
        <p>{t('welcomeConsolesText')}</p>
        <ConsoleListImport />
      </section>

      <section class="step" data-testid="welcome-pin">
        <h2>{t('welcomePinTitle')}</h2>
        <div class="pin">
          <span class="toolbar" aria-hidden="true">
            🧩 <img src="/icons/icon-16.png" alt="" /> 📌
          </span>
          <div>
            <p>{t('welcomePinChrome')}</p>
            <p>{t('welcomePinEdge')}</p>
            <p class="muted">{t('welcomePinWhy')}</p>
          </div>
        </div>
      </section>

      <section class="step">
        <h2>{t('welcomeMoreTitle')}</h2>
        <p>{t('welcomeMoreText')}</p>
        <button type="button" data-testid="open-options" onClick={() => void chrome.runtime.openOptionsPage()}>
          {t('welcomeOpenOptions')}
        </button>
      </section>
    </main>
  );
}
