import type { GenerateItem, RateContext } from '../../core';
import { settings, type FeatureHandlers } from '../context';
import { askEngine } from '../engine-client';
import { consoleFrameVerdict, getTabVerdict } from '../tab-state';

/**
 * Generated credentials: for the page's form (the user clicked "Generate" beside a field) and for the popup.
 * The engine generates them against the configured tier with the breach list and the estimator; the value
 * goes straight back to the caller and is never stored or logged here.
 */
const MAX_ITEMS = 8;
const KINDS = new Set(['password', 'passphrase', 'pin', 'authId']);

function validItems(raw: unknown): GenerateItem[] | null {
  if (!Array.isArray(raw) || raw.length === 0 || raw.length > MAX_ITEMS) return null;
  return raw.every((i) => typeof i === 'object' && i !== null && KINDS.has((i as { kind?: string }).kind ?? '')) ? (raw as GenerateItem[]) : null;
}

const refuse = (en: string, de: string) => ({ error: { en, de } });

export const generatorHandlers: FeatureHandlers<'generate/fill' | 'generate/credential' | 'clipboard/copy'> = {
  async 'generate/fill'(req, { sender }) {
    const verdict = await consoleFrameVerdict(sender);
    if (!verdict) return refuse('No console here.', 'Hier ist keine Konsole.');
    const items = validItems(req.items);
    if (!items) return refuse('Nothing to generate.', 'Nichts zu erzeugen.');
    const { values } = await settings.get();
    const extension = typeof req.context?.extension === 'string' ? req.context.extension.trim().slice(0, 32) : '';
    const context: RateContext = {
      product: verdict.detection.productName,
      host: new URL(verdict.frameUrl).hostname,
      ...(extension ? { extension } : {}),
      ...(typeof req.context?.username === 'string' && req.context.username ? { username: req.context.username.slice(0, 256) } : {}),
      ...(typeof req.context?.email === 'string' && req.context.email ? { email: req.context.email.slice(0, 256) } : {}),
    };
    return askEngine({ op: 'generate', items, tier: values.passwordTier, customTier: values.customTier, context });
  },

  async 'generate/credential'(req) {
    const items = validItems([req.item]);
    if (!items) return refuse('Nothing to generate.', 'Nichts zu erzeugen.');
    const { values } = await settings.get();
    const verdict = req.tabId === undefined ? null : await getTabVerdict(req.tabId);
    const context: RateContext = verdict && verdict.origin.kind !== 'lookalike' ? { product: verdict.detection.productName, host: new URL(verdict.frameUrl).hostname } : {};
    return askEngine({ op: 'generate', items, tier: values.passwordTier, customTier: values.customTier, context });
  },

  async 'clipboard/copy'(req) {
    const { values } = await settings.get();
    if (typeof req.text !== 'string' || req.text.length === 0 || req.text.length > 1024) return { ok: false, clearAfterSeconds: 0, onlyIfUnchanged: false };
    // "Only if unchanged" needs clipboardRead, an optional permission the user grants on the options page.
    const onlyIfUnchanged = values.clipboardClearOnlyIfUnchanged && (await chrome.permissions.contains({ permissions: ['clipboardRead'] }));
    const res = await askEngine({ op: 'copy', text: req.text, clearAfterMs: values.clipboardClearSeconds * 1000, onlyIfUnchanged });
    return { ok: res.ok, clearAfterSeconds: values.clipboardClearSeconds, onlyIfUnchanged };
  },
};
