import type { BreachCheck, CustomTier, TierId } from '../core/settings/schema';
import type { BreachVerdict, RateContext } from '../core/rate/types';
import type { GenerateItem, GenerateResult, RatingSummary } from '../core/messages';

/**
 * Messages between the service worker and its offscreen document ("the engine"). The strength estimator, the
 * offline breach list and the generators live there, in a dedicated worker: a module service worker cannot
 * `import()` lazily (Chromium: "import() is disallowed on ServiceWorkerGlobalScope"), and importing the estimator
 * statically would make every wake-up of the service worker unpack ~2.5 MB of dictionaries (~200 ms).
 * Passwords and generated values only pass through these messages, in memory; nothing here is stored or logged.
 */
export const ENGINE_TARGET = 'acg-engine';

export interface TierInput {
  tier: TierId;
  customTier?: CustomTier;
  context: RateContext;
}

export type EngineRequest =
  | { op: 'warm' }
  | (TierInput & {
      op: 'rate';
      password: string;
      breachCheck: BreachCheck;
      /** The online range check's verdict, when the worker ran it (final ratings with breachCheck 'online'). */
      online?: BreachVerdict;
    })
  | (TierInput & { op: 'generate'; items: GenerateItem[] })
  /** Handled by the offscreen document itself: it can write to the clipboard, the worker cannot. */
  | { op: 'copy'; text: string; clearAfterMs: number; onlyIfUnchanged?: boolean }
  | { op: 'stats' };

/** The engine's verdict: what the page is told (the worker adds the request's seq and whether it was final), plus the length rated. */
export interface EngineRating extends Omit<RatingSummary, 'seq' | 'final'> {
  length: number;
}

export interface EngineStats {
  /** ms from the worker's start until the estimator and the breach list were ready. */
  readyMs: number | null;
  ratings: number;
  /** CPU-side time of the last and the slowest rating inside the engine (ms). */
  lastRateMs: number;
  maxRateMs: number;
}

export type EngineResponse<R extends EngineRequest['op']> = R extends 'rate'
  ? EngineRating
  : R extends 'generate'
    ? GenerateResult
    : R extends 'copy'
      ? { ok: boolean }
      : R extends 'stats'
        ? EngineStats
        : { ok: true };
