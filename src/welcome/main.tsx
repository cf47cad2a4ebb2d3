import { render } from 'preact';
import '../ui/base.css';
import './welcome.css';
import { Welcome } from './Welcome';

document.documentElement.lang = navigator.language.startsWith('de') ? 'de' : 'en';
document.title = chrome.i18n.getMessage('welcomeTitle');
render(<Welcome />, document.getElementById('app')!);
