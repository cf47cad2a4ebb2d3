/**
 * The console module: injected by the service worker only into frames where a console was detected.
 * It asks the worker for this frame's context (the worker judged the real origin) and starts each feature.
 * Uses chrome.* directly, like the detector: no polyfill in pages.
 */
import type { ConsoleContext } from '../core/messages';
import { startGenerator } from './features/generator';
import { startOriginWarnings } from './features/origin-warnings';
import { watchPasswordFields } from './features/password-fields';
import { startPasswordMeter } from './features/password-meter';
import { startRecovery } from './features/recovery';
import { startVersionReader } from './features/version';
import { onFirstUse } from './first-use';
import { startSignInWatch } from './features/signin';
import { ensureMessages, useMessages } from './ui/dom';
import { uiLang } from './ui/lang';

const INIT = Symbol.for('admin-console-guard.console');
const scope = globalThis as { [INIT]?: boolean };

async function main(): Promise<void> {
  const ctx = (await chrome.runtime.sendMessage({ type: 'console/context', lang: uiLang() })) as ConsoleContext | null;
  if (!ctx) return;
  useMessages(ctx.messages);
  await ensureMessages();
  startOriginWarnings(ctx);
  startRecovery(ctx);
  startVersionReader(ctx);
  startSignInWatch(ctx);
  // A look-alike gets the full-page warning and no help with the password it is phishing for.
  if (ctx.verdict.origin.kind !== 'lookalike') {
    const startFields = () => {
      const fields = watchPasswordFields(ctx);
      startPasswordMeter(ctx, fields);
      startGenerator(ctx, fields);
    };
    // A sign-in page shows nothing by its password field until the user is there: its fields are read then (bench
    // section 6, console page). Forms with new passwords, PINs or auth IDs get their actions and findings at once.
    if (ctx.verdict.detection.signInOnly) onFirstUse(startFields);
    else startFields();
  }
}

if (!scope[INIT]) {
  scope[INIT] = true;
  void main();
}
