import { render } from 'preact';
import { messagesReady } from '../ui/message-bundle';
import '../ui/base.css';
import './popup.css';
import { Popup } from './Popup';

document.documentElement.lang = navigator.language.startsWith('de') ? 'de' : 'en';
// Rendered once the messages are sure to be there (see ui/message-bundle.ts).
void messagesReady().then(() => {
  render(<Popup />, document.getElementById('app')!);
});
