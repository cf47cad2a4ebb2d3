import { render } from 'preact';
import { messagesReady } from '../ui/message-bundle';
import { t } from '../ui/i18n';
import '../ui/base.css';
import './welcome.css';
import { Welcome } from './Welcome';

document.documentElement.lang = navigator.language.startsWith('de') ? 'de' : 'en';
// Rendered once the messages are sure to be there (see ui/message-bundle.ts).
void messagesReady().then(() => {
  document.title = t('welcomeTitle');
  render(<Welcome />, document.getElementById('app')!);
});
