import browser from 'webextension-polyfill';
import {
  emptyQueue,
  enqueue,
  flush,
  makeEnvelope,
  makeSender,
  parseQueueState,
  type QueueAccess,
  type QueueState,
  type ReportInput,
} from '../core';
import { now } from './clock';
import { settings, testHooks } from './context';

/**
 * Findings to the administrator's collector (`reportUrl`). Events wait in chrome.storage.local, so a worker
 * restart or a collector outage loses nothing; a flush sends them in order and removes each only after a 2xx.
 * With no reportUrl nothing is queued at all.
 */
const QUEUE_KEY = 'reportQueue';
const ALARM = 'report-flush';

const cryptoRandom = (): number => crypto.getRandomValues(new Uint32Array(1))[0]! / 2 ** 32;
const randomBytes = (n: number): Uint8Array => crypto.getRandomValues(new Uint8Array(n));

/** Read-modify-write of the stored queue, one at a time (a chain of promises), so concurrent updates don't race. */
let chain: Promise<unknown> = Promise.resolve();
const storedQueue: QueueAccess = {
  update(fn) {
    const next = chain.then(async () => {
      const raw = (await browser.storage.local.get(QUEUE_KEY))[QUEUE_KEY];
      const current = raw === undefined ? emptyQueue() : parseQueueState(raw).state;
      const updated = fn(current);
      if (updated !== current) await browser.storage.local.set({ [QUEUE_KEY]: updated });
      return updated;
    });
    chain = next.catch(() => undefined);
    return next;
  },
};

function browserName(): string {
  const brands = (navigator as Navigator & { userAgentData?: { brands?: { brand: string; version: string }[] } }).userAgentData?.brands ?? [];
  const real = brands.find((b) => !/Not.?A.?Brand|Chromium/i.test(b.brand)) ?? brands.find((b) => /Chromium/i.test(b.brand));
  return real ? `${real.brand} ${real.version}` : navigator.userAgent.slice(0, 100);
}

/** Queues one finding (when reporting is on) and tries to send at once. Never throws: reporting must not break features. */
export async function reportEvent(input: ReportInput): Promise<void> {
  try {
    const { values } = await settings.get();
    if (!values.reportUrl) return;
    const envelope = makeEnvelope({
      ...input,
      now: now(),
      extensionVersion: browser.runtime.getManifest().version,
      browser: browserName(),
      device: values.reportDevice,
      user: values.reportUser,
      randomBytes,
    } as Parameters<typeof makeEnvelope>[0]);
    await storedQueue.update((s) => enqueue(s, envelope, now()).state);
    void flushReports();
  } catch (e) {
    console.warn('Admin Console Guard: report not queued:', e instanceof Error ? e.message : e);
  }
}

let inFlight: Promise<void> | null = null;

/** Sends what is due; schedules the next try with an alarm (alarms survive the worker's sleep). */
export function flushReports(): Promise<void> {
  inFlight ??= (async () => {
    try {
      const { values } = await settings.get();
      if (!values.reportUrl) return;
      const send = makeSender({ fetch: (url, init) => fetch(url, init), reportUrl: values.reportUrl, reportHeaders: values.reportHeaders, format: values.reportFormat, now });
      const result = await flush(storedQueue, { send, now, random: cryptoRandom });
      if (result.nextDue !== null) await browser.alarms.create(ALARM, { when: Math.max(result.nextDue, Date.now() + 1000) });
    } finally {
      inFlight = null;
    }
  })();
  return inFlight;
}

export async function queueState(): Promise<QueueState> {
  return storedQueue.update((s) => s);
}

export function watchReporting(): void {
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === ALARM) void flushReports();
  });
  browser.runtime.onStartup.addListener(() => void flushReports());
  // Rejected policy values are findings for the administrator too.
  let lastPolicyProblems = '';
  settings.onChange((eff) => {
    const problems = eff.problems.filter((p) => p.source === 'policy').slice(0, 50);
    const key = JSON.stringify(problems);
    if (!problems.length || key === lastPolicyProblems) return;
    lastPolicyProblems = key;
    void reportEvent({ type: 'invalidPolicy', data: { problems: problems.map((p) => ({ key: p.key.slice(0, 100), message: p.message.slice(0, 500) })) } });
  });
  testHooks['flushReports'] = flushReports;
  testHooks['queueState'] = queueState;
}
