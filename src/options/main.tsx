import { render } from 'preact';
import { messagesReady } from '../ui/message-bundle';
import { t } from '../ui/i18n';
import '../ui/base.css';
import './options.css';
import { Options } from './Options';

document.documentElement.lang = navigator.language.startsWith('de') ? 'de' : 'en';
// Rendered once the messages are sure to be there (see ui/message-bundle.ts).
void messagesReady().then(() => {
  document.title = t('optionsTitle');
  render(<Options />, document.getElementById('app')!);
});
