import browser, { type Runtime } from 'webextension-polyfill';
import { dispatch, type Handlers, type SenderKind } from '../core';
import { epochNow, stats, type Ctx } from './context';
import { advisoryHandlers, watchAdvisories } from './features/advisories';
import { detectionHandlers, watchTabs } from './features/detection';
import { generatorHandlers } from './features/generator';
import { ratingHandlers, watchRating } from './features/rating';
import { recoveryHandlers, watchRecovery } from './features/recovery';
import { reuseHandlers, watchReuse } from './features/reuse';
import { settingsHandlers } from './features/settings';
import { watchInstall } from './features/welcome';
import { signinHandlers, watchSignIn } from './features/signin';
import { i18nHandlers } from './features/i18n';
import { watchReporting } from './reporting';

/** Every message type has exactly one handler; the type checker proves the features cover the protocol. */
const handlers: Handlers<Ctx> = {
  ...detectionHandlers,
  ...settingsHandlers,
  ...recoveryHandlers,
  ...ratingHandlers,
  ...generatorHandlers,
  ...advisoryHandlers,
  ...reuseHandlers,
  ...signinHandlers,
  ...i18nHandlers,
};

/** Which kind of sender a message comes from; anything else (other extensions, web pages) is ignored. */
function senderKind(sender: Runtime.MessageSender): SenderKind | null {
  if (sender.id !== browser.runtime.id) return null;
  const extensionOrigin = new URL(browser.runtime.getURL('/')).origin;
  if (sender.url && new URL(sender.url).origin === extensionOrigin) return 'extension';
  if (sender.tab && sender.url && /^https?:/.test(sender.url)) return 'page';
  return null;
}

browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) => {
  const kind = senderKind(sender);
  if (!kind) return undefined;
  return dispatch(handlers, message, kind, { sender });
});

watchTabs();
watchRecovery();
watchReporting();
watchRating();
watchInstall();
watchAdvisories();
watchReuse();
watchSignIn();
// The worker's modules are evaluated and its listeners registered (the benchmark's cold-start figure).
stats.readyAt = epochNow();
